// R-IT-1 Electron #9: the packaged app loads the SQLCipher module (outside the asar, so never
// covered by asar integrity) only when its SHA-256 equals the value npm run dist fixed in main.js.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { nativeModuleRefusal } from '../../electron/shell/native-integrity';
import { tempDir } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const root = join(__dirname, '..', '..');

describe('R-IT-1 Electron #9 SQLCipher module hash', () => {
  test('R-IT-1 packaged: the module with the build-time SHA-256 loads; a changed byte, a missing file or no hash is refused', () => {
    const t = tempDir('ar-native-');
    cleanup = t.cleanup;
    const f = join(t.dir, 'better_sqlite3.node');
    writeFileSync(f, 'module bytes');
    const good = createHash('sha256').update('module bytes').digest('hex');
    expect(nativeModuleRefusal(f, good, true)).toBeNull();
    writeFileSync(f, 'module bytez');
    expect(nativeModuleRefusal(f, good, true)).toMatch(/this build expects/);
    expect(nativeModuleRefusal(join(t.dir, 'missing.node'), good, true)).toMatch(/cannot read/);
    expect(nativeModuleRefusal(f, '', true)).toMatch(/no SHA-256/);
    expect(nativeModuleRefusal(f, 'xyz', true)).toMatch(/no SHA-256/);
  });

  test('R-IT-1 development (npm start): not checked', () => {
    expect(nativeModuleRefusal('/nonexistent.node', '', false)).toBeNull();
  });

  test('R-IT-1 the hash travels dist.mjs → electron-vite define → main.ts; fuses.cjs says asar integrity is macOS/Windows only', () => {
    expect(readFileSync(join(root, 'electron.vite.config.ts'), 'utf8')).toMatch(
      /__ARCHIVE_ROOM_NATIVE_SHA256__: JSON\.stringify\(process\.env\.ARCHIVE_ROOM_NATIVE_SHA256/,
    );
    expect(readFileSync(join(root, 'scripts', 'dist.mjs'), 'utf8')).toMatch(/ARCHIVE_ROOM_NATIVE_SHA256: nativeSha256/);
    expect(readFileSync(join(root, 'electron', 'main.ts'), 'utf8')).toMatch(/nativeModuleRefusal\(binding, NATIVE_MODULE_SHA256, app\.isPackaged\)/);
    expect(readFileSync(join(root, 'build', 'fuses.cjs'), 'utf8')).toMatch(/only on macOS and Windows/);
  });
});
