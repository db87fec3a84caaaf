// 销毁清册 (R-SEC-6): a batch lists items appraised 'destroy' (each on the shelf, not on hold, not
// in another live batch) and is submitted at once as an approval request of type 'destruction'
// (XH-…, chain from policy: CS manager then GM). The final approval starts the cooling-off period
// (policy days, frozen on the batch), during which the batch can be cancelled; then the
// execution is recorded (execution.ts). The batch and its items' index lines stay forever.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { createRequest, registerRequestType, requireRequest, type ApprovalRequest } from '../approvals';
import { listSignatures, verifySignatureRow } from '../people/signatures';
import { appraisalRow } from './appraisal';
import type { BatchCreateInput, BatchDetail, BatchItemRow, BatchRow, BatchState, DestructionMethod, Hold } from './contract/calls';
import { itemHolds } from './holds';
import { coolingOffDays } from './policy';

export const DESTRUCTION_REQUEST_TYPE = 'destruction';
export const EXECUTION_RECORD_TYPE = 'destructionExecution';
const DAY = 86_400_000;
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);
/** items that can go: on the shelf (or never shelved) — not on loan, in repair, or already destroyed */
export const DESTROYABLE_CUSTODY = ['onShelf', 'intake'];

interface BatchDbRow {
  id: number;
  no: string;
  requestId: number;
  requestStatus: string;
  reason: string;
  createdAt: string;
  createdBy: number;
  createdByName: string;
  approvedAt: string | null;
  coolingOffDays: number | null;
  cancelledAt: string | null;
  cancelledByName: string | null;
  cancelReason: string | null;
  method: DestructionMethod | null;
  place: string | null;
  recordedAt: string | null;
  executorId: number | null;
  executorName: string | null;
  executedAt: string | null;
  itemCount: number;
}
const SELECT = sql`SELECT b.id, b.no, b.request_id, q.status AS request_status, b.reason, b.created_at, b.created_by, b.created_by_name, b.approved_at,
                          b.cooling_off_days, b.cancelled_at, b.cancelled_by_name, b.cancel_reason, b.method, b.place, b.recorded_at, b.executor_id,
                          b.executor_name, b.executed_at,
                          (SELECT count(*) FROM destruction_batch_items bi WHERE bi.batch_id = b.id) AS item_count
                     FROM destruction_batches b JOIN requests q ON q.id = b.request_id`;

export function coolingOffEnds(b: Pick<BatchDbRow, 'approvedAt' | 'coolingOffDays'>): string | null {
  return b.approvedAt ? new Date(new Date(b.approvedAt).getTime() + (b.coolingOffDays ?? 0) * DAY).toISOString() : null;
}

function stateOf(b: BatchDbRow, now: Date): BatchState {
  if (b.cancelledAt) return 'cancelled';
  if (b.executedAt) return 'executed';
  if (b.recordedAt) return 'witnessing';
  if (b.approvedAt) return now.getTime() < new Date(coolingOffEnds(b)!).getTime() ? 'coolingOff' : 'ready';
  return b.requestStatus === 'draft' || b.requestStatus === 'submitted' ? 'pending' : 'refused';
}

function toRow(db: Db, b: BatchDbRow, now: Date): BatchRow {
  const { createdBy: _c, coolingOffDays: _d, ...rest } = b;
  const witnesses = rd(db)
    .all<{ userId: number; name: string; at: string; signatureId: number }>(
      sql`SELECT user_id, name, at, signature_id FROM destruction_witnesses WHERE batch_id = ${b.id} ORDER BY id`,
    )
    .map((w) => {
      const sig = listSignatures(db, EXECUTION_RECORD_TYPE, String(b.id)).find((s) => s.id === w.signatureId);
      return { userId: w.userId, name: w.name, at: w.at, valid: !!sig && verifySignatureRow(db, sig) };
    });
  return { ...rest, state: stateOf(b, now), coolingOffEnds: coolingOffEnds(b), witnesses };
}

export function batchDb(r: Reader, id: number): BatchDbRow {
  const b = r.get<BatchDbRow>(sql`${SELECT} WHERE b.id = ${id}`);
  if (!b) throw new DomainError('NOT_FOUND', `destruction batch ${id} not found`);
  return b;
}

