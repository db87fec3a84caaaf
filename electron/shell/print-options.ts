// The Printer port's paper options → Electron's webContents.print() options, pure (no `electron`
// import) so a test sees the mapping. print() ignores the CSS @page size (printToPDF honours it
// with preferCSSPageSize) and defaults to the printer's portrait page: a landscape register must
// say landscape here, and every register is A4.
import type { PaperOptions } from '../core/context';

/** The subset of Electron 45 WebContentsPrintOptions we set. */
export interface ElectronPrintOptions {
  silent: false;
  printBackground: true;
  landscape: boolean;
  pageSize: 'A4';
}

export function electronPrintOptions(paper?: PaperOptions): ElectronPrintOptions {
  return { silent: false, printBackground: true, landscape: paper?.orientation === 'landscape', pageSize: 'A4' };
}
