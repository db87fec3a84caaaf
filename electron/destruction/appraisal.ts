// 鉴定 (R-SEC-6): the items whose retention has expired — or whose extension has — and for each
// the latest decision: destroy / keep N more years (reason) / keep permanently. Decisions are
// rows of destruction_appraisals, append-only; the item's own retention fields never change.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { itemArchiveNo } from '../archive';
import type { AppraisalFilter, AppraisalRow, AppraiseInput, Hold } from './contract/calls';
import { addYears, roomDate } from './dates';
import { itemHolds } from './holds';

const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

interface CandidateDbRow {
  itemId: number;
  archiveNo: string;
  itemNo: number;
  title: string;
  docType: string;
  docDate: string | null;
  classification: number;
  retention: string;
  retentionUntil: string;
  custodyState: string;
  apId: number | null;
  decision: 'destroy' | 'extend' | 'permanent' | null;
  years: number | null;
  keepUntil: string | null;
  reason: string | null;
  at: string | null;
  byName: string | null;
}

// Expired = the retention end (or the extension's end) is before today. Permanent = never listed.
const CANDIDATES = (today: string, itemId: number | null) => sql`
  SELECT i.id AS item_id, a.archive_no, i.item_no, i.title, i.doc_type, i.doc_date, i.classification, i.retention, i.retention_until, i.custody_state,
         ap.id AS ap_id, ap.decision, ap.years, ap.keep_until, ap.reason, ap.at, ap.by_name
    FROM items i JOIN archives a ON a.id = i.archive_id
    LEFT JOIN destruction_appraisals ap ON ap.id = (SELECT max(x.id) FROM destruction_appraisals x WHERE x.item_id = i.id)
   WHERE i.retention_until IS NOT NULL AND i.retention_until < ${today} AND i.custody_state <> 'destroyed'
     AND (${itemId} IS NULL OR i.id = ${itemId})
     AND (ap.id IS NULL OR ap.decision = 'destroy' OR (ap.decision = 'extend' AND ap.keep_until < ${today}))
   ORDER BY i.retention_until, i.id`;

/** The live (not cancelled, not refused, not executed) batch an item is listed in. */
export function liveBatchNo(r: Reader, itemId: number): string | null {
  return (
    r.value<string>(sql`SELECT b.no FROM destruction_batch_items bi JOIN destruction_batches b ON b.id = bi.batch_id JOIN requests q ON q.id = b.request_id
                         WHERE bi.item_id = ${itemId} AND b.cancelled_at IS NULL AND b.executed_at IS NULL
                           AND q.status IN ('draft', 'submitted', 'approved')`) ?? null
  );
}

function toRow(r: Reader, x: CandidateDbRow, holds: Hold[]): AppraisalRow {
  const batchNo = x.decision === 'destroy' ? liveBatchNo(r, x.itemId) : null;
  return {
    itemId: x.itemId,
    archiveNo: itemArchiveNo(x.archiveNo, x.itemNo),
    title: x.title,
    docType: x.docType,
    docDate: x.docDate,
    classification: x.classification,
    retention: x.retention,
    retentionUntil: x.retentionUntil,
    custodyState: x.custodyState,
    status: x.decision === 'destroy' ? (batchNo ? 'inBatch' : 'toDestroy') : 'due',
    last:
      x.apId === null ? null : { id: x.apId, decision: x.decision!, years: x.years, keepUntil: x.keepUntil, reason: x.reason!, at: x.at!, byName: x.byName! },
    batchNo,
    holds,
  };
}

function rows(db: Db | Reader, now: Date, itemId: number | null): AppraisalRow[] {
  const r = rd(db);
  const found = r.all<CandidateDbRow>(CANDIDATES(roomDate(now), itemId));
  const holds = found.length
    ? itemHolds(
        r,
        found.map((x) => x.itemId),
      )
    : [];
  return found.map((x) =>
    toRow(
      r,
      x,
      holds.filter((h) => h.itemId === x.itemId).map(({ reason, ref }) => ({ reason, ref })),
    ),
  );
}

export function listAppraisals(db: Db, clock: Clock, input: { filter: AppraisalFilter }): AppraisalRow[] {
  const all = rows(db, clock.now(), null);
  if (input.filter === 'all') return all;
  return all.filter((x) => (input.filter === 'due' ? x.status === 'due' : x.status !== 'due'));
}

/** The item's line in the appraisal list now, or null when it is not in it. */
export function appraisalRow(db: Db | Reader, now: Date, itemId: number): AppraisalRow | null {
  return rows(db, now, itemId)[0] ?? null;
}

export function appraise(vault: Vault, clock: Clock, actor: Actor, input: AppraiseInput): AppraisalRow | null {
  return vault.write((w) => {
    const now = clock.now();
    if (!w.value(sql`SELECT 1 FROM items WHERE id = ${input.itemId}`)) throw new DomainError('NOT_FOUND', `item ${input.itemId} not found`);
    const row = appraisalRow(w, now, input.itemId);
    if (!row) throw new DomainError('DESTRUCTION_NOT_DUE', `item ${input.itemId} is not due for appraisal`);
    if (row.status === 'inBatch') throw new DomainError('DESTRUCTION_IN_BATCH', `item ${row.archiveNo} is listed in ${row.batchNo}`);
    const years = input.decision === 'extend' ? input.years! : null;
    const keepUntil = years === null ? null : addYears(roomDate(now), years);
    const { lastInsertRowid: id } = w.run(sql`INSERT INTO destruction_appraisals(item_id, decision, years, keep_until, reason, at, by_id, by_name)
      VALUES (${input.itemId}, ${input.decision}, ${years}, ${keepUntil}, ${input.reason}, ${now.toISOString()}, ${actor.id}, ${actor.name})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'destruction.appraise',
      entity: 'item',
      entityId: input.itemId,
      detail: { appraisalId: Number(id), itemArchiveNo: row.archiveNo, decision: input.decision, years, keepUntil, reason: input.reason },
    });
    return appraisalRow(w, now, input.itemId);
  });
}