/** Who signed the batch's approval steps: none of them may witness. */
export function approversOf(db: Db, requestId: number): BatchDetail['approvers'] {
  const req = requireRequest(db, requestId);
  return req.chain.flatMap((c) =>
    c.signature && c.signature.meaning === 'approved'
      ? [{ userId: c.signature.signerId, name: c.signature.signerName, step: c.label.zh, at: c.signature.at }]
      : [],
  );
}

export function batchItems(db: Db, batchId: number): BatchItemRow[] {
  const r = rd(db);
  const items = r.all<Omit<BatchItemRow, 'appraisal' | 'holds'> & { apReason: string; apAt: string; apByName: string }>(
    sql`SELECT bi.item_id, bi.archive_no, bi.title, bi.doc_type, bi.doc_date, bi.classification, bi.retention, bi.retention_until, bi.pages, bi.carrier,
               i.custody_state, ap.reason AS ap_reason, ap.at AS ap_at, ap.by_name AS ap_by_name
          FROM destruction_batch_items bi JOIN items i ON i.id = bi.item_id JOIN destruction_appraisals ap ON ap.id = bi.appraisal_id
         WHERE bi.batch_id = ${batchId} ORDER BY bi.archive_no`,
  );
  const holds = items.length
    ? itemHolds(
        r,
        items.map((i) => i.itemId),
      )
    : [];
  return items.map(({ apReason, apAt, apByName, ...i }) => ({
    ...i,
    appraisal: { reason: apReason, at: apAt, byName: apByName },
    holds: holds.filter((h) => h.itemId === i.itemId).map(({ reason, ref }): Hold => ({ reason, ref })),
  }));
}

export function getBatch(db: Db, id: number, now: Date): BatchDetail {
  const b = batchDb(rd(db), id);
  const req = requireRequest(db, b.requestId);
  const waiting = req.status === 'submitted' && req.currentStep !== null ? (req.chain[req.currentStep]?.label ?? null) : null;
  return { ...toRow(db, b, now), items: batchItems(db, id), approvers: approversOf(db, b.requestId), waitingStep: waiting };
}

export function listBatches(db: Db, clock: Clock): BatchRow[] {
  const now = clock.now();
  return rd(db)
    .all<BatchDbRow>(sql`${SELECT} ORDER BY b.id DESC`)
    .map((b) => toRow(db, b, now));
}

/** The first hold among these items, as a refusal naming the item. */
export function refuseHeld(r: Reader, items: { itemId: number; archiveNo: string }[]): void {
  const held = itemHolds(
    r,
    items.map((i) => i.itemId),
  )[0];
  if (held) {
    const no = items.find((i) => i.itemId === held.itemId)?.archiveNo ?? String(held.itemId);
    throw new DomainError('DESTRUCTION_ON_HOLD', `item ${no} is on hold: ${held.reason}`, { itemArchiveNo: no, hold: held.ref });
  }
}

