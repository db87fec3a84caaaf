// R-IT-1 the bundles we ship, not just the sources: electron-vite builds out/main/main.js and
// out/preload/preload.js here (offline, no Electron binary), then main.js runs under Node with
// 'electron' resolved to the recording stub, and preload.js runs in a bare VM context whose only
// module is 'electron'. It proves the shipped files start and are wired as the sources are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CALL_NAMES } from '../../electron/contract';
import { channelOf } from '../../electron/contract/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security-config';
import { makeElectronStub } from './electron-stub';

const ROOT = resolve(__dirname, '../..');
const require_ = createRequire(import.meta.url);
const stub = makeElectronStub();
const dir = mkdtempSync(join(tmpdir(), 'ar-bundle-'));
stub.userData.dir = dir;
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const M = Module as unknown as { _load: Load };
const originalLoad = M._load;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ARCHIVE_ROOM_NATIVE_SHA256: '' },
  });
  process.env.ARCHIVE_ROOM_NATIVE_BINDING = join(
    require_.resolve('better-sqlite3-multiple-ciphers/package.json'),
    '..',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  M._load = function (request, parent, isMain) {
    return request === 'electron' ? stub.electron : originalLoad.call(this, request, parent, isMain);
  };
}, 180_000);
afterAll(() => {
  M._load = originalLoad;
  delete process.env.ARCHIVE_ROOM_NATIVE_BINDING;
  rmSync(dir, { recursive: true, force: true });
});

describe('R-IT-1 the built bundles', () => {
  test('R-IT-1 out/main/main.js starts against the stub: sandbox and app:// before ready; at ready one sandboxed window and one IPC handler per contract call; app:// serves the built page with the CSP', async () => {
    require_(join(ROOT, 'out/main/main.js'));
    expect(stub.log).toEqual(['enableSandbox', 'registerSchemes app']);
    stub.ready();
    await vi.waitFor(() => expect(stub.windows).toHaveLength(1));
    expect(stub.log.filter((l) => l.startsWith('exit') || l.startsWith('errorBox'))).toEqual([]);
    expect(stub.log).toContain('loadURL app://archive-room/index.html');
    const prefs = stub.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(prefs.preload)).toBe(join(ROOT, 'out/preload/preload.js'));
    expect([...stub.ipc.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    const index = await stub.appHandler()!({ url: 'app://archive-room/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toMatch(/<div id="root">/);
    expect((await stub.appHandler()!({ url: 'app://archive-room/../package.json', method: 'GET' })).status).toBe(404);
  });

  test('R-IT-1 out/preload/preload.js requires only electron and exposes exactly the contract method tree (never ipcRenderer)', async () => {
    const code = readFileSync(join(ROOT, 'out/preload/preload.js'), 'utf8');
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
    const exposed: Record<string, unknown> = {};
    const invoked: [string, unknown][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async (channel: string, payload: unknown) => (invoked.push([channel, payload]), { ok: true, value: null }) },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: (id: string) => {
        if (id !== 'electron') throw new Error(`the preload required ${id}`);
        return electron;
      },
      module,
      exports: module.exports,
      document: { documentElement: { lang: 'en' } },
    });
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    const tree = Object.entries(api).flatMap(([g, methods]) => Object.keys(methods).map((m) => `${g}.${m}`));
    expect(tree.sort()).toEqual([...CALL_NAMES].sort());
    await api.auth!.signIn!({ login: 'admin', password: 'x' });
    expect(invoked[0]![0]).toBe(channelOf('auth.signIn'));
    expect(JSON.stringify(invoked[0]![1])).toContain('"en"'); // the UI language travels with the call
  });
});
