// R-IT-1 packaging hardening: the Electron fuses flipped into the packaged binary and the
// electron-builder config (asar, no npm rebuild over the Node-ABI module, native module shipped
// to resources/native, fuses hook wired). The config is validated against electron-builder's schema.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const { FUSES, fuseConfig } = require(join(root, 'build', 'fuses.cjs')) as {
  FUSES: Record<string, boolean>;
  fuseConfig: () => Record<string | number, unknown>;
};
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof import('@electron/fuses');
const yaml = require('js-yaml') as { load: (s: string) => Record<string, unknown> };

describe('R-IT-1 Electron fuses', () => {
  test('R-IT-1 RunAsNode off, NODE_OPTIONS off, inspect off, only-load-from-asar on', () => {
    const c = fuseConfig();
    expect(c.version).toBe(FuseVersion.V1);
    expect(c[FuseV1Options.RunAsNode]).toBe(false);
    expect(c[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(c[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(c[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  test('R-IT-1 asar integrity and cookie encryption on, file:// extra privileges off', () => {
    const c = fuseConfig();
    expect(c[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(c[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(c[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(Object.isFrozen(FUSES)).toBe(true);
  });
});

describe('R-IT-1 electron-builder config', () => {
  const cfg = yaml.load(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8'));

  test('R-IT-1 asar on, no npm/node-gyp rebuild, fuses hook present, Linux deb and Windows NSIS', () => {
    expect(cfg.asar).toBe(true);
    expect(cfg.npmRebuild).toBe(false);
    expect(cfg.afterPack).toBe('build/after-pack.cjs');
    expect(existsSync(join(root, 'build', 'after-pack.cjs'))).toBe(true);
    expect((cfg.linux as { target: string[] }).target).toEqual(['deb']);
    expect((cfg.win as { target: string[] }).target).toEqual(['nsis']);
    expect(cfg.publish).toBeNull();
    expect(existsSync(join(root, 'build', 'icon.png'))).toBe(true);
  });

  test('R-IT-1 the Electron-ABI SQLCipher module ships as resources/native/better_sqlite3.node', () => {
    const extra = cfg.extraResources as { from: string; to: string }[];
    expect(extra).toContainEqual({ from: 'build/native/electron-${env.ARCHIVE_ROOM_ELECTRON_ABI}/better_sqlite3.node', to: 'native/better_sqlite3.node' });
  });

  test('R-PRINT the packaged app carries the SQLCipher JS and the print font, nothing else from node_modules', () => {
    const files = cfg.files as string[];
    expect(files).toContain('!node_modules/**/*');
    expect(files).toContain('node_modules/better-sqlite3-multiple-ciphers/lib/**');
    expect(files).toContain('node_modules/@fontsource/noto-sans-sc/files/*-400-normal.woff2');
    expect(files).toContain('node_modules/@fontsource/noto-sans-sc/400.css');
  });

  test("R-IT-1 the config passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...cfg, asarr: true }, new DebugLogger(false))).rejects.toThrow();
  });
});
