// The visible trace mark on an exported copy (R-SEC-3): downloading or printing an attachment is
// a copy, and the file that leaves the vault says whose copy it is — the grant or request number,
// the person, the time and the copy's number (第 n 份). Pure over bytes (pdf-lib): a PDF gets the
// mark on every page (a band at the foot and a line at the head, so a cropped page keeps one); a
// JPEG or PNG scan becomes a one-page PDF holding the image and the mark. The mark is drawn with
// the bundled Noto Sans SC (the slices its characters need, as embedded fonts), so pdftotext and
// a reader's search find it as text, not as a picture.
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontIndex, type FontSlice } from '../print/font';

export interface TraceMark {
  /** the grant's or the copy request's number, e.g. FZ-2026-0003 */
  refNo: string;
  /** who made the copy */
  person: string;
  /** when, already in words (workstation time) */
  at: string;
  /** the copy's number under its request, 1..n */
  copyNo: number;
  /** the item's 档号 */
  archiveNo: string;
}

/** One line, in Chinese (the room's paper language). */
export function traceMarkText(m: TraceMark): string {
  return `复制件 ${m.refNo} · ${m.archiveNo} · ${m.person} · ${m.at} · 第 ${m.copyNo} 份 · 仅限登记用途，不得再复制`;
}

/** The light diagonal watermark: whose copy, at a glance. */
export const watermarkText = (m: TraceMark): string => `复制件 ${m.refNo} 第${m.copyNo}份`;

export class MarkError extends Error {}

const covers = (s: FontSlice, cp: number) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Splits the text into runs that one font slice each can draw (Latin slice preferred). */
function runsFor(text: string): { slice: FontSlice; text: string }[] {
  const regular = fontIndex().slices.filter((s) => s.weight === 400);
  const preferred = [...regular.filter((s) => s.file.includes('-latin-')), ...regular.filter((s) => !s.file.includes('-latin-'))];
  const runs: { slice: FontSlice; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs.at(-1);
    if (last && covers(last.slice, cp)) {
      last.text += ch;
      continue;
    }
    const slice = preferred.find((s) => covers(s, cp));
    if (!slice) throw new MarkError(`no font slice for U+${cp.toString(16)}`);
    runs.push({ slice, text: ch });
  }
  return runs;
}

/** A drawer bound to one document: the slices it needs are embedded once (subset). */
async function markDrawer(doc: PDFDocument, text: string, watermark: string) {
  doc.registerFontkit(fontkit);
  const dir = fontIndex().dir;
  const fonts = new Map<string, PDFFont>();
  const runs = runsFor(text);
  for (const r of runs) {
    if (fonts.has(r.slice.file)) continue;
    // the package's .woff twin of the .woff2 slice (zlib, which fontkit reads without brotli)
    const bytes = readFileSync(join(dir, 'files', r.slice.file.replace(/\.woff2$/, '.woff')));
    fonts.set(r.slice.file, await doc.embedFont(bytes, { subset: true }));
  }
  const widthAt = (size: number) => runs.reduce((w, r) => w + fonts.get(r.slice.file)!.widthOfTextAtSize(r.text, size), 0);
  // the watermark across the page: the number and the copy, large and light
  const water = runsFor(watermark).map((r) => ({ ...r, font: fonts.get(r.slice.file) }));
  for (const r of water)
    if (!r.font) r.font = await doc.embedFont(readFileSync(join(dir, 'files', r.slice.file.replace(/\.woff2$/, '.woff'))), { subset: true });
  const waterWidth = (size: number) => water.reduce((w, r) => w + r.font!.widthOfTextAtSize(r.text, size), 0);
  return (page: PDFPage) => {
    const box = page.getMediaBox();
    const margin = 6;
    // as large as fits the page width, between 5 and 9 pt
    const size = Math.max(5, Math.min(9, (9 * (box.width - 2 * margin)) / widthAt(9)));
    const width = widthAt(size);
    const x0 = box.x + Math.max(margin, (box.width - width) / 2);
    const angle = Math.atan2(box.height, box.width);
    const wsize = Math.min(48, (0.8 * Math.hypot(box.width, box.height)) / (waterWidth(10) / 10));
    const ww = waterWidth(wsize);
    let wx = box.x + box.width / 2 - (Math.cos(angle) * ww) / 2 + (Math.sin(angle) * wsize) / 2;
    let wy = box.y + box.height / 2 - (Math.sin(angle) * ww) / 2 - (Math.cos(angle) * wsize) / 2;
    for (const r of water) {
      page.drawText(r.text, {
        x: wx,
        y: wy,
        size: wsize,
        font: r.font!,
        color: rgb(0.75, 0.05, 0.05),
        opacity: 0.12,
        rotate: degrees((angle * 180) / Math.PI),
      });
      const w = r.font!.widthOfTextAtSize(r.text, wsize);
      wx += Math.cos(angle) * w;
      wy += Math.sin(angle) * w;
    }
    for (const y of [box.y + margin, box.y + box.height - margin - size * 1.2]) {
      page.drawRectangle({ x: x0 - 3, y: y - size * 0.3, width: width + 6, height: size * 1.5, color: rgb(1, 1, 1), opacity: 0.85 });
      let x = x0;
      for (const r of runs) {
        const font = fonts.get(r.slice.file)!;
        page.drawText(r.text, { x, y, size, font, color: rgb(0.75, 0.05, 0.05) });
        x += font.widthOfTextAtSize(r.text, size);
      }
    }
  };
}

