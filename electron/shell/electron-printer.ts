// The Printer port (electron/core/context.ts) in Electron: a hidden, sandboxed, script-less
// window loads the register's HTML from memory (app://archive-room/__print/<id>) and either
// opens the system print dialog or renders an A4 PDF to a file the operator chooses.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { PaperOptions, Printer } from '../core/context';
import { countPdfPages } from './pdf-pages';
import { electronPrintOptions } from './print-options';
import { dropPrintPage, putPrintPage } from './print-pages';
import { printWebPreferences } from './security-config';

async function withPrintWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const page = putPrintPage(html);
  const win = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: printWebPreferences() });
  try {
    await win.loadURL(page.url);
    dropPrintPage(page.id); // loaded: the HTML no longer needs to be reachable
    return await use(win);
  } finally {
    dropPrintPage(page.id);
    if (!win.isDestroyed()) win.destroy();
  }
}

export class ElectronPrinter implements Printer {
  /** the PDFs written in this run: 打开所在文件夹 opens only those, never a path the page names */
  private readonly written = new Set<string>();
  constructor(private readonly parent: () => BrowserWindow | null) {}

  async showInFolder(path: string): Promise<boolean> {
    if (!this.written.has(path)) return false;
    shell.showItemInFolder(path);
    return true;
  }

  async toPdf(html: string, suggestedName: string): Promise<{ path: string | null; pages: number | null }> {
    const pdf = await withPrintWindow(html, (win) => win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
    const parent = this.parent();
    const options = {
      title: suggestedName,
      defaultPath: join(app.getPath('documents'), suggestedName.endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { path: null, pages: null };
    await writeFile(choice.filePath, pdf, { mode: 0o600 });
    this.written.add(choice.filePath);
    return { path: choice.filePath, pages: countPdfPages(pdf) };
  }

  toPrinter(html: string, paper?: PaperOptions): Promise<boolean> {
    return withPrintWindow(
      html,
      (win) =>
        new Promise<boolean>((resolvePrinted) => {
          win.webContents.print(electronPrintOptions(paper), (success) => resolvePrinted(success));
        }),
    );
  }
}
