// R-IT-1 startup wiring of the main process, run under Node against a recording stub of exactly
// the Electron API surface electron/main.ts and electron/shell use (app, BrowserWindow, Menu,
// dialog, ipcMain, protocol, session). It cannot prove Electron behaves; it proves main starts
// without throwing and is wired as we think: sandbox + app scheme before 'ready', the app://
// handler serves index.html with the CSP header and 404s traversal, one IPC handler per contract
// call, and the quit path (before-quit, Windows session-end) signs out once.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { CALL_NAMES } from '../../electron/contract';
import { channelOf } from '../../electron/contract/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security-config';

import { sharedStub as stub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).sharedStub.electron);

const dir = mkdtempSync(join(tmpdir(), 'ar-startup-'));
stub.userData.dir = dir;
// the Node-ABI build (not packaged, so the development override is honoured)
process.env.ARCHIVE_ROOM_NATIVE_BINDING = join(
  createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json'),
  '..',
  'build',
  'Release',
  'better_sqlite3.node',
);
afterAll(() => {
  delete process.env.ARCHIVE_ROOM_NATIVE_BINDING;
  rmSync(dir, { recursive: true, force: true });
});

describe('R-IT-1 main process startup against a recording Electron stub', () => {
  test('R-IT-1 before ready: sandbox on and app:// registered; nothing else yet', async () => {
    await import('../../electron/main');
    expect(stub.log).toEqual(['enableSandbox', 'registerSchemes app']);
  });

  test('R-IT-1 at ready: app:// handled, one window loading app://archive-room/index.html (sandboxed, preload), one IPC handler per contract call', async () => {
    stub.ready();
    await vi.waitFor(() => expect(stub.windows).toHaveLength(1));
    expect(stub.log).toContain('handle app');
    expect(stub.log).toContain('loadURL app://archive-room/index.html');
    expect(stub.log.filter((l) => l.startsWith('exit') || l.startsWith('errorBox'))).toEqual([]);
    const prefs = stub.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.js$/);
    expect([...stub.ipc.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
  });

  test('R-IT-1 app:// serves index.html with the CSP header and 404s traversal and other hosts', async () => {
    const h = stub.appHandler()!;
    const index = await h({ url: 'app://archive-room/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toMatch(/<div id="root">/);
    for (const url of ['app://archive-room/../package.json', 'app://archive-room/%2e%2e/package.json', 'app://other/index.html']) {
      expect((await h({ url, method: 'GET' })).status, url).toBe(404);
    }
  });

  test('R-IT-1 quit with a session: before-quit is held once for the sign-out, session-end adds none, then the app quits', async () => {
    const win = stub.windows[0]!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    type R = { ok: boolean; value?: { recoveryCode?: string }; error?: unknown };
    const call = async (name: string, input: unknown) => {
      const r = await (stub.ipc.get(channelOf(name as never)) as (e: unknown, raw: unknown) => Promise<R>)(event, { input, locale: 'en' });
      expect(r.ok, `${name} ${JSON.stringify(r.error)}`).toBe(true);
      return r;
    };
    const pw = 'Admin-pass-2024';
    const created = await call('vault.create', { adminLogin: 'admin', adminName: '王建国', orgName: '华东客户服务部', password: pw, passwordConfirm: pw });
    await call('vault.confirmRecovery', { recoveryCode: created.value?.recoveryCode });
    await call('auth.signIn', { login: 'admin', password: pw });
    const prevented: string[] = [];
    stub.app.emit('before-quit', { preventDefault: () => prevented.push('before-quit') });
    win.emit('session-end', { reasons: ['shutdown'] });
    await vi.waitFor(() => expect(stub.log).toContain('quit'));
    stub.app.emit('before-quit', { preventDefault: () => prevented.push('again') });
    expect(prevented).toEqual(['before-quit']);
    expect(stub.log.filter((l) => l === 'quit')).toHaveLength(1);
    expect(stub.log).not.toContain('reload'); // quitting: no reload after the sign-out
  });
});
