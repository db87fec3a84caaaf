// Spreadsheet bytes → a plain table of strings with the SPREADSHEET's row numbers, so every
// validation error can point at the row the operator sees in Excel / WPS.
//   .xlsx → exceljs, first worksheet; dates become yyyy-mm-dd, formulas their cached result.
//   .csv  → UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GBK — the
//           encoding Excel on a Chinese Windows writes "CSV" in. A strict UTF-8 decode is a
//           reliable test: GBK text with Chinese in it is practically never valid UTF-8.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '../../contract/result';
import { EXAMPLE_MARK } from '../contract/fieldLabels';

export interface TableRow {
  /** 1-based row number as shown by the spreadsheet program */
  rowNo: number;
  cells: string[];
}
export interface Table {
  header: string[];
  rows: TableRow[];
  encoding?: 'utf-8' | 'gbk';
}

export const MAX_IMPORT_ROWS = 100_000;

const unreadable = (why: string): DomainError => new DomainError('IMPORT_UNREADABLE', why);

/** Control characters (other than tab/CR/LF) or undecodable sequences: a text CSV has none,
 *  a binary file (a .xls, a photo, random bytes renamed .csv) is full of them. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let decoded: { text: string; encoding: 'utf-8' | 'gbk' };
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    decoded = { text: iconv.decode(Buffer.from(body), 'gbk'), encoding: 'gbk' };
  }
  // Without this, random bytes sometimes decode as "GBK text" and reach the header check,
  // which then blames missing columns instead of saying the file is not a spreadsheet.
  const bad = decoded.text.match(NOT_TEXT)?.length ?? 0;
  if (bad > Math.max(2, decoded.text.length / 200)) throw unreadable('binary content, not CSV text');
  return decoded;
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. Returns records with their first line number. */
export function parseCsv(text: string): TableRow[] {
  const out: TableRow[] = [];
  let field = '';
  let record: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    out.push({ rowNo: recordLine, cells: record });
    record = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw unreadable('unterminated quoted field');
  if (field !== '' || record.length > 0) endRecord();
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs cell value → the text the operator sees (dates as yyyy-mm-dd; Excel stores them as UTC midnight). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue); // formula: cached result
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  // an .xlsx is a zip: refuse anything else before exceljs sees it (its errors are not for people)
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw unreadable('not a zip container');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw unreadable(`xlsx: ${(e as Error).message}`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw unreadable('no worksheet');
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ rowNo, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

export type FileKind = 'xlsx' | 'csv';
export const fileKindOf = (fileName: string): FileKind | null => {
  const m = /\.(xlsx|csv)$/i.exec(fileName.trim());
  return m ? (m[1]!.toLowerCase() as FileKind) : null;
};

/** The first non-empty row is the header; fully blank rows are dropped (their numbers stay skipped). */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  const kind = fileKindOf(fileName);
  if (!kind) throw unreadable('unsupported file type');
  let raw: TableRow[];
  let encoding: Table['encoding'];
  if (kind === 'xlsx') raw = await readXlsx(bytes);
  else {
    if (bytes.includes(0)) throw unreadable('binary data in a CSV file');
    const decoded = decodeCsvBytes(bytes);
    encoding = decoded.encoding;
    raw = parseCsv(decoded.text);
  }
  const nonBlank = raw.map((r) => ({ rowNo: r.rowNo, cells: r.cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
  const [head, ...all] = nonBlank;
  if (!head) throw new DomainError('IMPORT_EMPTY', 'no header row');
  // the template's example row (first cell 【示例】…) shows how to fill it in; it is never imported
  const rows = all.filter((r) => !(r.cells.find((c) => c !== '') ?? '').startsWith(EXAMPLE_MARK));
  if (rows.length === 0) throw new DomainError('IMPORT_EMPTY', 'no data rows');
  if (rows.length > MAX_IMPORT_ROWS) throw new DomainError('IMPORT_TOO_MANY', 'too many rows', { max: MAX_IMPORT_ROWS });
  return { header: head.cells, rows, ...(encoding ? { encoding } : {}) };
}
