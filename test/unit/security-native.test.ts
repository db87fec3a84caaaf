// R-IT-1: the SQLCipher module has two builds that never overwrite each other — Node's in
// node_modules (tests, CLI) and Electron's in build/native/electron-<abi>/ or resources/native/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { electronNativeBinding, nativeBindingForThisRuntime } from '../../electron/vault/native';
import { tempDir } from './helpers';

describe('R-IT-1 native module per runtime', () => {
  const t = tempDir('ar-native-');
  afterEach(() => delete process.env.ARCHIVE_ROOM_NATIVE_BINDING);

  test('R-IT-1 under Node the default (node_modules) build is used', () => {
    expect(process.versions.electron).toBeUndefined();
    expect(nativeBindingForThisRuntime(t.dir)).toBeUndefined();
    process.env.ARCHIVE_ROOM_NATIVE_BINDING = '/x/better_sqlite3.node';
    expect(nativeBindingForThisRuntime(t.dir)).toBe('/x/better_sqlite3.node');
  });

  test('R-IT-1 Electron finds resources/native first, then build/native/electron-<abi>', () => {
    const abi = process.versions.modules;
    const dev = join(t.dir, 'build', 'native', `electron-${abi}`);
    mkdirSync(dev, { recursive: true });
    writeFileSync(join(dev, 'better_sqlite3.node'), '');
    expect(electronNativeBinding(t.dir)).toBe(join(dev, 'better_sqlite3.node'));
    const res = join(t.dir, 'resources');
    mkdirSync(join(res, 'native'), { recursive: true });
    writeFileSync(join(res, 'native', 'better_sqlite3.node'), '');
    expect(electronNativeBinding(t.dir, res)).toBe(join(res, 'native', 'better_sqlite3.node'));
    expect(electronNativeBinding(join(t.dir, 'nothing-here'))).toBeUndefined();
    t.cleanup();
  });
});
