// The single app window. Hidden until the first paint so the operator never sees a white flash.
import { join } from 'node:path';
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_ENTRY_URL, secureWebPreferences } from './security-config';

export function createMainWindow(preloadPath: string, iconPath?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: '档案室 Archive Room',
    autoHideMenuBar: true,
    backgroundColor: '#f5f5f5',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: { ...secureWebPreferences(app.isPackaged), preload: preloadPath },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Minimal menu: edit commands (so copy/paste shortcuts work everywhere) and window controls.
 * No View menu: it would offer reload-with-state and the devtools toggle.
 */
export function installMinimalMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** out/main/main.js → out/preload/preload.js, out/renderer, and the repo/app root. */
export function bundlePaths(mainDir: string) {
  return {
    preload: join(mainDir, '..', 'preload', 'preload.js'),
    renderer: join(mainDir, '..', 'renderer'),
    appRoot: join(mainDir, '..', '..'),
  };
}
