// R-IT-1 Electron #13, the smaller ones: the renderer's <meta> CSP carries no header-only
// directive (frame-ancestors is ignored there; the app:// header applies it) and equals the header
// policy otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

describe('R-IT-1 Electron #13 window icon and desktop name', () => {
  test('R-IT-1 the window gets build/icon.png in development and resources/icon.png packaged (shipped by the builder)', async () => {
    const { windowIconPath } = await import('../../electron/shell/app-icon');
    expect(windowIconPath(root, undefined, false)).toBe(join(root, 'build', 'icon.png'));
    expect(windowIconPath(root, join(root, 'build'), true)).toBe(join(root, 'build', 'icon.png'));
    expect(windowIconPath(root, '/nonexistent', true)).toBeUndefined();
    const yaml = createRequire(import.meta.url)('js-yaml') as { load: (s: string) => { extraResources: { from: string; to: string }[] } };
    const cfg = yaml.load(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8'));
    expect(cfg.extraResources).toContainEqual({ from: 'build/icon.png', to: 'icon.png' });
  });

  test('R-IT-1 desktopName names the .desktop file electron-builder writes (window grouping on Linux)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; desktopName?: string };
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`);
  });
});

describe('R-IT-1 Electron #13 build config', () => {
  test('R-IT-1 the preload is one file through codeSplitting: false, not the deprecated inlineDynamicImports', () => {
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).not.toMatch(/inlineDynamicImports/);
    expect(config).toMatch(/codeSplitting: false/);
  });
});

describe('R-IT-1 Electron #13 @electron/fuses', () => {
  test('R-IT-1 @electron/fuses is a CommonJS 1.x (after-pack.cjs requires it on any Node the engines field allows), the copy electron-builder uses', () => {
    const require = createRequire(import.meta.url);
    const fuses = JSON.parse(readFileSync(require.resolve('@electron/fuses/package.json'), 'utf8')) as { version: string; type?: string };
    expect(fuses.version).toMatch(/^1\./);
    expect(fuses.type ?? 'commonjs').toBe('commonjs');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@electron/fuses']).toBe(fuses.version);
  });
});
