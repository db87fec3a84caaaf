// A recording stub of exactly the Electron API surface electron/main.ts and electron/shell use
// (app, BrowserWindow, Menu, dialog, ipcMain, protocol, session): shared by the startup test of
// the source (vi.mock) and of the built bundle (require hook).
type Fn = (...args: never[]) => unknown;

export function makeElectronStub() {
  class Emitter {
    handlers = new Map<string, Fn[]>();
    on(e: string, f: Fn) {
      this.handlers.set(e, [...(this.handlers.get(e) ?? []), f]);
      return this;
    }
    once(e: string, f: Fn) {
      return this.on(e, f);
    }
    emit(e: string, ...args: unknown[]) {
      for (const f of this.handlers.get(e) ?? []) (f as (...a: unknown[]) => unknown)(...args);
    }
  }
  const log: string[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  const userData = { dir: '' };
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    commandLine: { hasSwitch: () => false },
    requestSingleInstanceLock: () => true,
    enableSandbox: () => log.push('enableSandbox'),
    whenReady: () => readyPromise,
    getPath: () => userData.dir,
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit ${code}`),
  });
  const ipc = new Map<string, Fn>();
  let appHandler: ((req: { url: string; method: string }) => Promise<Response>) | null = null;
  const defaultSession = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    setDevicePermissionHandler: () => {},
    setDisplayMediaRequestHandler: () => {},
    setSpellCheckerEnabled: () => {},
    webRequest: { onBeforeRequest: () => {} },
    protocol: {
      handle: (scheme: string, h: typeof appHandler) => {
        log.push(`handle ${scheme}`);
        appHandler = h;
      },
    },
  };
  const windows: BrowserWindow[] = [];
  class BrowserWindow extends Emitter {
    webContents = Object.assign(new Emitter(), { reload: () => log.push('reload'), mainFrame: { url: 'app://archive-room/index.html' } });
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      log.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    isMinimized = () => false;
    isDestroyed = () => false;
    show = () => {};
    focus = () => {};
    restore = () => {};
  }
  return {
    log,
    ready: () => ready(),
    userData,
    app,
    ipc,
    windows,
    appHandler: () => appHandler,
    electron: {
      app,
      BrowserWindow,
      Menu: { setApplicationMenu: () => log.push('menu'), buildFromTemplate: (t: unknown) => t },
      dialog: { showErrorBox: (title: string) => log.push(`errorBox ${title}`), showSaveDialog: async () => ({ canceled: true }) },
      ipcMain: { handle: (channel: string, f: Fn) => ipc.set(channel, f) },
      protocol: { registerSchemesAsPrivileged: (s: { scheme: string }[]) => log.push(`registerSchemes ${s.map((x) => x.scheme).join()}`) },
      session: { defaultSession },
    },
  };
}
export type ElectronStub = ReturnType<typeof makeElectronStub>;

/** The one stub of the source startup test (vi.mock's factory and the test import this same module). */
export const sharedStub = makeElectronStub();
