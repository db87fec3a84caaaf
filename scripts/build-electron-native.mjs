#!/usr/bin/env node
// Builds the SQLCipher module against Electron's headers into build/native/electron-<abi>/,
// from a temporary copy of the package, so the Node-ABI build in node_modules (used by the
// tests and the CLI) is never touched. Needs network once (Electron headers + a C++ toolchain),
// i.e. run on a connected build machine; afterwards the result is reused.
//   node scripts/build-electron-native.mjs [--force]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, electronAbi, electronVersion, nativeDirFor, NATIVE_MODULE, node, ROOT, run } from './electron-env.mjs';
import { abiMismatch, electronBuildEnv, isKnownAbi } from './native-abi.mjs';

const force = process.argv.includes('--force');
const version = electronVersion();
const abi = electronAbi(version);
const outDir = nativeDirFor(abi);
const outFile = join(outDir, 'better_sqlite3.node');
const infoFile = join(outDir, 'build-info.json');
const moduleDir = join(ROOT, 'node_modules', NATIVE_MODULE);
const moduleVersion = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')).version;
const wanted = { electron: version, abi, module: `${NATIVE_MODULE}@${moduleVersion}`, arch: process.arch, platform: process.platform };

function upToDate() {
  if (!existsSync(outFile) || !existsSync(infoFile)) return false;
  try {
    const have = JSON.parse(readFileSync(infoFile, 'utf8'));
    // an earlier build under an inherited npm_config_nodedir has the right build-info but Node's ABI
    return Object.entries(wanted).every(([k, v]) => have[k] === v) && (!isKnownAbi(abi) || abiMismatch(outFile, abi) === null);
  } catch {
    return false;
  }
}

if (!force && upToDate()) {
  console.log(`✓ Electron ${version} (ABI ${abi}) SQLCipher module present: ${outFile}`);
  process.exit(0);
}

console.log(`Building ${NATIVE_MODULE}@${moduleVersion} for Electron ${version} (ABI ${abi}, ${process.platform}-${process.arch})…`);
const work = mkdtempSync(join(tmpdir(), 'ar-native-'));
let status = 1;
try {
  const src = join(work, NATIVE_MODULE);
  // a clean copy without the Node-ABI build output
  cpSync(moduleDir, src, { recursive: true, filter: (p) => !p.startsWith(join(moduleDir, 'build')) && !p.includes(`${NATIVE_MODULE}/node_modules`) });
  status = run(
    node,
    [
      bin.nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      // Electron headers cached apart from Node's
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    // never an inherited npm_config_nodedir: it would build against Node's headers (Node ABI)
    { cwd: src, env: electronBuildEnv(process.env, version) },
  );
  const built = join(src, 'build', 'Release', 'better_sqlite3.node');
  const mismatch = status === 0 && existsSync(built) ? abiMismatch(built, abi) : null;
  if (mismatch && isKnownAbi(abi)) {
    console.error(`✗ ${mismatch}`);
    status = 1;
  } else if (status === 0 && existsSync(built)) {
    if (mismatch) console.warn(`! ${mismatch}`);
    mkdirSync(outDir, { recursive: true });
    cpSync(built, outFile);
    writeFileSync(infoFile, JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2) + '\n');
    console.log(`✓ wrote ${outFile}`);
  } else {
    status = status || 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (status !== 0) {
  console.error(`
✗ Could not build the SQLCipher module for Electron ${version}.
  This step downloads Electron's C++ headers (https://electronjs.org/headers) and compiles
  SQLCipher, so it needs a connected build machine with Python 3 and a C++ toolchain
  (Linux: build-essential; Windows: Visual Studio Build Tools). It cannot run in the air-gapped
  room: build the installers on a connected machine (npm run dist) and carry them in.
  The tests (npm test) do not need this step.`);
  process.exit(status);
}
