// Print verification, the printer's half: every printed page carries a short code and a QR
// (register, page, rows hash, audit head) so a sheet of paper can later be checked against the
// vault. For that the vault side must know, at print time, which rows went onto which page — so
// the printer lays the pages out itself (a conservative estimate of each row's height; a page
// ends early rather than spill) instead of leaving it to Chromium's table fragmentation.
// Who keeps the record of a printout (the printcheck domain) plugs in through registerPageIssuer;
// how each register is built again from its parameters is registered per register code
// (registerRegisterSource), from the domain that owns the register.
import { canonicalJson, sha256Hex } from '../audit/canonical';
import type { PrintResult } from '../contract/types';
import type { CallContext } from '../core/context';
import type { Vault } from '../vault/vault';
import type { Writer } from '../vault/sql';
import type { RegisterRow, RegisterSpec } from './register';
import type { PrintOptions } from './registers/common';
import { escapeHtml } from './document';
import { qrSvg } from './qr';

// ------------------------------------------------------------------ short code
// Crockford base32 (no I, L, O, U: nothing to confuse when typed from paper), 10 random symbols and
// one Luhn mod 32 check symbol: every single wrong symbol and every swap of two neighbours is caught.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAGE_CODE_LENGTH = 11;

function luhnCheck(symbols: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = symbols.length - 1; i >= 0; i--) {
    let add = factor * ALPHABET.indexOf(symbols[i]!);
    factor = factor === 2 ? 1 : 2;
    add = Math.floor(add / 32) + (add % 32);
    sum += add;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

/** A new page code from 10 random symbols (bytes supplied by the caller: crypto in the app). */
export function makePageCode(random: Uint8Array): string {
  let body = '';
  for (let i = 0; i < PAGE_CODE_LENGTH - 1; i++) body += ALPHABET[random[i]! % 32]!;
  return body + luhnCheck(body);
}

/** What a person types: upper-cased, separators dropped, Crockford's look-alikes folded (O→0, I/L→1). */
export function normalizePageCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export type PageCodeProblem = 'format' | 'checkDigit';
/** null when the code is well formed and its check symbol holds. */
export function pageCodeProblem(code: string): PageCodeProblem | null {
  if (code.length !== PAGE_CODE_LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return 'format';
  return luhnCheck(code.slice(0, -1)) === code.slice(-1) ? null : 'checkDigit';
}

/** ABCD-EFGH-JKM: how the code is printed (the dashes are ignored when typed back). */
export function formatPageCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export const QR_PREFIX = 'ARP1';
/** The QR text: plain ASCII a USB scanner types as keystrokes. ARP1/code/register/n-N/rowsHash16/auditHead16 */
export function pageQrText(m: { code: string; registerCode: string; page: number; pages: number; rowsHash: string; auditHead: string }): string {
  return [QR_PREFIX, m.code, m.registerCode, `${m.page}-${m.pages}`, m.rowsHash.slice(0, 16), m.auditHead.slice(0, 16)].join('/');
}

export interface ScannedPage {
  code: string;
  /** present when a QR was scanned (not a typed code) */
  qr?: { registerCode: string; page: number; pages: number; rowsHash: string; auditHead: string };
}
/** A scanned QR or a typed code; null when it is neither. */
export function parseScan(input: string): ScannedPage | null {
  const s = input.trim();
  if (s.toUpperCase().startsWith(`${QR_PREFIX}/`)) {
    const [, code, registerCode, np, rowsHash, auditHead] = s.split('/');
    const [page, pages] = (np ?? '').split('-').map(Number);
    if (!code || !registerCode || !rowsHash || !auditHead || !Number.isInteger(page) || !Number.isInteger(pages)) return null;
    return {
      code: normalizePageCode(code),
      qr: { registerCode, page: page!, pages: pages!, rowsHash: rowsHash.toLowerCase(), auditHead: auditHead.toLowerCase() },
    };
  }
  const code = normalizePageCode(s);
  return code ? { code } : null;
}

// ------------------------------------------------------------------ row identity
/** The hash of one printed row: what the paper shows in that row. */
export const rowHash = (row: RegisterRow): string => sha256Hex(canonicalJson(row)).slice(0, 32);
/** Per column, a short hash of the cell: enough to say WHICH fields of a row differ later. */
export const fieldHashes = (row: RegisterRow, keys: readonly string[]): string =>
  keys.map((k) => sha256Hex(canonicalJson(row[k] ?? null)).slice(0, 8)).join('');
/** The hash of one page: its rows, in order. */
export const pageRowsHash = (rows: readonly RegisterRow[]): string => sha256Hex(canonicalJson(rows));

// ------------------------------------------------------------------ layout
/** One printed page: the rows [first, first + count) of the spec. */
export interface PageSlice {
  first: number;
  count: number;
}

const MM_PER_PT = 25.4 / 72;
const LINE_MM = 9 * 1.4 * MM_PER_PT; // body 9pt, line-height 1.4
const CELL_PAD_MM = 2 * 1 + 0.4; // padding 1mm top + bottom, borders
const CELL_SIDE_MM = 2 * 1.4 + 0.4;
const EM_MM = 9 * MM_PER_PT;
/** the strip each page carries at its foot (QR 15mm + gap) */
export const PAGE_MARK_MM = 19;

function contentBox(o: 'portrait' | 'landscape'): { w: number; h: number } {
  // A4 less the @page margins of stylesheet.ts (18mm top/bottom, 14mm left/right)
  return o === 'landscape' ? { w: 297 - 28, h: 210 - 36 } : { w: 210 - 28, h: 297 - 36 };
}

/** Width a string takes at 1em = EM_MM (Noto Sans SC, rounded up): CJK and full-width 1em, Latin capitals 0.66em, space 0.26em, the rest 0.58em. */
function textWidthMm(s: string, emMm = EM_MM): number {
  let em = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair: counted with the first
    em += c >= 0x2e80 ? 1 : c === 0x20 ? 0.26 : c >= 0x41 && c <= 0x5a ? 0.66 : 0.58; // CJK, space, capitals, the rest
  }
  return em * emMm;
}

/** Lines a text wraps to in a box `widthMm` wide; word breaks waste some width, so only 88 % is counted usable. */
function linesIn(text: string, widthMm: number, emMm = EM_MM): number {
  const usable = Math.max(widthMm * 0.88, emMm);
  return String(text)
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(textWidthMm(part, emMm) / usable)), 0);
}

