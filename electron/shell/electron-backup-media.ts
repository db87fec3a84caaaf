// The BackupMedia port (electron/core/context.ts) in Electron: the system administrator chooses
// the removable drive / folder for a backup, or a backup file to check or restore, with main's
// own dialogs. The renderer never sees or chooses a path itself (it gets a check id back).
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { BackupMedia } from '../core/context';

export class ElectronBackupMedia implements BackupMedia {
  constructor(private readonly parent: () => BrowserWindow | null) {}

  private async open(options: OpenDialogOptions): Promise<string | null> {
    const parent = this.parent();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
  }

  chooseFolder(): Promise<string | null> {
    // removable media mount under /media (Linux) or as drives (Windows); start where they appear
    const defaultPath = process.platform === 'linux' ? '/media' : app.getPath('home');
    return this.open({ title: '选择备份介质 / Choose the backup medium', defaultPath, properties: ['openDirectory', 'createDirectory'] });
  }

  chooseBackupFile(): Promise<string | null> {
    return this.open({
      title: '选择备份文件 / Choose a backup file',
      defaultPath: process.platform === 'linux' ? '/media' : app.getPath('home'),
      properties: ['openFile'],
      filters: [{ name: 'Archive Room backup', extensions: ['arbk'] }],
    });
  }
}
