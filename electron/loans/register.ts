// The loan register as it is read (借阅登记簿, R-LOAN-3/4): each row with its returns, renewals
// and strike-off, the copies still out, the current due time and how many days it is overdue at
// the injected clock's now. Filters: open (not struck off), overdue (open and past due),
// returned (struck off).
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import { overdueDays } from './contract/calendar';
import type { LoanCounts, LoanDetail, LoanFacts, LoanFilter, LoanRenewalRow, LoanReturnRow, LoanRow } from './contract/calls';

interface LoanDbRow extends LoanFacts {
  /** the due time issued with */
  dueAt: string;
  currentDueAt: string;
  struckAt: string | null;
  struckByName: string | null;
}

const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

/** the current due time: the last renewal's, else the loan's own */
const CURRENT_DUE = sql`coalesce((SELECT rn.due_at FROM loan_renewals rn WHERE rn.loan_id = l.id ORDER BY rn.id DESC LIMIT 1), l.due_at)`;

const SELECT = sql`SELECT l.id, l.request_id, l.request_no, l.item_id, l.item_archive_no, l.item_title, l.classification, l.copies, l.pages,
                          l.borrower_kind, l.borrower_name, l.borrower_unit, l.borrower_contact, l.reason, l.approver, l.out_at, l.due_at,
                          l.signature_kind, l.issued_by_name, l.from_location,
                          ${CURRENT_DUE} AS current_due_at,
                          s.at AS struck_at, s.by_name AS struck_by_name
                     FROM loans l LEFT JOIN loan_strikes s ON s.loan_id = l.id`;

function toRow(r: Reader, l: LoanDbRow, now: Date): LoanRow {
  const returns = r.all<LoanReturnRow>(
    sql`SELECT id, copies, page_check, missing_pages, note, received_by_name, returned_at, location_label FROM loan_returns WHERE loan_id = ${l.id} ORDER BY id`,
  );
  const renewals = r.all<LoanRenewalRow>(
    sql`SELECT id, request_id, request_no, approver, prev_due_at, due_at, at, by_name FROM loan_renewals WHERE loan_id = ${l.id} ORDER BY id`,
  );
  const back = returns.reduce((n, x) => n + x.copies, 0);
  const struck = l.struckAt ? { at: l.struckAt, byName: l.struckByName ?? '' } : null;
  const { dueAt, currentDueAt, struckAt: _s, struckByName: _b, ...facts } = l;
  return {
    ...facts,
    originalDueAt: dueAt,
    dueAt: currentDueAt,
    returns,
    renewals,
    copiesOut: l.copies - back,
    struck,
    overdueDays: struck ? 0 : overdueDays(new Date(l.currentDueAt), now),
  };
}

export function filterSql(filter: LoanFilter, nowIso: string) {
  switch (filter) {
    case 'open':
      return sql` WHERE s.loan_id IS NULL`;
    case 'overdue':
      return sql` WHERE s.loan_id IS NULL AND ${CURRENT_DUE} < ${nowIso}`;
    case 'returned':
      return sql` WHERE s.loan_id IS NOT NULL`;
    default:
      return sql``;
  }
}

export function listLoans(db: Db | Reader, now: Date, q: { filter?: LoanFilter; itemId?: number; requestId?: number } = {}): LoanRow[] {
  const r = rd(db);
  const where = filterSql(q.filter ?? 'all', now.toISOString());
  const extra = [
    q.itemId !== undefined ? sql`l.item_id = ${q.itemId}` : null,
    q.requestId !== undefined ? sql`(l.request_id = ${q.requestId} OR l.id IN (SELECT loan_id FROM loan_renewals WHERE request_id = ${q.requestId}))` : null,
  ].filter((x) => x !== null);
  let cond = where;
  for (const e of extra) cond = cond.text ? sql`${cond} AND ${e}` : sql` WHERE ${e}`;
  return r.all<LoanDbRow>(sql`${SELECT}${cond} ORDER BY l.id`).map((l) => toRow(r, l, now));
}

export function getLoanRow(db: Db | Reader, id: number, now: Date): LoanRow {
  const r = rd(db);
  const l = r.get<LoanDbRow>(sql`${SELECT} WHERE l.id = ${id}`);
  if (!l) throw new DomainError('NOT_FOUND', `loan ${id} not found`);
  return toRow(r, l, now);
}

export function getLoan(db: Db | Reader, id: number, now: Date): LoanDetail {
  const row = getLoanRow(db, id, now);
  const png = rd(db).value<Buffer | null>(sql`SELECT signature_png FROM loans WHERE id = ${id}`);
  return { ...row, signatureDataUrl: png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : null };
}

export function loanCounts(db: Db | Reader, now: Date): LoanCounts {
  const r = rd(db);
  const nowIso = now.toISOString();
  const open = r.value<number>(sql`SELECT count(*) FROM loans l LEFT JOIN loan_strikes s ON s.loan_id = l.id${filterSql('open', nowIso)}`) ?? 0;
  const overdue = r.value<number>(sql`SELECT count(*) FROM loans l LEFT JOIN loan_strikes s ON s.loan_id = l.id${filterSql('overdue', nowIso)}`) ?? 0;
  return { open, overdue };
}
