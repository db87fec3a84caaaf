// ONE renderer for every register in the product: data → a complete, self-contained HTML
// document (bundled font inlined, no scripts, no external resources). Pure and synchronous, so
// the Electron hidden window, the headless-Chromium tests and any future CLI print identically.
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { formatTime, workstationTimeZone } from '../contract/time';
import type { Locale } from '../contract/types';
import { escapeHtml, printDocumentHtml } from './document';
import { embeddedFontCss } from './font';
import { caption } from './labels';
import { qrSvg } from './qr';
import { pageMarkCss, pageMarkHtml, paginateRows, type PageMark } from './page-marks';
import { printStylesheet } from './stylesheet';

export type RegisterCell = string | number | null | undefined;
export type RegisterRow = Record<string, RegisterCell>;

export interface RegisterColumn {
  key: string;
  header: string;
  /** CSS width, e.g. '12%' or '18mm' */
  width?: string;
  align?: 'left' | 'center' | 'right';
  /** the cell holds a PNG as a data: URL (e.g. a signature pad image): printed as the image; any other value as text */
  image?: boolean;
}

export interface SignatureLine {
  /** who signs, e.g. 经办人 / 审核人 / 审计员 */
  role: string;
}

export interface RegisterSpec {
  /** already in the document's language */
  title: string;
  /** stable register kind, e.g. 'audit' — goes into the QR payload and the audit entry */
  registerCode: string;
  /** 密级 shown top-right on every page */
  classificationMark: string;
  columns: RegisterColumn[];
  rows: RegisterRow[];
  locale: Locale;
  orgName: string;
  printedBy: string;
  /** ISO timestamp */
  printedAt: string;
  vaultId: string;
  auditHead: string;
  signatureLines: SignatureLine[];
  /** e.g. the filter that produced the rows and the row count */
  summary?: string[];
  orientation?: 'portrait' | 'landscape';
  /** IANA zone every time on the paper is in, printed in the header (时区); default the workstation's */
  timeZone?: string;
  /** indexes of rows printed struck through (e.g. a loan struck off on return: cancelled, still legible) */
  struckRows?: readonly number[];
  /** figures printed between the summary and the table: inline SVG made in main (e.g. an ECharts
   *  server-side chart), refused if it could script or load anything */
  figures?: readonly { caption: string; svg: string }[];
  /** a numbered copy's mark printed at the top centre of every page, e.g. 第 1 份 / 共 3 份 (R-REP-4) */
  copyMark?: string;
  /** print verification: one mark per page (code + QR at each page's foot); the pages are then laid
   *  out by paginateRows (page-marks.ts), the same split the record of the printout holds */
  pageMarks?: readonly PageMark[];
}

/** An inline SVG figure: generated markup only — no script, no event handler, no external reference. */
export function figureHtml(f: { caption: string; svg: string }): string {
  const svg = f.svg.trim();
  if (!/^<svg[\s>]/.test(svg) || /<script|<foreignObject|\son[a-z]+\s*=|(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg)) throw new Error('figure: unsafe SVG');
  return `<figure class="figure"><figcaption>${escapeHtml(f.caption)}</figcaption>${svg}</figure>`;
}

export { escapeHtml } from './document';

/** Wall time in the register's zone (the workstation's by default: what the people signing the
 *  paper read on the wall clock). The one time helper (contract/time.ts), as on screen. */
export function formatPrintTime(iso: string | null | undefined, withSeconds = true, timeZone = workstationTimeZone()): string {
  return formatTime(iso, 'zh-CN', timeZone, { seconds: withSeconds });
}

/** SHA-256 of the canonical rows: the paper can be checked against the vault later. */
export function rowsHash(rows: RegisterRow[]): string {
  return sha256Hex(canonicalJson(rows));
}

/** What the QR code on the last page encodes (canonical JSON, so it is byte-for-byte reproducible). */
export function registerQrPayload(spec: Pick<RegisterSpec, 'registerCode' | 'rows' | 'auditHead'>): string {
  return canonicalJson({ register: spec.registerCode, rowsHash: rowsHash(spec.rows), auditHead: spec.auditHead });
}

