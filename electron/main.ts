// Electron main process: hardening first, then one window on app://archive-room/, the typed IPC
// contract and the idle lock. All domain work goes through the same handler table the CLI and
// the e2e bridge use (electron/ipc), with an AppContext that holds the open vault and session.
import { networkInterfaces } from 'node:os';
import { app, dialog, type BrowserWindow } from 'electron';
import type { AppContext } from './core/context';
import { endSession } from './people/session';
import { checkNetwork, NETWORK_CHECK_MS } from './people/networkGuard';
import { createDispatcher } from './core/dispatch';
import { buildHandlerTable } from './domains';
import { ElectronPrinter } from './shell/electron-printer';
import { ElectronFileSaver } from './shell/electron-file-saver';
import { ElectronBackupMedia } from './shell/electron-backup-media';
import { startIdleLock } from './shell/idle-lock';
import { registerIpc } from './shell/ipc';
import { windowIconPath } from './shell/app-icon';
import { nativeModuleRefusal } from './shell/native-integrity';
import { sessionCloser } from './shell/quit';
import { handleAppProtocol, registerAppScheme } from './shell/protocol';
import { hardenDefaultSession, installAppSecurity } from './shell/security';
import { vaultDirFor } from './shell/security-config';
import { dropDevOnlyEnv, REFUSED_SWITCHES, refusedSwitches } from './shell/startup-guard';
import { bundlePaths, createMainWindow, installMinimalMenu } from './shell/window';
import { setNativeBinding } from './vault/db';
import { nativeBindingForThisRuntime } from './vault/native';
import { systemClock } from './vault/clock';

// SHA-256 of resources/native/better_sqlite3.node, set by npm run dist (electron.vite.config.ts define)
declare const __ARCHIVE_ROOM_NATIVE_SHA256__: string | undefined;
const NATIVE_MODULE_SHA256 = typeof __ARCHIVE_ROOM_NATIVE_SHA256__ === 'string' ? __ARCHIVE_ROOM_NATIVE_SHA256__ : '';

const paths = bundlePaths(__dirname);
let mainWindow: BrowserWindow | null = null;
let quitting = false;

// --- first of all: the packaged app ignores the development overrides (a foreign .node, another
// vault or font folder) before anything reads process.env, and refuses debugging/sandbox-off switches.
const ignoredEnv = dropDevOnlyEnv(process.env, app.isPackaged);
if (ignoredEnv.length) console.warn(`[main] packaged app: ignoring ${ignoredEnv.join(', ')}`);
const refused = app.isPackaged
  ? [...new Set([...refusedSwitches(process.argv.slice(1), true), ...REFUSED_SWITCHES.filter((s) => app.commandLine.hasSwitch(s))])]
  : [];

// --- before 'ready' ---
if (refused.length) {
  // Before 'ready' on Linux this goes to stderr only; on Windows it is a message box.
  dialog.showErrorBox(
    '档案室拒绝启动 / Archive Room refuses to start',
    `不允许的启动参数 / refused command-line switches: ${refused.map((s) => `--${s}`).join(' ')}`,
  );
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // One window on one vault: a second instance would fight over the database and the idle lock.
  app.quit();
} else {
  installAppSecurity();
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  // Electron-ABI SQLCipher build (build/native/electron-<abi>/ or resources/native/), never the
  // Node-ABI one in node_modules that the tests use.
  const binding = nativeBindingForThisRuntime(paths.appRoot, process.resourcesPath);
  if (!binding) {
    // The node_modules build is compiled for Node's ABI and would crash Electron at first use.
    dialog.showErrorBox(
      '档案室无法启动 / Archive Room cannot start',
      '缺少为 Electron 编译的 SQLCipher 模块。请在联网的构建机上运行 npm start 或 npm run dist。\n' +
        'The SQLCipher module built for Electron is missing: run `npm start` (or `node scripts/build-electron-native.mjs`) on a connected machine.',
    );
    app.exit(1);
    return;
  }
  // Packaged: only the exact module npm run dist built (its SHA-256 is fixed in this bundle).
  const refusal = nativeModuleRefusal(binding, NATIVE_MODULE_SHA256, app.isPackaged);
  if (refusal) {
    dialog.showErrorBox('档案室拒绝启动 / Archive Room refuses to start', `SQLCipher 模块校验失败 / SQLCipher module check failed: ${refusal}`);
    app.exit(1);
    return;
  }
  setNativeBinding(binding);

  const ctx: AppContext = {
    dir: vaultDirFor(process.env, app.getPath('userData')),
    clock: systemClock,
    printer: new ElectronPrinter(() => mainWindow),
    fileSaver: new ElectronFileSaver(() => mainWindow),
    backupMedia: new ElectronBackupMedia(() => mainWindow),
    vault: null,
    session: null,
    // offline guard (R-IT-1): the workstation's own interfaces
    networkInterfaces: () => networkInterfaces(),
    // Lock/sign-out/idle: reload the page so no decrypted record stays in renderer memory;
    // the renderer starts again from vault.status (lock or sign-in screen). Deferred so the IPC
    // reply of an explicit lock reaches the page first.
    onSessionEnded: () => {
      if (quitting) return;
      setTimeout(() => mainWindow?.webContents.reload(), 50);
    },
  };

  const session = hardenDefaultSession();
  handleAppProtocol(session, paths.renderer);
  installMinimalMenu();
  registerIpc(createDispatcher(buildHandlerTable(), ctx), () => mainWindow?.webContents ?? null);
  startIdleLock(ctx);
  // Offline guard (R-IT-1): at start and every few minutes; each vault.status checks as well.
  checkNetwork(ctx);
  setInterval(() => checkNetwork(ctx), NETWORK_CHECK_MS).unref();

  // Quitting with a session open = sign-out: checkpoint signed, key wiped, vault closed — once,
  // from before-quit or (Windows shutdown/restart/log-off, which emits no before-quit) session-end.
  const closer = sessionCloser(ctx, () => endSession(ctx, 'signOut'));

  mainWindow = createMainWindow(paths.preload, windowIconPath(paths.appRoot, process.resourcesPath, app.isPackaged));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  mainWindow.on('session-end', () => {
    quitting = true;
    // endSession's work is synchronous: done before this handler returns and Windows ends us
    void closer.run();
  });

  app.on('before-quit', (event) => {
    if (!closer.needed()) return;
    event.preventDefault();
    quitting = true;
    void closer.run().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