function columnWidthsMm(spec: RegisterSpec, tableW: number): number[] {
  const fixed = spec.columns.map((c) => {
    const m = /^([\d.]+)(%|mm)$/.exec(c.width ?? '');
    if (!m) return null;
    return m[2] === '%' ? (Number(m[1]) / 100) * tableW : Number(m[1]);
  });
  const used = fixed.reduce<number>((a, w) => a + (w ?? 0), 0);
  const free = fixed.filter((w) => w === null).length;
  const share = free ? Math.max(10, (tableW - used) / free) : 0;
  return fixed.map((w) => w ?? share);
}

function rowHeightMm(spec: RegisterSpec, widths: number[], row: RegisterRow): number {
  let h = LINE_MM;
  spec.columns.forEach((c, i) => {
    const v = row[c.key];
    if (c.image && typeof v === 'string' && v.startsWith('data:image/png')) h = Math.max(h, 12);
    else if (v !== null && v !== undefined && v !== '') h = Math.max(h, linesIn(String(v), widths[i]! - CELL_SIDE_MM) * LINE_MM);
  });
  return h + CELL_PAD_MM;
}

function svgHeightMm(svg: string, widthMm: number): number {
  const vb = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const wh = /width="([\d.]+)(?:px)?"[^>]*height="([\d.]+)(?:px)?"/.exec(svg);
  const [w, h] = vb ? [Number(vb[1]), Number(vb[2])] : wh ? [Number(wh[1]), Number(wh[2])] : [4, 3];
  const natural = (h / w) * widthMm;
  // max-width: 100%: a narrower natural width keeps its own height (px at 96 dpi)
  const px = wh ? Number(wh[2]) * (25.4 / 96) : natural;
  return Math.min(natural, px || natural);
}

/** Height of what comes before the table on page 1: the heading, summary, figures. */
function headMm(spec: RegisterSpec, w: number): number {
  const small = 8.5 * MM_PER_PT;
  let h = 4 + (spec.orgName ? 10 * 1.4 * MM_PER_PT : 0) + 16 * 1.25 * MM_PER_PT + 3; // margins, org, h1
  const meta = `编号：${spec.registerCode}　打印人：${spec.printedBy}　打印时间：2026-01-01 00:00:00　时区：${spec.timeZone ?? 'Asia/Shanghai'}`;
  h += linesIn(meta, w, small) * small * 1.4;
  for (const s of spec.summary ?? []) h += linesIn(s, w, small) * small * 1.4;
  if (spec.summary?.length) h += 2;
  for (const f of spec.figures ?? []) h += 6 + small * 1.4 + 1 + svgHeightMm(f.svg, w);
  return h;
}

/** Height of what follows the table on the last page: end mark, signature lines, the foot's ids
 *  (with page marks the foot has no document QR of its own: every page's mark carries one). */
function closingMm(spec: RegisterSpec): number {
  return 7 + 6 + spec.signatureLines.length * (4 + 10 * 1.4 * MM_PER_PT) + 6 + 3 + 3 * 4.4 + 2;
}

/**
 * The pages of a register: rows are taken onto a page while they fit (estimated heights, on the
 * safe side), the closing (signature lines, document QR) goes on the last page or a page of its own.
 * Pure: the same spec always gives the same pages, so the record made at print time is the paper.
 */
