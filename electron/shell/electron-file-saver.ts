// The FileSaver port (electron/core/context.ts) in Electron: the operator chooses where an
// export (.xlsx index, import template) goes with the system save dialog. The renderer never
// sees or chooses a path itself.
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileSaver } from '../core/context';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel', extensions: ['xlsx'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
};

export class ElectronFileSaver implements FileSaver {
  constructor(private readonly parent: () => BrowserWindow | null) {}

  async save(bytes: Uint8Array, suggestedName: string): Promise<string | null> {
    const filter = FILTERS[extname(suggestedName).toLowerCase()];
    const options = {
      title: suggestedName,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: filter ? [filter] : [],
    };
    const parent = this.parent();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, bytes, { mode: 0o600 });
    return choice.filePath;
  }
}
