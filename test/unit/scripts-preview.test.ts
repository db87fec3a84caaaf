// npm run preview (scripts/preview.ts): the browser switches, the Chromium lookup, the refusal of
// a real vault folder, and the bridge's per-launch secret (no secret = the e2e rig, unchanged).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { chromiumArgs, checkPreviewDir, findChromium, parseArgs } from '../../scripts/preview';
import { hasSecret, previewInitScript, startBridge, type Bridge } from '../e2e/bridge/server';
import { createDemoVault } from '../../electron/demo';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import type { Printer } from '../../electron/core/context';

const dirs: string[] = [];
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ar-preview-test-'));
  dirs.push(d);
  return d;
};
const printer: Printer = { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false };

describe('npm run preview', () => {
  test('the window: --app on the given URL, its own profile, background networking off; --no-sandbox only as root', () => {
    const args = chromiumArgs('http://127.0.0.1:4000/#ar=x', '/tmp/p');
    expect(args).toEqual(
      expect.arrayContaining([
        '--app=http://127.0.0.1:4000/#ar=x',
        '--user-data-dir=/tmp/p',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    );
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs('u', 'p', { asRoot: true })).toContain('--no-sandbox');
  });

  test('Chromium: CHROMIUM_PATH first, then the usual paths, else null (the URL is printed)', () => {
    const has = (set: string[]) => (p: string) => set.includes(p);
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, has(['/opt/c', '/usr/bin/chromium']))).toBe('/opt/c');
    expect(findChromium({}, has(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, has([]))).toBeNull();
  });

  test('a folder holding a vault is refused (never a real vault), a non-empty one too; new or empty folders pass', async () => {
    const vaultDir = join(temp(), 'v');
    await createDemoVault(vaultDir, { clock: new ManualClock(), kdfParams: FAST_TEST_KDF_PARAMS });
    expect(() => checkPreviewDir(vaultDir)).toThrow(/holds a vault/);
    const full = temp();
    writeFileSync(join(full, 'x'), '');
    expect(() => checkPreviewDir(full)).toThrow(/not empty/);
    expect(() => checkPreviewDir(temp())).not.toThrow();
    expect(() => checkPreviewDir(join(temp(), 'new'))).not.toThrow();
    expect(parseArgs(['--dir', '/x'])).toEqual({ dir: '/x' });
    expect(() => parseArgs(['--vault'])).toThrow(/unknown argument/);
  });

  test('the bridge with a secret: /api without it (or with a wrong one) is 403; with it the call runs; no secret = e2e as before', async () => {
    expect(hasSecret(undefined, undefined)).toBe(true);
    expect(hasSecret('s3', 's3')).toBe(true);
    expect(hasSecret('s3', 's4')).toBe(false);
    expect(hasSecret('s3', ['s3'])).toBe(false);

    const webRoot = temp();
    writeFileSync(join(webRoot, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    const vaultDir = join(temp(), 'vault');
    mkdirSync(vaultDir);
    bridge = await startBridge({ dir: vaultDir, webRoot, printer, secret: 'Zq9-launch-secret', preview: { callNames: ['vault.status'] } });
    const post = (token?: string) =>
      fetch(`${bridge!.origin}/api/vault.status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: bridge!.origin, ...(token ? { 'x-ar-token': token } : {}) },
        body: '{}',
      });
    expect((await post()).status).toBe(403);
    expect((await post('wrong')).status).toBe(403);
    const ok = await post('Zq9-launch-secret');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    // the page gets the init script (not the secret) and loads it before the app
    const html = await (await fetch(bridge.origin + '/')).text();
    expect(html).toContain('<script src="./__ar-preview-init.js"></script>');
    const init = await (await fetch(bridge.origin + '/__ar-preview-init.js')).text();
    expect(init).not.toContain('Zq9-launch-secret');
    expect(init).toContain('__AR_PREVIEW__');
    await bridge.close();

    bridge = await startBridge({ dir: vaultDir, webRoot, printer });
    const open = await fetch(`${bridge.origin}/api/vault.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(open.status).toBe(200);
    expect(await (await fetch(bridge.origin + '/')).text()).not.toContain('__ar-preview-init');
  });

  test('the init script parses and is self-contained', () => {
    expect(() => new Function(previewInitScript(['vault.status']))).not.toThrow();
  });
});
