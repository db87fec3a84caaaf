// R-IT-1 Electron #6 and #7: the packaged app ignores the ARCHIVE_ROOM_* development overrides
// and refuses to start with debugging or sandbox-off switches (pure decisions; main applies them).
import { describe, expect, test } from 'vitest';
import { dropDevOnlyEnv, ignoredEnvOverrides, refusedSwitches } from '../../electron/shell/startup-guard';

const overrides = {
  ARCHIVE_ROOM_NATIVE_BINDING: '/tmp/evil.node',
  ARCHIVE_ROOM_FONT_DIR: '/tmp/fonts',
  ARCHIVE_ROOM_VAULT_DIR: '/tmp/vault',
  HOME: '/home/a',
};

describe('R-IT-1 Electron #6 ARCHIVE_ROOM_* overrides', () => {
  test('R-IT-1 packaged: native binding, font dir and vault dir are ignored, other variables kept', () => {
    expect(ignoredEnvOverrides(overrides, true)).toEqual(['ARCHIVE_ROOM_NATIVE_BINDING', 'ARCHIVE_ROOM_FONT_DIR', 'ARCHIVE_ROOM_VAULT_DIR']);
    const env: Record<string, string | undefined> = { ...overrides };
    expect(dropDevOnlyEnv(env, true)).toHaveLength(3);
    expect(env).toEqual({ HOME: '/home/a' });
  });

  test('R-IT-1 packaged: an empty value is ignored too; nothing set → nothing to ignore', () => {
    expect(ignoredEnvOverrides({ ARCHIVE_ROOM_VAULT_DIR: '' }, true)).toEqual(['ARCHIVE_ROOM_VAULT_DIR']);
    expect(ignoredEnvOverrides({ HOME: '/h' }, true)).toEqual([]);
  });

  test('R-IT-1 development (not packaged): every override is honoured', () => {
    const env: Record<string, string | undefined> = { ...overrides };
    expect(dropDevOnlyEnv(env, false)).toEqual([]);
    expect(env).toEqual(overrides);
  });
});

describe('R-IT-1 Electron #7 refused command-line switches', () => {
  test('R-IT-1 packaged: remote debugging, no-sandbox, disable-web-security and every --inspect form are refused', () => {
    const argv = [
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '--no-sandbox',
      '--disable-web-security',
      '--inspect',
      '--inspect=9229',
      '--inspect-brk',
      '--inspect-port=1',
    ];
    expect(refusedSwitches(argv, true, 'linux')).toEqual([
      'remote-debugging-port',
      'remote-debugging-pipe',
      'no-sandbox',
      'disable-web-security',
      'inspect',
      'inspect-brk',
      'inspect-port',
    ]);
  });

  test('R-IT-1 packaged: single-dash and (Windows) slash and upper-case spellings Chromium accepts are refused', () => {
    expect(refusedSwitches(['-no-sandbox'], true, 'linux')).toEqual(['no-sandbox']);
    expect(refusedSwitches(['/Remote-Debugging-Port=9222'], true, 'win32')).toEqual(['remote-debugging-port']);
    expect(refusedSwitches(['--NO-SANDBOX'], true, 'win32')).toEqual(['no-sandbox']);
    expect(refusedSwitches(['--', '--no-sandbox'], true, 'linux')).toEqual(['no-sandbox']);
  });

  test("R-IT-1 packaged: harmless arguments pass (a path on Linux, look-alike names, Electron's own switches)", () => {
    expect(refusedSwitches(['/home/a/file', '--inspection-report', '--lang=zh-CN', '--enable-logging', 'inspect'], true, 'linux')).toEqual([]);
  });

  test('R-IT-1 development (not packaged): switches are left to the developer', () => {
    expect(refusedSwitches(['--remote-debugging-port=9222', '--inspect'], false, 'linux')).toEqual([]);
  });
});