export function paginateRows(spec: RegisterSpec): { pages: PageSlice[]; closingAlone: boolean } {
  const box = contentBox(spec.orientation ?? 'portrait');
  const widths = columnWidthsMm(spec, box.w);
  const theadMm = Math.max(...spec.columns.map((c, i) => linesIn(c.header, widths[i]! - CELL_SIDE_MM))) * LINE_MM + CELL_PAD_MM;
  const pageH = box.h - PAGE_MARK_MM - 4; // 4mm slack for rounding
  const pages: PageSlice[] = [];
  let first = 0;
  let count = 0;
  let room = pageH - headMm(spec, box.w) - theadMm;
  if (spec.rows.length === 0) room -= LINE_MM + CELL_PAD_MM; // the "no rows" line
  spec.rows.forEach((row, i) => {
    const h = rowHeightMm(spec, widths, row);
    if (h > room && count > 0) {
      pages.push({ first, count });
      first = i;
      count = 0;
      room = pageH - theadMm;
    }
    room -= h;
    count++;
  });
  pages.push({ first, count });
  const closingAlone = closingMm(spec) > room;
  if (closingAlone) pages.push({ first: spec.rows.length, count: 0 });
  return { pages, closingAlone };
}

// ------------------------------------------------------------------ hooks
/** What the printed page's foot shows. */
export interface PageMark {
  code: string;
  qrText: string;
  rowsHash: string;
}

export interface PagePlan {
  page: number;
  pages: number;
  slice: PageSlice;
  rowsHash: string;
}

export interface IssuedMarks {
  marks: PageMark[];
  /** writes the record of the printout; runs inside the print's audit transaction */
  commit(w: Writer, result: PrintResult): void;
}

/** Keeps the record of printouts (the printcheck domain). */
export interface PageIssuer {
  issue(cx: CallContext, spec: RegisterSpec, plan: PagePlan[], how: { params: unknown; target: 'pdf' | 'printer' }): IssuedMarks;
}

let issuer: PageIssuer | null = null;
export function registerPageIssuer(i: PageIssuer): void {
  issuer = i;
}
export function pageIssuer(): PageIssuer | null {
  return issuer;
}

/** How a register is built again for verification: the same builder the print call uses. */
export interface RegisterSource {
  /** the register's builder over the recorded parameters (throws on parameters it cannot read) */
  rebuild(vault: Vault, params: unknown, opts: PrintOptions): RegisterSpec;
  /** a row's stable identity across rebuilds (a loan's number, an entry's seq, …) */
  rowKey(row: RegisterRow): string;
  /** the key of the row the printout's own 'print.register' entry adds (the audit register): not a change */
  ownRowKey?(printAuditSeq: number): string;
}

const sources = new Map<string, RegisterSource>();
export function registerRegisterSource(registerCode: string, source: RegisterSource): void {
  sources.set(registerCode, source);
}
export function registerSource(registerCode: string): RegisterSource | undefined {
  return sources.get(registerCode);
}

// ------------------------------------------------------------------ the mark on paper
/** The strip at the foot of each page: its QR, the code to type, what the page holds. */
export function pageMarkHtml(
  m: PageMark,
  o: { title: string; page: number; pages: number; slice: PageSlice; auditHead: string; locale: 'zh-CN' | 'en' },
): string {
  const en = o.locale === 'en';
  const rows =
    o.slice.count === 0
      ? en
        ? 'no rows on this page'
        : '本页无登记行'
      : en
        ? `rows ${o.slice.first + 1}–${o.slice.first + o.slice.count} (${o.slice.count})`
        : `第 ${o.slice.first + 1}–${o.slice.first + o.slice.count} 行（${o.slice.count} 行）`;
  const lines = [
    `<div class="pm-code">${en ? 'Page check code' : '打印件核验码'}　${escapeHtml(formatPageCode(m.code))}</div>`,
    `<div>${escapeHtml(o.title)} · ${en ? `page ${o.page} of ${o.pages}` : `第 ${o.page} 页 / 共 ${o.pages} 页`} · ${escapeHtml(rows)}</div>`,
    `<div>${en ? 'Rows hash' : '本页行摘要'} ${escapeHtml(m.rowsHash.slice(0, 16))} · ${en ? 'Audit head' : '审计链头'} ${escapeHtml(o.auditHead.slice(0, 16))}</div>`,
    `<div>${en ? 'Scan the QR or type the code on “Verify a printout” to check this page against the vault.' : '在“核验打印件”页面扫描二维码或输入核验码，可核对本页与档案库是否一致。'}</div>`,
  ];
  return `<div class="page-mark">${qrSvg(m.qrText, 15)}<div class="pm-text">${lines.join('')}</div></div>`;
}

/** Each page is a sheet of its own: the mark at its foot, a page break after it. */
export function pageMarkCss(orientation: 'portrait' | 'landscape'): string {
  const box = contentBox(orientation);
  return `
.sheet { display: flex; flex-direction: column; min-height: ${box.h - 3}mm; }
.sheet + .sheet { break-before: page; page-break-before: always; }
.sheet > .sheet-body { flex: 1 0 auto; }
.page-mark { flex: none; display: flex; align-items: center; gap: 3mm; margin-top: 2mm; border-top: 0.4pt dashed #666; padding-top: 1.5mm; font-size: 7pt; line-height: 1.35; color: #222; break-inside: avoid; }
.page-mark .qr { flex: none; }
.page-mark .pm-code { font-size: 10pt; font-weight: 700; letter-spacing: 0.08em; color: #000; font-variant-numeric: tabular-nums; }
`;
}
