// R-IT-1 Electron #6/#7 wired into main: a packaged start with --remote-debugging-port shows the
// refusal and exits 1 before anything else (no sandbox setup, no scheme, no window), and the
// ARCHIVE_ROOM_* development overrides are gone from process.env. Recording Electron stub.
import { afterAll, describe, expect, test, vi } from 'vitest';

const stub = vi.hoisted(() => {
  const log: string[] = [];
  const app = {
    isPackaged: true,
    commandLine: { hasSwitch: () => false },
    requestSingleInstanceLock: () => {
      log.push('singleInstanceLock');
      return true;
    },
    enableSandbox: () => log.push('enableSandbox'),
    whenReady: () => new Promise(() => {}),
    on: () => app,
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit ${code}`),
  };
  return {
    log,
    electron: {
      app,
      BrowserWindow: class {},
      Menu: {},
      dialog: { showErrorBox: (_t: string, body: string) => log.push(`errorBox ${body}`) },
      ipcMain: {},
      protocol: { registerSchemesAsPrivileged: () => log.push('registerSchemes') },
      session: {},
    },
  };
});
vi.mock('electron', () => stub.electron);

const argv = process.argv;
afterAll(() => {
  process.argv = argv;
  delete process.env.ARCHIVE_ROOM_VAULT_DIR;
});

describe('R-IT-1 packaged start refuses debugging switches and ignores dev overrides', () => {
  test('R-IT-1 --remote-debugging-port → error box naming it, exit 1, nothing set up; ARCHIVE_ROOM_VAULT_DIR dropped', async () => {
    process.argv = [argv[0]!, '--remote-debugging-port=9222'];
    process.env.ARCHIVE_ROOM_VAULT_DIR = '/tmp/elsewhere';
    await import('../../electron/main');
    expect(stub.log).toEqual([expect.stringMatching(/errorBox .*--remote-debugging-port/), 'exit 1']);
    expect(process.env.ARCHIVE_ROOM_VAULT_DIR).toBeUndefined();
  });
});
