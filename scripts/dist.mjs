#!/usr/bin/env node
// npm run dist [-- --linux | --win]: installers for the air-gapped room, built on a connected
// machine. Linux: deb (it installs an AppArmor profile, so Chromium's sandbox works on Ubuntu
// 23.10+; an AppImage cannot have it on: nosuid mount + restricted user namespaces); Windows: NSIS. Electron fuses are flipped in build/after-pack.cjs.
// The SQLCipher module is native, so each installer is built on its own OS (no cross-building).
import { join } from 'node:path';
import { bin, electronAbi, nativeDirFor, node, ROOT, runOrExit } from './electron-env.mjs';
import { sha256File, SUMS_FILE, writeSha256Sums } from './release-sums.mjs';

const args = process.argv.slice(2);
const target = args.includes('--win') ? 'win' : args.includes('--linux') ? 'linux' : process.platform === 'win32' ? 'win' : 'linux';
const host = process.platform === 'win32' ? 'win' : process.platform;
if (target !== host) {
  console.error(`✗ The ${target} installer needs the SQLCipher module compiled on ${target}: run npm run dist on a ${target} machine.`);
  process.exit(1);
}

runOrExit('building the SQLCipher module for Electron', node, [join(ROOT, 'scripts', 'build-electron-native.mjs')]);
// The packaged main.js carries the module's SHA-256 and loads nothing else (native-integrity.ts).
const abi = electronAbi();
const nativeSha256 = await sha256File(join(nativeDirFor(abi), 'better_sqlite3.node'));
console.log(`  SQLCipher module for Electron (ABI ${abi}) SHA-256 ${nativeSha256}`);
runOrExit('electron-vite build', node, [bin.electronVite, 'build'], { env: { ...process.env, ARCHIVE_ROOM_NATIVE_SHA256: nativeSha256 } });
const targetArgs = target === 'win' ? ['--win', 'nsis'] : ['--linux', 'deb'];
runOrExit('electron-builder', node, [bin.electronBuilder, '--config', join('build', 'electron-builder.yml'), '--publish', 'never', ...targetArgs], {
  // electron-builder.yml picks the native module by ${env.ARCHIVE_ROOM_ELECTRON_ABI}
  env: { ...process.env, ARCHIVE_ROOM_ELECTRON_ABI: abi },
});
// The README tells the room to check these before the installer goes onto the removable media.
const releaseDir = join(ROOT, 'release');
const sums = await writeSha256Sums(releaseDir);
console.log(`✓ installers in release/ — SHA-256 (also in release/${SUMS_FILE}):`);
for (const line of sums) console.log(`  ${line}`);