export function createBatch(vault: Vault, clock: Clock, actor: Actor, input: BatchCreateInput): BatchDetail {
  return vault.write((w) => {
    const now = clock.now();
    const listed = input.itemIds.map((itemId) => {
      if (!w.value(sql`SELECT 1 FROM items WHERE id = ${itemId}`)) throw new DomainError('NOT_FOUND', `item ${itemId} not found`);
      const row = appraisalRow(w, now, itemId);
      if (!row) throw new DomainError('DESTRUCTION_NOT_DUE', `item ${itemId} is not due`);
      if (row.status === 'due') throw new DomainError('DESTRUCTION_NOT_APPRAISED', `item ${row.archiveNo} was not appraised 'destroy'`);
      if (row.status === 'inBatch') throw new DomainError('DESTRUCTION_IN_BATCH', `item ${row.archiveNo} is listed in ${row.batchNo}`);
      if (!DESTROYABLE_CUSTODY.includes(row.custodyState)) throw new DomainError('DESTRUCTION_NOT_ON_SHELF', `item ${row.archiveNo} is ${row.custodyState}`);
      return row;
    });
    refuseHeld(w, listed);
    const req = createRequest(w, clock, actor, {
      type: DESTRUCTION_REQUEST_TYPE,
      applicant: { kind: 'staff', userId: actor.id, name: actor.name, unit: '档案鉴定小组', contact: null, idDocKind: null, idDocNo: null, idDocIssuer: null },
      targets: { scope: 'items', itemIds: input.itemIds },
      purpose: '保管期满档案销毁',
      reason: input.reason,
      urgency: 'normal',
      evidence: { stampPresent: false, headName: null },
      attachments: [],
      details: {},
      submit: true,
    });
    const { lastInsertRowid } = w.run(sql`INSERT INTO destruction_batches(no, request_id, reason, created_at, created_by, created_by_name)
      VALUES (${req.no}, ${req.id}, ${input.reason}, ${now.toISOString()}, ${actor.id}, ${actor.name})`);
    const batchId = Number(lastInsertRowid);
    for (const row of listed) {
      w.run(sql`INSERT INTO destruction_batch_items(batch_id, item_id, archive_no, title, doc_type, doc_date, classification, retention, retention_until, pages, carrier, appraisal_id)
        SELECT ${batchId}, i.id, ${row.archiveNo}, i.title, i.doc_type, i.doc_date, i.classification, i.retention, i.retention_until, i.pages, i.carrier, ${row.last!.id}
          FROM items i WHERE i.id = ${row.itemId}`);
    }
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'destruction.create',
      entity: 'destructionBatch',
      entityId: batchId,
      detail: { no: req.no, requestId: req.id, itemCount: listed.length, itemArchiveNos: listed.map((r) => r.archiveNo) },
    });
    return getBatch(vault.db, batchId, now);
  });
}

/** The final approval (inside its signature's transaction): the cooling-off period begins. */
function onBatchApproved(w: Writer, clock: Clock, request: ApprovalRequest): void {
  const b = w.get<{ id: number; no: string; cancelledAt: string | null }>(
    sql`SELECT id, no, cancelled_at FROM destruction_batches WHERE request_id = ${request.id}`,
  );
  if (!b) return;
  // a batch cancelled while its request waited is not approved afterwards (the request then expires)
  if (b.cancelledAt) throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} was cancelled`);
  const days = coolingOffDays(w);
  const at = request.decidedAt ?? clock.now().toISOString();
  w.run(sql`UPDATE destruction_batches SET approved_at = ${at}, cooling_off_days = ${days} WHERE id = ${b.id}`);
  const last = [...request.chain].reverse().find((c) => c.signature)?.signature;
  appendAudit(w, clock, {
    actorId: last?.signerId ?? request.createdBy,
    actorName: last?.signerName ?? request.createdByName,
    action: 'destruction.approved',
    entity: 'destructionBatch',
    entityId: b.id,
    detail: { no: b.no, coolingOffDays: days, coolingOffEnds: coolingOffEnds({ approvedAt: at, coolingOffDays: days }) },
  });
}

export function registerDestructionRequestType(): void {
  registerRequestType({
    type: DESTRUCTION_REQUEST_TYPE,
    prefix: 'XH',
    label: { zh: '档案销毁申请', en: 'Destruction request' },
    onApproved: onBatchApproved,
  });
}

export function cancelBatch(vault: Vault, clock: Clock, actor: Actor, input: { batchId: number; reason: string }): BatchDetail {
  return vault.write((w) => {
    const now = clock.now();
    const b = batchDb(w, input.batchId);
    const state = stateOf(b, now);
    // cancellable until the execution is recorded: while pending, during the cooling-off, and when ready
    if (!['pending', 'coolingOff', 'ready'].includes(state)) throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} is ${state}`);
    w.run(sql`UPDATE destruction_batches SET cancelled_at = ${now.toISOString()}, cancelled_by = ${actor.id}, cancelled_by_name = ${actor.name},
                     cancel_reason = ${input.reason} WHERE id = ${b.id}`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'destruction.cancel',
      entity: 'destructionBatch',
      entityId: b.id,
      detail: { no: b.no, reason: input.reason, state },
    });
    return getBatch(vault.db, b.id, now);
  });
}

export { stateOf };
