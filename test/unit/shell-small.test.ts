// R-IT-1 Electron #13, the smaller ones: the renderer's <meta> CSP carries no header-only
// directive (frame-ancestors is ignored there; the app:// header applies it) and equals the header
// policy otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appResponseHeaders, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../electron/shell/security-config';

const root = join(__dirname, '..', '..');

describe('R-IT-1 Electron #13 smaller defects', () => {
  test('R-IT-1 meta CSP = header CSP without frame-ancestors; the header keeps frame-ancestors none', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(meta).not.toMatch(/frame-ancestors/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(appResponseHeaders('index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