/** "第 " counter(page) " 页 / 共 " counter(pages) " 页" built from the localized caption. */
function pageCounterCss(locale: Locale): string {
  const tpl = caption('page', locale);
  const parts = tpl.split(/(\{n\}|\{N\})/).filter((p) => p !== '');
  return parts.map((p) => (p === '{n}' ? 'counter(page)' : p === '{N}' ? 'counter(pages)' : JSON.stringify(p))).join(' ');
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;
/** A cell: escaped text, or — in an image column — the PNG data: URL as an image (the print CSP admits data: images only). */
function cellHtml(c: RegisterColumn, v: RegisterCell): string {
  if (c.image && typeof v === 'string' && PNG_DATA_URL.test(v)) return `<img class="cell-image" alt="" src="${v}">`;
  return escapeHtml(v);
}

function alignClass(c: RegisterColumn): string {
  return c.align && c.align !== 'left' ? ` class="a-${c.align}"` : '';
}

export function renderRegisterHtml(spec: RegisterSpec): string {
  const { locale } = spec;
  const t = (k: Parameters<typeof caption>[0], vars?: Record<string, string | number>) => caption(k, locale, vars);
  const timeZone = spec.timeZone ?? workstationTimeZone();
  const printedAt = formatPrintTime(spec.printedAt, true, timeZone);

  const struck = new Set(spec.struckRows ?? []);
  const colgroup = spec.columns.map((c) => `<col${c.width ? ` style="width:${escapeHtml(c.width)}"` : ''}>`).join('');
  const head = spec.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('');
  const bodyOf = (first: number, count: number) =>
    spec.rows.length === 0
      ? `<tr><td class="empty" colspan="${spec.columns.length}">${escapeHtml(t('noRows'))}</td></tr>`
      : spec.rows
          .slice(first, first + count)
          .map(
            (r, j) =>
              `<tr${struck.has(first + j) ? ' class="struck"' : ''}>${spec.columns.map((c) => `<td${alignClass(c)}>${cellHtml(c, r[c.key])}</td>`).join('')}</tr>`,
          )
          .join('\n');
  const tableOf = (first: number, count: number) => `<table class="register">
  <colgroup>${colgroup}</colgroup>
  <thead><tr>${head}</tr></thead>
  <tbody>
${bodyOf(first, count)}
  </tbody>
</table>`;

  const signatures = spec.signatureLines
    .map(
      (s) =>
        `<tr><td class="role">${escapeHtml(s.role)}</td>` +
        `<td>${escapeHtml(t('name'))}：</td><td class="blank"></td>` +
        `<td>${escapeHtml(t('signature'))}：</td><td class="blank"></td>` +
        `<td>${escapeHtml(t('date'))}：</td><td class="blank"></td></tr>`,
    )
    .join('');

  const summary = (spec.summary ?? []).map((s) => `<li>${escapeHtml(s)}</li>`).join('');

  const headHtml = `
<header class="doc-head">
  ${spec.orgName ? `<div class="org">${escapeHtml(spec.orgName)}</div>` : ''}
  <h1>${escapeHtml(spec.title)}</h1>
  <div class="meta"><span>${escapeHtml(t('registerCode'))}：${escapeHtml(spec.registerCode)}</span><span>${escapeHtml(t('printedBy'))}：${escapeHtml(spec.printedBy)}</span><span>${escapeHtml(t('printedAt'))}：${escapeHtml(printedAt)}</span><span>${escapeHtml(t('timeZone'))}：${escapeHtml(timeZone)}</span></div>
  ${summary ? `<ul class="summary">${summary}</ul>` : ''}
</header>
${(spec.figures ?? []).map(figureHtml).join('\n')}`;
  const closingHtml = `<p class="end-mark">${escapeHtml(t('endOfRegister'))}</p>
<section class="closing">
  <table class="signatures"><tbody>${signatures}</tbody></table>
  <div class="foot">
    <div class="ids">
      <div>${escapeHtml(t('vaultId'))}：${escapeHtml(spec.vaultId)}</div>
      <div>${escapeHtml(t('auditHead'))}：${escapeHtml(spec.auditHead)}</div>
      <div>${escapeHtml(t('printedBy'))}：${escapeHtml(spec.printedBy)}　${escapeHtml(t('printedAt'))}：${escapeHtml(printedAt)}</div>
      ${spec.pageMarks ? '' : `<div>${escapeHtml(t('qrNote'))}</div>`}
    </div>
    ${spec.pageMarks ? '' /* each page's mark carries its QR */ : qrSvg(registerQrPayload(spec))}
  </div>
</section>`;
  const marks = spec.pageMarks;
  const bodyHtml = marks ? sheetsHtml(marks) : `${headHtml}\n${tableOf(0, spec.rows.length)}\n${closingHtml}`;

  /** print verification: every page a sheet of its own with its mark (page-marks.ts) */
  function sheetsHtml(m: readonly PageMark[]): string {
    const { pages } = paginateRows(spec);
    if (pages.length !== m.length) throw new Error('register: one page mark per page');
    return pages
      .map((slice, p) => {
        const last = p === pages.length - 1;
        const table = slice.count > 0 || (spec.rows.length === 0 && p === 0) ? tableOf(slice.first, slice.count) : '';
        const mark = pageMarkHtml(m[p]!, {
          title: spec.title,
          page: p + 1,
          pages: pages.length,
          slice,
          auditHead: spec.auditHead,
          locale: locale === 'en' ? 'en' : 'zh-CN',
        });
        return `<section class="sheet"><div class="sheet-body">${p === 0 ? headHtml : ''}${table}${last ? closingHtml : ''}</div>${mark}</section>`;
      })
      .join('\n');
  }

  const pageCss = printStylesheet({
    orientation: spec.orientation ?? 'portrait',
    classificationMark: spec.classificationMark,
    pageCounter: pageCounterCss(locale),
    topLeft: [spec.orgName, spec.title].filter(Boolean).join(' · '),
    bottomLeft: `${t('vaultId')} ${spec.vaultId.slice(0, 8)} · ${t('auditHead')} ${spec.auditHead.slice(0, 12)}`,
    bottomRight: `${t('printedBy')} ${spec.printedBy} · ${printedAt}`,
    topCenter: spec.copyMark,
  });

  // Font slices are chosen from everything that will be drawn: body text and page furniture;
  // bold ones only from what is bold (title, column headers, signature roles, figure captions,
  // classification / copy marks, page codes) — never from the rows, the bulk of a register.
  const fontCss = embeddedFontCss(bodyHtml + pageCss, headHtml + head + closingHtml + pageCss);
  return printDocumentHtml({
    lang: locale === 'en' ? 'en' : 'zh-CN',
    title: spec.title,
    css: `${fontCss}\n${pageCss}${marks ? pageMarkCss(spec.orientation ?? 'portrait') : ''}`,
    body: bodyHtml,
  });
}
