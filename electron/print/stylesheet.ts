// The one print stylesheet shared by every register. Page furniture (classification mark,
// page n / N, vault id, printed-by) lives in CSS @page margin boxes so it appears on EVERY
// sheet, both when Chromium prints to a printer and with printToPDF / page.pdf() — unlike
// fixed-position elements, margin boxes also get real page counters (Chromium ≥ 131).
import { PRINT_FONT_FAMILY } from './font';

export interface PageFurniture {
  orientation: 'portrait' | 'landscape';
  classificationMark: string;
  /** CSS `content` value for the page counter, e.g. "第 " counter(page) " 页 / 共 " counter(pages) " 页" */
  pageCounter: string;
  topLeft: string;
  bottomLeft: string;
  bottomRight: string;
  /** optional, e.g. a numbered copy's 第 n 份 / 共 N 份 (R-REP-4) */
  topCenter?: string;
}

/** A CSS string literal that cannot break out of its declaration, whatever the data holds. */
export function cssString(s: string): string {
  let out = '"';
  for (const ch of s) {
    out += /[\p{L}\p{N} .:/·—_-]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

export function printStylesheet(f: PageFurniture): string {
  const font = `'${PRINT_FONT_FAMILY}', sans-serif`;
  const box = `font-family: ${font}; font-size: 7.5pt; color: #333;`;
  return `
@page {
  size: A4 ${f.orientation};
  margin: 18mm 14mm 18mm 14mm;
  @top-left { content: ${cssString(f.topLeft)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right {
    content: ${cssString(f.classificationMark)};
    font-family: ${font}; font-size: 12pt; font-weight: 700; color: #b00000;
    vertical-align: bottom; padding-bottom: 2mm;
  }
  ${f.topCenter ? `@top-center { content: ${cssString(f.topCenter)}; font-family: ${font}; font-size: 10pt; font-weight: 700; color: #000; white-space: nowrap; vertical-align: bottom; padding-bottom: 2mm; }` : ''}
  @bottom-left { content: ${cssString(f.bottomLeft)}; ${box} vertical-align: top; padding-top: 3mm; }
  @bottom-center { content: ${f.pageCounter}; ${box} font-size: 9pt; color: #000; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${cssString(f.bottomRight)}; ${box} vertical-align: top; padding-top: 3mm; }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${font}; font-size: 9pt; line-height: 1.4; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
input, textarea, select, button { font: inherit; }
.doc-head { text-align: center; margin-bottom: 4mm; }
.doc-head .org { font-size: 10pt; }
.doc-head h1 { font-size: 16pt; font-weight: 700; letter-spacing: 0.2em; margin: 1mm 0 2mm; }
.doc-head .meta { font-size: 8.5pt; color: #222; }
.doc-head .meta span + span::before { content: "　"; }
.summary { list-style: none; margin: 2mm 0 0; padding: 0; font-size: 8.5pt; text-align: left; }
.figure { margin: 3mm 0; text-align: center; break-inside: avoid; }
.figure figcaption { font-size: 8.5pt; font-weight: 700; margin-bottom: 1mm; }
.figure svg { max-width: 100%; height: auto; }
table.register { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.register thead { display: table-header-group; }
table.register tfoot { display: table-footer-group; }
table.register tr { break-inside: avoid; page-break-inside: avoid; }
table.register th, table.register td { border: 0.6pt solid #000; padding: 1mm 1.4mm; vertical-align: top; overflow-wrap: anywhere; }
table.register th { background: #e8e8e8; font-weight: 700; text-align: center; }
table.register td.a-center { text-align: center; }
table.register td.a-right { text-align: right; font-variant-numeric: tabular-nums; }
table.register td.empty { text-align: center; color: #555; }
table.register tr.struck td { text-decoration: line-through; text-decoration-thickness: 0.8pt; }
table.register img.cell-image { display: block; max-width: 100%; max-height: 12mm; }
.end-mark { text-align: center; font-size: 8pt; color: #444; margin: 2mm 0 0; }
.closing { break-inside: avoid; page-break-inside: avoid; margin-top: 6mm; }
table.signatures { width: 100%; border-collapse: collapse; }
table.signatures td { padding: 3mm 1mm 1mm; font-size: 10pt; white-space: nowrap; }
table.signatures td.blank { border-bottom: 0.6pt solid #000; width: 24%; }
table.signatures td.role { font-weight: 700; width: 12%; }
.foot { display: flex; align-items: flex-end; gap: 4mm; margin-top: 6mm; border-top: 0.6pt solid #000; padding-top: 2mm; }
.foot .ids { flex: 1; font-size: 7.5pt; overflow-wrap: anywhere; }
.foot .ids div { margin-bottom: 0.8mm; }
.foot .qr { flex: none; }
`;
}
