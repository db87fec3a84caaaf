// Checking a printed page against the vault (print verification, issue 9): the code (or QR) names
// the recorded page; the register is built again by its own builder from the recorded parameters
// (at the recorded print time, so time-dependent wording such as "逾期 3 天" reads as it did);
// rows are matched by their stable keys. Read-only: a check writes nothing.
import { fieldHashes, pageCodeProblem, parseScan, registerSource, rowHash } from '../print/page-marks';
import type { RegisterSpec } from '../print/register';
import { sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import type { ChangedRow, PrintCheckResult, PrintedRowRef, RecentPrint } from './contract/calls';
import { keyOf, rowLabel, type PrintedRow } from './record';

interface PageRec {
  code: string;
  printId: number;
  pageNo: number;
  firstRow: number;
  rowsHash: string;
  rows: string;
}
interface PrintRec {
  id: number;
  registerCode: string;
  title: string;
  params: string;
  columns: string;
  auditHead: string;
  auditSeq: number;
  printedAt: string;
  printedByName: string;
  target: 'pdf' | 'printer';
  pages: number;
}

export function verifyPrintedPage(vault: Vault, input: string): PrintCheckResult {
  const scan = parseScan(input);
  if (!scan) return { verdict: 'invalid', code: '' };
  const { code } = scan;
  const problem = pageCodeProblem(code);
  if (problem === 'format') return { verdict: 'invalid', code };
  if (problem === 'checkDigit') return { verdict: 'tampered', code, reason: 'checkDigit' };

  return vault.read((r) => {
    const page = r.get<PageRec>(sql`SELECT code, print_id, page_no, first_row, rows_hash, rows FROM printed_pages WHERE code = ${code}`);
    if (!page) return { verdict: 'unknown' as const, code };
    const rec = r.get<PrintRec>(sql`SELECT * FROM printed_registers WHERE id = ${page.printId}`)!;
    const printedRows = JSON.parse(page.rows) as PrintedRow[];
    const print = {
      registerCode: rec.registerCode,
      title: rec.title,
      page: page.pageNo,
      pages: rec.pages,
      firstRow: page.firstRow,
      rowCount: printedRows.length,
      printedAt: rec.printedAt,
      printedByName: rec.printedByName,
      target: rec.target,
      auditHead: rec.auditHead,
      params: JSON.parse(rec.params) as unknown,
    };

    // The record must be the one the print wrote: its own 'print.register' entry names this code
    // (a page row slipped into the table afterwards has no such entry in the hash-chained trail).
    const entry = r.get<{ detailJson: string }>(sql`SELECT detail_json FROM audit_entry WHERE seq = ${rec.auditSeq} AND action = 'print.register'`);
    const detail = entry ? (JSON.parse(entry.detailJson) as { pageCodes?: unknown; pageRowsHashes?: unknown }) : {};
    const at = Array.isArray(detail.pageCodes) ? detail.pageCodes.indexOf(code) : -1;
    if (at < 0) return { verdict: 'tampered' as const, code, reason: 'noAuditEntry', print };
    const audited = Array.isArray(detail.pageRowsHashes) ? detail.pageRowsHashes[at] : undefined;
    if (typeof audited !== 'string' || !page.rowsHash.startsWith(audited)) return { verdict: 'tampered' as const, code, reason: 'recordAltered', print };

    // A scanned QR must say exactly what was printed under its code.
    if (scan.qr) {
      const q = scan.qr;
      const mismatch = [
        q.registerCode !== rec.registerCode ? 'register' : null,
        q.page !== page.pageNo || q.pages !== rec.pages ? 'page' : null,
        !page.rowsHash.startsWith(q.rowsHash) || q.rowsHash.length < 16 ? 'rowsHash' : null,
        !rec.auditHead.startsWith(q.auditHead) || q.auditHead.length < 16 ? 'auditHead' : null,
      ].filter((m): m is string => m !== null);
      if (mismatch.length) return { verdict: 'tampered' as const, code, reason: 'qrMismatch', mismatch, print };
    }

    const source = registerSource(rec.registerCode);
    if (!source) return { verdict: 'noRebuild' as const, code, reason: 'none', print };
    let now: RegisterSpec;
    try {
      now = source.rebuild(vault, print.params, { locale: 'zh-CN', printedBy: rec.printedByName, now: new Date(rec.printedAt) });
    } catch {
      return { verdict: 'noRebuild' as const, code, reason: 'failed', print };
    }
    const changes = compare(r, rec, page.pageNo, printedRows, now);
    const unchanged = changes.pageMatches && changes.added.length === 0 && changes.otherPagesChanged === 0;
    return { verdict: unchanged ? ('current' as const) : ('outdated' as const), code, print, changes };
  });
}

interface NowRow {
  h: string;
  f: string;
  s: boolean;
  l: string;
}

function compare(r: Reader, rec: PrintRec, pageNo: number, pageRows: PrintedRow[], now: RegisterSpec): NonNullable<PrintCheckResult['changes']> {
  const columns = JSON.parse(rec.columns) as { key: string; header: string }[];
  const keys = columns.map((c) => c.key);
  const struck = new Set(now.struckRows ?? []);
  const current = new Map<string, NowRow>();
  now.rows.forEach((row, i) => {
    const k = keyOf(rec.registerCode, row, i);
    current.set(k, { h: rowHash(row), f: fieldHashes(row, keys), s: struck.has(i), l: rowLabel(now, row, k) });
  });

  const diff = (p: PrintedRow): 'same' | 'removed' | 'struckOff' | ChangedRow => {
    const c = current.get(p.k);
    if (!c) return 'removed';
    if (!p.s && c.s) return 'struckOff';
    if (c.h === p.h && Boolean(p.s) === c.s) return 'same';
    const fields = keys.filter((_k, i) => c.f.slice(i * 8, i * 8 + 8) !== p.f.slice(i * 8, i * 8 + 8)).map((k) => columns.find((col) => col.key === k)!.header);
    return { key: p.k, label: p.l, fields };
  };

  const removed: PrintedRowRef[] = [];
  const struckOff: PrintedRowRef[] = [];
  const changed: ChangedRow[] = [];
  for (const p of pageRows) {
    const d = diff(p);
    if (d === 'removed') removed.push({ key: p.k, label: p.l });
    else if (d === 'struckOff') struckOff.push({ key: p.k, label: p.l });
    else if (d !== 'same') changed.push(d);
  }

  // the printout's other pages: rows on them, and whether they still read as printed
  const printed = new Set(pageRows.map((p) => p.k));
  let otherPagesChanged = 0;
  const others = r.all<{ rows: string }>(sql`SELECT rows FROM printed_pages WHERE print_id = ${rec.id} AND page_no <> ${pageNo}`);
  for (const o of others) {
    for (const p of JSON.parse(o.rows) as PrintedRow[]) {
      printed.add(p.k);
      if (diff(p) !== 'same') otherPagesChanged++;
    }
  }
  const own = registerSource(rec.registerCode)?.ownRowKey?.(rec.auditSeq);
  const added = [...current.entries()].filter(([k]) => !printed.has(k) && k !== own).map(([key, c]) => ({ key, label: c.l }));

  const head = r.get<{ seq: number }>(sql`SELECT seq FROM audit_entry WHERE hash = ${rec.auditHead}`);
  const last = r.get<{ seq: number }>(sql`SELECT COALESCE(MAX(seq), 0) AS seq FROM audit_entry`)!;
  // the printout's own entry is not a change since
  const auditEntriesSince = Math.max(0, last.seq - (head?.seq ?? 0) - 1);

  const pageMatches = removed.length === 0 && struckOff.length === 0 && changed.length === 0;
  return { pageMatches, added, struckOff, removed, changed, otherPagesChanged, auditEntriesSince };
}

/** The latest printouts, newest first, each with its page codes: where a check usually starts. */
export function recentPrints(vault: Vault, limit: number): RecentPrint[] {
  return vault.read((r) =>
    r
      .all<Omit<RecentPrint, 'codes'>>(
        sql`SELECT id, register_code, title, printed_at, printed_by_name, target, pages, row_count FROM printed_registers ORDER BY id DESC LIMIT ${limit}`,
      )
      .map((p) => ({ ...p, codes: r.all<{ code: string }>(sql`SELECT code FROM printed_pages WHERE print_id = ${p.id} ORDER BY page_no`).map((c) => c.code) })),
  );
}