/** The PDF with the mark on every page. Refuses what it cannot mark (encrypted, broken, no pages). */
export async function markPdf(bytes: Uint8Array, mark: TraceMark): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (e) {
    throw new MarkError(`not a PDF that can be marked: ${e instanceof Error ? e.message : String(e)}`);
  }
  const pages = doc.getPages();
  if (pages.length === 0) throw new MarkError('the PDF has no pages');
  const draw = await markDrawer(doc, traceMarkText(mark), watermarkText(mark));
  for (const p of pages) draw(p);
  doc.setSubject(traceMarkText(mark));
  return doc.save();
}

/** A JPEG or PNG scan as a one-page PDF (the image fitted to A4, portrait or landscape) with the mark. */
export async function markImage(bytes: Uint8Array, mime: 'image/jpeg' | 'image/png', mark: TraceMark): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  let img;
  try {
    img = mime === 'image/jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
  } catch (e) {
    throw new MarkError(`image cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const landscape = img.width > img.height;
  const [pw, ph] = landscape ? [841.89, 595.28] : [595.28, 841.89];
  const page = doc.addPage([pw, ph]);
  const pad = 28;
  const scale = Math.min((pw - 2 * pad) / img.width, (ph - 2 * pad) / img.height);
  const w = img.width * scale;
  const h = img.height * scale;
  page.drawImage(img, { x: (pw - w) / 2, y: (ph - h) / 2, width: w, height: h });
  const draw = await markDrawer(doc, traceMarkText(mark), watermarkText(mark));
  draw(page);
  doc.setSubject(traceMarkText(mark));
  return doc.save();
}

/** The marked copy of an attachment: always a PDF. TIFF scans are not marked here (refused). */
export async function markedCopy(bytes: Uint8Array, mime: string, mark: TraceMark): Promise<Uint8Array> {
  if (mime === 'application/pdf') return markPdf(bytes, mark);
  if (mime === 'image/jpeg' || mime === 'image/png') return markImage(bytes, mime, mark);
  throw new MarkError(`no trace mark for ${mime}`);
}

/** 合同扫描.png → 合同扫描-FZ-2026-0003-第2份.pdf */
export function markedFileName(fileName: string, mark: Pick<TraceMark, 'refNo' | 'copyNo'>): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return `${base}-${mark.refNo}-第${mark.copyNo}份.pdf`;
}
