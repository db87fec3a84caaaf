// The Printer port for tests: the same register HTML the app loads into its hidden window is
// rendered by Debian's headless Chromium (page.pdf() is printToPDF under the hood), written to
// an output folder, and its pages counted — so tests check real paper layout, not strings.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Printer } from '../../../electron/core/context';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Page count via pdfinfo, falling back to counting page objects when poppler is missing. */
export function pdfPageCount(file: string): number {
  try {
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const m = /^Pages:\s+(\d+)/m.exec(out);
    if (m) return Number(m[1]);
  } catch {
    /* fall through */
  }
  return (
    readFileSync(file)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?!s)/g) ?? []
  ).length;
}

export interface ChromiumPrinterOptions {
  outDir: string;
  /** simulate the operator cancelling the save dialog */
  cancelPdf?: boolean;
  /** what the "system print dialog" answers: true = printed, false = cancelled */
  printerAnswer?: boolean;
}

export class ChromiumPrinter implements Printer {
  private browser: Browser | null = null;
  /** every HTML document handed to toPrinter, for assertions */
  readonly printed: string[] = [];

  constructor(private readonly opts: ChromiumPrinterOptions) {}

  private async launch(): Promise<Browser> {
    this.browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return this.browser;
  }

  /** Renders html to PDF bytes exactly as the app's printToPDF would (A4 from the CSS @page). */
  async renderPdf(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    } finally {
      await page.close();
    }
  }

  async toPdf(html: string, suggestedName: string): Promise<{ path: string | null; pages: number | null }> {
    if (this.opts.cancelPdf) return { path: null, pages: null };
    mkdirSync(this.opts.outDir, { recursive: true });
    const path = join(this.opts.outDir, suggestedName.endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`);
    writeFileSync(path, await this.renderPdf(html));
    this.written.add(path);
    return { path, pages: pdfPageCount(path) };
  }

  /** the PDFs written, and those 打开所在文件夹 was asked for (as the Electron printer: only its own) */
  readonly written = new Set<string>();
  readonly shownInFolder: string[] = [];
  async showInFolder(path: string): Promise<boolean> {
    if (!this.written.has(path)) return false;
    this.shownInFolder.push(path);
    return true;
  }

  async toPrinter(html: string): Promise<boolean> {
    if (!this.opts.printerAnswer) return false;
    this.printed.push(html);
    return true;
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = null;
  }
}
