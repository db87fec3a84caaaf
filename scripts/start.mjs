#!/usr/bin/env node
// npm start: Electron binary present? → SQLCipher for Electron → electron-vite build → launch.
// Every step that needs the network says so clearly instead of failing obscurely.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bin, electronBinary, ELECTRON_DIR, node, ROOT, run, runOrExit } from './electron-env.mjs';
import { linuxSandboxFacts, linuxSandboxProblem } from './linux-sandbox.mjs';

let exe = electronBinary();
if (!exe) {
  console.log('Electron binary not found (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1); downloading it once…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  run(node, [join(ELECTRON_DIR, 'install.js')], { env });
  exe = electronBinary();
}
if (!exe) {
  console.error(`
✗ Electron binary could not be downloaded: this machine is offline (or cannot reach the
  Electron download mirror). The app cannot start here. Build the installers on a connected
  machine (npm ci && npm run dist) and carry them into the archive room; on this machine
  \`npm test\` still runs everything except the Electron smoke test.

  To look at the app here anyway: \`npm run preview\` opens the same screens and handler table
  in a local Chromium/Chrome window over a throwaway DEMO vault (evaluation only, never a real
  vault; closing the window stops it and wipes the demo).`);
  process.exit(1);
}

runOrExit('building the SQLCipher module for Electron', node, [join(ROOT, 'scripts', 'build-electron-native.mjs')]);
runOrExit('electron-vite build', node, [bin.electronVite, 'build']);

// Say how to fix Chromium's sandbox instead of letting Electron abort on it (never --no-sandbox).
const sandbox = linuxSandboxProblem(linuxSandboxFacts(exe));
if (sandbox) {
  console.error(`
✗ Chromium's sandbox cannot start: ${sandbox.why}, and the Electron in node_modules has no
  SUID sandbox helper. Fix it once, as an administrator:
    ${sandbox.fix.join('\n    ')}
  Never start the app with --no-sandbox (the packaged app refuses it). The installed .deb sets
  this up by itself (AppArmor profile / SUID helper).`);
  process.exit(1);
}
if (process.getuid?.() === 0) {
  console.warn('! Running as root: Chromium refuses to start as root with its sandbox on. Start as a normal user.');
}
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(exe, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT, env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
