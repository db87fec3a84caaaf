// R-IT-1 Electron #6: the packaged app ignores the ARCHIVE_ROOM_* development overrides
// (pure decision; main applies it to process.env first).
import { describe, expect, test } from 'vitest';
import { dropDevOnlyEnv, ignoredEnvOverrides } from '../../electron/shell/startup-guard';

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
