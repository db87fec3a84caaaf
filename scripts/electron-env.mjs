// Shared by start.mjs, dist.mjs and build-electron-native.mjs: where Electron and its ABI are,
// and a spawn helper that fails loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

export function electronVersion() {
  return JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')).version;
}

/**
 * Electron's NODE_MODULE_VERSION. electron ships `abi_version`; else node-abi knows it; else we
 * name the build by Electron version (electron/vault/native.ts looks for both names).
 */
export function electronAbi(version = electronVersion()) {
  const file = join(ELECTRON_DIR, 'abi_version');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  try {
    return String(createRequire(import.meta.url)('node-abi').getAbi(version, 'electron'));
  } catch {
    return `v${version}`;
  }
}

export const nativeDirFor = (abi) => join(ROOT, 'build', 'native', `electron-${abi}`);

/** The Electron executable, or null when the binary was never downloaded (offline install). */
export function electronBinary() {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

export function runOrExit(what, cmd, args, opts = {}) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

export const node = process.execPath;
export const bin = {
  electronVite: join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  electronBuilder: join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
  nodeGyp: join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
};
