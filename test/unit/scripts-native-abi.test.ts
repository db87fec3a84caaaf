// R-IT-1 Electron #12: the Electron-ABI SQLCipher build runs without an inherited
// npm_config_nodedir (which would compile against Node's headers) and its result's ABI is read
// back from the binary: the Node-ABI build in node_modules is recognised as the wrong one.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { tempDir } from './helpers';

const root = join(__dirname, '..', '..');
// plain .mjs scripts (no types): imported by URL so the typecheck does not resolve them
const { abiMismatch, electronBuildEnv, isKnownAbi, moduleAbisOf } = (await import(pathToFileURL(join(root, 'scripts', 'native-abi.mjs')).href)) as {
  abiMismatch: (path: string, abi: string) => string | null;
  electronBuildEnv: (env: Record<string, string>, version: string) => Record<string, string>;
  isKnownAbi: (abi: string) => boolean;
  moduleAbisOf: (bytes: Uint8Array) => string[];
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('R-IT-1 Electron #12 Electron-ABI native build', () => {
  test("R-IT-1 inherited npm_config_nodedir (any case) and runtime/target/disturl are replaced by Electron's", () => {
    const env = electronBuildEnv(
      { PATH: '/bin', npm_config_nodedir: '/usr/include/node', NPM_CONFIG_NODEDIR: '/x', npm_config_target: '20.19.0', npm_config_runtime: 'node' },
      '45.5.0',
    );
    expect(env).toEqual({ PATH: '/bin', npm_config_runtime: 'electron', npm_config_target: '45.5.0', npm_config_disturl: 'https://electronjs.org/headers' });
  });

  test('R-IT-1 the ABI is read from node_register_module_v<N>; the Node-ABI build is refused for Electron', () => {
    expect(moduleAbisOf(Buffer.from('\0\0node_register_module_v140\0other\0'))).toEqual(['140']);
    const nodeBuild = join(
      createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json'),
      '..',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(abiMismatch(nodeBuild, process.versions.modules)).toBeNull();
    expect(abiMismatch(nodeBuild, '140')).toMatch(new RegExp(`built for ABI ${process.versions.modules}, Electron needs 140`));
  });

  test('R-IT-1 a file with no or another ABI is refused; an unknown ABI (named by version) cannot be checked', () => {
    const t = tempDir('ar-abi-');
    cleanup = t.cleanup;
    const f = join(t.dir, 'better_sqlite3.node');
    writeFileSync(f, 'node_register_module_v140');
    expect(abiMismatch(f, '140')).toBeNull();
    expect(abiMismatch(f, '139')).toMatch(/ABI 140, Electron needs 139/);
    writeFileSync(f, 'no symbol');
    expect(abiMismatch(f, '140')).toMatch(/none found/);
    expect(isKnownAbi('v45.5.0')).toBe(false);
    expect(abiMismatch(f, 'v45.5.0')).toMatch(/unknown/);
  });
});
