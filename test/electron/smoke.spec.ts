// R-IT-1 smoke test of the real Electron app (Playwright _electron): first-run screen over
// app://archive-room/, hardened webPreferences on the live window, no Node in the page, window.api
// present and answering, network and popups blocked. Needs the Electron binary, which an offline
// machine cannot download: then every test is skipped and the reason is printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const ROOT = join(__dirname, '..', '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/** Like require('electron') but without its download-on-require side effect. */
function electronBinary(): string | null {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const exe = electronBinary();
const SKIP_REASON =
  'Electron binary not present (offline machine: npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and ' +
  'electron/install.js cannot reach the download mirror). Run this test on a connected machine: npm start once, then npx playwright test --project electron.';
if (!exe) console.log(`[electron smoke] SKIPPED — ${SKIP_REASON}`);

test.describe('R-IT-1 Electron app smoke', () => {
  test.skip(!exe, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let vaultDir: string;

  test.beforeAll(async () => {
    // Same preparation as npm start: Electron-ABI SQLCipher module, then the bundles.
    for (const [what, args] of [
      ['native module', [join(ROOT, 'scripts', 'build-electron-native.mjs')]],
      ['electron-vite build', [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']],
    ] as const) {
      const r = spawnSync(process.execPath, [...args], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
    }
    vaultDir = mkdtempSync(join(tmpdir(), 'ar-electron-'));
    const env = { ...process.env, ARCHIVE_ROOM_VAULT_DIR: vaultDir } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath: exe!,
      // Chromium refuses to run as root with its OS sandbox; CI containers run as root.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), join(ROOT, 'out', 'main', 'main.js')],
      env,
      cwd: ROOT,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
  });

  test('R-IT-1 the first-run screen loads over app://archive-room/', async () => {
    await expect(page.getByText('首次使用：创建档案库')).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toMatch(/^app:\/\/archive-room\//);
    await page.screenshot({ path: join(ROOT, 'test', 'output', 'screenshots', 'electron-first-run.png') });
  });

  test('R-IT-1 the live window is isolated, sandboxed, without Node, webview or devtools-free navigation', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wins = BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed() && w.isVisible());
      // getLastWebPreferences: the effective preferences, implemented natively but missing from electron.d.ts
      const wc = wins[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      return { count: wins.length, ...(wc.getLastWebPreferences?.() ?? { missing: 'getLastWebPreferences' }) };
    });
    expect(prefs.count).toBe(1);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  test('R-IT-1 no Node in the page; window.api is the contract surface and answers', async () => {
    const probe = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown> & { api: { vault: { status: () => Promise<{ ok: boolean }> } } };
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        ipcRenderer: typeof w.ipcRenderer,
        apiGroups: Object.keys(w.api).sort(),
        status: await w.api.vault.status(),
      };
    });
    expect(probe).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
    expect(probe.apiGroups).toEqual(expect.arrayContaining(['audit', 'auth', 'settings', 'users', 'vault']));
    expect(probe.status.ok).toBe(true);
  });

  test('R-IT-1 network requests and popups are blocked', async () => {
    const result = await page.evaluate(async () => {
      const fetchResult = await fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      );
      const popup = window.open('https://example.com/');
      return { fetchResult, popup: popup === null };
    });
    expect(result).toEqual({ fetchResult: 'blocked', popup: true });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/archive-room\//);
  });
});
