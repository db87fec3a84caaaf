// Folder/box labels (R-ARCH-3 labels, R-SEC-2 marks) on A4 label sheets: 2 × 7 labels of
// 99.1 × 38.1 mm (the common L7163 / 3422-type sheet), each with the archive number (an item
// label: the item's 档号, archive number + item number), title, classification mark and a QR
// code. Same rules as the registers: a self-contained document,
// the bundled font (only the slices used), every datum escaped — reusing register.ts/font.ts/qr.ts.
// (print/labels.ts holds the printed WORDS; this file holds the sticky kind.)
import type { LabelData } from '../export/labelData';
import { embeddedFontCss, PRINT_FONT_FAMILY } from '../../print/font';
import { escapeHtml, printDocumentHtml } from '../../print/document';
import { qrSvg } from '../../print/qr';

export interface LabelSheetLayout {
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  topMm: number;
  leftMm: number;
  /** horizontal gap between columns */
  gapMm: number;
}

export const A4_2X7: LabelSheetLayout = { columns: 2, rows: 7, labelWidthMm: 99.1, labelHeightMm: 38.1, topMm: 15.15, leftMm: 4.65, gapMm: 2.5 };

/** from this level the mark is printed in red inside a box, like the 密级 stamp on paper */
const MARKED_FROM = 1;

/** printed on every label of a demo vault's sheet: a label is cut off the sheet and stuck on a folder alone */
const DEMO_MARK = '演示数据';

function labelHtml(l: LabelData, demo: boolean): string {
  const mark =
    l.classification >= MARKED_FROM
      ? `<div class="mark">${escapeHtml(l.classificationLabel)}</div>`
      : `<div class="mark plain">${escapeHtml(l.classificationLabel)}</div>`;
  const demoMark = demo ? `<div class="demo">${DEMO_MARK}</div>` : '';
  return `<div class="label">${demoMark}<div class="text"><div class="no">${escapeHtml(l.itemArchiveNo ?? l.archiveNo)}</div><div class="title">${escapeHtml(l.title)}</div><div class="sub">${escapeHtml(l.subtitle)}</div>${mark}</div>${qrSvg(l.qrPayload, 30)}</div>`;
}

/** `skip` leaves the first labels of the first sheet blank (a part-used sheet goes back in the printer). */
export function renderLabelSheetHtml(labels: LabelData[], opts: { title: string; skip?: number; layout?: LabelSheetLayout; demo?: boolean }): string {
  const L = opts.layout ?? A4_2X7;
  const perSheet = L.columns * L.rows;
  const cells = [...Array.from({ length: opts.skip ?? 0 }, () => '<div class="label blank"></div>'), ...labels.map((l) => labelHtml(l, opts.demo ?? false))];
  const sheets: string[] = [];
  for (let i = 0; i < cells.length; i += perSheet) sheets.push(`<section class="sheet">${cells.slice(i, i + perSheet).join('')}</section>`);
  const body = sheets.join('\n');
  const font = `'${PRINT_FONT_FAMILY}', sans-serif`;
  const css = `
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${font}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { width: 210mm; height: 297mm; padding: ${L.topMm}mm 0 0 ${L.leftMm}mm; display: grid;
  grid-template-columns: repeat(${L.columns}, ${L.labelWidthMm}mm); grid-auto-rows: ${L.labelHeightMm}mm;
  column-gap: ${L.gapMm}mm; align-content: start; break-after: page; page-break-after: always; overflow: hidden; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.label { position: relative; display: flex; align-items: center; gap: 2mm; padding: 2mm 3mm; overflow: hidden; }
.label .demo { position: absolute; top: 1.5mm; left: 3mm; font-size: 7pt; font-weight: 700; color: #b00000; border: 0.6pt dashed #b00000; padding: 0 1mm; }
.label .text { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 0.8mm; }
.label .no { font-size: 13pt; font-weight: 700; letter-spacing: 0.02em; }
.label .title { font-size: 9pt; line-height: 1.25; max-height: 2.5em; overflow: hidden; overflow-wrap: anywhere; }
.label .sub { font-size: 7.5pt; color: #333; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.label .mark { align-self: flex-start; font-size: 9pt; font-weight: 700; color: #b00000; border: 0.8pt solid #b00000; padding: 0 1.5mm; }
.label .mark.plain { color: #444; border-color: #888; font-weight: 400; }
.label .qr { flex: none; }
`;
  return printDocumentHtml({ lang: 'zh-CN', title: opts.title, css: `${embeddedFontCss(body + opts.title + DEMO_MARK)}\n${css}`, body });
}
