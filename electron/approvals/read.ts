// Reading requests (R-GOV-1): a request with its whole chain — each step's signature and whether
// it verifies against the request as it is now — and the summaries the lists show. What a step
// signature covers (stepContentHash) is the request's immutable content.
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { itemArchiveNo } from '../archive/contract/itemNumber';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { listSignatures } from '../people/signatures';
import type { ApprovalRequest, ChainEntry, ChainStep, Level, RequestAttachment, RequestStatus, RequestSummary, RequestTarget } from './contract/calls';
import { typeLabel } from './types';

export const STEP_RECORD_TYPE = 'approvalStep';
export const stepRecordId = (requestId: number, step: number) => `${requestId}.${step}`;
const DAY = 24 * 3600 * 1000;

export interface RequestDbRow {
  id: number;
  no: string;
  type: string;
  status: RequestStatus;
  scope: 'items' | 'archive' | 'customer';
  scope_archive_id: number | null;
  scope_customer_id: number | null;
  applicant_kind: 'staff' | 'outsider';
  applicant_user_id: number | null;
  applicant_name: string;
  applicant_unit: string;
  applicant_contact: string | null;
  id_doc_kind: 'introLetter' | 'workId' | null;
  id_doc_no: string | null;
  id_doc_issuer: string | null;
  purpose: string;
  reason: string;
  urgency: 'normal' | 'urgent';
  stamp_present: number;
  head_name: string | null;
  details_json: string;
  chain_json: string | null;
  highest_classification: Level;
  created_by: number;
  created_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  expires_at: string | null;
  decision_reason: string | null;
}

export const requestRow = (db: Db, id: number) => db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestDbRow | undefined;
const itemIdsOf = (db: Db, id: number) => db.prepare('SELECT item_id FROM request_items WHERE request_id = ? ORDER BY item_id').pluck().all(id) as number[];
export const chainOf = (r: RequestDbRow): ChainStep[] => (r.chain_json ? (JSON.parse(r.chain_json) as ChainStep[]) : []);

// ---- what a step signature covers ----
/** sha256 of the request's immutable content plus the step (index and key); null = no such step. */
export function stepContentHash(db: Db, recordId: string): string | null {
  const m = /^(\d+)\.(\d+)$/.exec(recordId);
  if (!m) return null;
  const r = requestRow(db, Number(m[1]));
  if (!r || r.status === 'draft') return null;
  const step = Number(m[2]);
  const chain = chainOf(r);
  if (step >= chain.length) return null;
  const attachments = db.prepare('SELECT id, kind, file_name, sha256 FROM request_attachments WHERE request_id = ? ORDER BY id').all(r.id);
  return sha256Hex(
    canonicalJson({
      id: r.id,
      no: r.no,
      type: r.type,
      scope: [r.scope, r.scope_archive_id, r.scope_customer_id],
      items: itemIdsOf(db, r.id),
      applicant: [r.applicant_kind, r.applicant_user_id, r.applicant_name, r.applicant_unit, r.applicant_contact, r.id_doc_kind, r.id_doc_no, r.id_doc_issuer],
      purpose: r.purpose,
      reason: r.reason,
      urgency: r.urgency,
      evidence: [r.stamp_present, r.head_name],
      attachments,
      details: JSON.parse(r.details_json) as unknown,
      chain: chain,
      highest: r.highest_classification,
      createdBy: r.created_by,
      createdAt: r.created_at,
      submittedAt: r.submitted_at,
      expiresAt: r.expires_at,
      step,
      stepKey: chain[step]!.key,
    }),
  );
}

// ---- reading ----
function targetsOf(db: Db, id: number): RequestTarget[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.title, i.classification, i.item_no, a.archive_no FROM request_items ri
         JOIN items i ON i.id = ri.item_id JOIN archives a ON a.id = i.archive_id
        WHERE ri.request_id = ? ORDER BY a.archive_no, i.item_no, i.id`,
    )
    .all(id) as { id: number; title: string; classification: Level; item_no: number | null; archive_no: string }[];
  return rows.map((t) => ({
    itemId: t.id,
    itemNo: t.item_no ? itemArchiveNo(t.archive_no, t.item_no) : t.archive_no,
    title: t.title,
    classification: t.classification,
  }));
}

function scopeName(db: Db, r: RequestDbRow): string | null {
  if (r.scope === 'archive')
    return (
      (db
        .prepare('SELECT a.archive_no || ' + "'（' || c.name || '）'" + ' FROM archives a JOIN customers c ON c.id = a.customer_id WHERE a.id = ?')
        .pluck()
        .get(r.scope_archive_id) as string) ?? null
    );
  if (r.scope === 'customer') return (db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(r.scope_customer_id) as string) ?? null;
  return null;
}

/** Which step waits: the first without an approving signature (submitted requests only). */
function chainState(db: Db, r: RequestDbRow): { chain: ChainEntry[]; current: number | null } {
  const steps = chainOf(r);
  let current: number | null = null;
  let open = r.status === 'submitted';
  const chain = steps.map((s, index): ChainEntry => {
    const sig = listSignatures(db, STEP_RECORD_TYPE, stepRecordId(r.id, index)).at(-1) ?? null;
    const signature = sig
      ? { id: sig.id, signerId: sig.signerId, signerName: sig.signerName, meaning: sig.meaning, at: sig.at, valid: sig.valid ?? false }
      : null;
    let state: ChainEntry['state'];
    if (sig?.meaning === 'approved') state = 'approved';
    else if (sig?.meaning === 'rejected') state = 'rejected';
    else if (open) {
      state = 'current';
      current = index;
      open = false;
    } else state = r.status === 'submitted' ? 'waiting' : 'closed';
    return { ...s, index, state, signature };
  });
  return { chain, current };
}

export function getRequest(db: Db, id: number): ApprovalRequest | null {
  const r = requestRow(db, id);
  if (!r) return null;
  const { chain, current } = chainState(db, r);
  const attachments = db
    .prepare('SELECT id, kind, file_name AS fileName, mime, size, sha256, added_at AS addedAt FROM request_attachments WHERE request_id = ? ORDER BY id')
    .all(id) as RequestAttachment[];
  const createdByName = (db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(r.created_by) as string | undefined) ?? '';
  return {
    id: r.id,
    no: r.no,
    type: r.type,
    typeLabel: typeLabel(r.type),
    status: r.status,
    scope: r.scope,
    scopeArchiveId: r.scope_archive_id,
    scopeCustomerId: r.scope_customer_id,
    scopeName: scopeName(db, r),
    itemIds: itemIdsOf(db, id),
    targets: targetsOf(db, id),
    applicant: {
      kind: r.applicant_kind,
      userId: r.applicant_user_id,
      name: r.applicant_name,
      unit: r.applicant_unit,
      contact: r.applicant_contact,
      idDocKind: r.id_doc_kind,
      idDocNo: r.id_doc_no,
      idDocIssuer: r.id_doc_issuer,
    },
    purpose: r.purpose,
    reason: r.reason,
    urgency: r.urgency,
    evidence: { stampPresent: r.stamp_present === 1, headName: r.head_name },
    details: JSON.parse(r.details_json) as Record<string, unknown>,
    chain,
    currentStep: current,
    highestClassification: r.highest_classification,
    createdBy: r.created_by,
    createdByName,
    createdAt: r.created_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    expiresAt: r.expires_at,
    decisionReason: r.decision_reason,
    attachments,
    verified: chain.every((s) => !s.signature || s.signature.valid),
  };
}

export function requireRequest(db: Db, id: number): ApprovalRequest {
  const r = getRequest(db, id);
  if (!r) throw new DomainError('NOT_FOUND', `request ${id} not found`);
  return r;
}

/**
 * For consumers: the request, approved, of this type, with every step signature verifying —
 * else DomainError('BAD_STATE'). Call it inside the transaction that acts on the approval.
 */
export function requireApproved(db: Db, requestId: number, type: string): ApprovalRequest {
  const r = getRequest(db, requestId);
  if (!r || r.type !== type) throw new DomainError('NOT_FOUND', `no ${type} request ${requestId}`);
  if (r.status !== 'approved') throw new DomainError('BAD_STATE', 'errors.REQUEST_STATE', { status: r.status });
  if (!r.verified || r.chain.some((s) => s.signature?.meaning !== 'approved'))
    throw new DomainError('TAMPERED', `request ${r.no}: a step signature does not verify`);
  return r;
}

/** Is this submitted request waiting too long (policy overdueDays; urgent: half, at least a day)? */
export function isOverdue(r: { status: RequestStatus; submittedAt: string | null; urgency: string }, overdueDays: number, now: Date): boolean {
  if (r.status !== 'submitted' || !r.submittedAt) return false;
  const days = r.urgency === 'urgent' ? Math.max(1, Math.floor(overdueDays / 2)) : overdueDays;
  return now.getTime() - new Date(r.submittedAt).getTime() >= days * DAY;
}

export function summaryOf(db: Db, r: RequestDbRow, overdueDays: number, now: Date): RequestSummary {
  const itemCount = db.prepare('SELECT count(*) FROM request_items WHERE request_id = ?').pluck().get(r.id) as number;
  let currentStep: RequestSummary['currentStep'] = null;
  if (r.status === 'submitted') {
    const { chain, current } = chainState(db, r);
    if (current !== null) currentStep = { index: current, key: chain[current]!.key, label: chain[current]!.label, anyOf: chain[current]!.anyOf };
  }
  const s = { status: r.status, submittedAt: r.submitted_at, urgency: r.urgency };
  return {
    id: r.id,
    no: r.no,
    type: r.type,
    typeLabel: typeLabel(r.type),
    status: r.status,
    applicantName: r.applicant_name,
    applicantUnit: r.applicant_unit,
    applicantKind: r.applicant_kind,
    purpose: r.purpose,
    urgency: r.urgency,
    highestClassification: r.highest_classification,
    itemCount,
    createdAt: r.created_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    expiresAt: r.expires_at,
    currentStep,
    overdue: isOverdue(s, overdueDays, now),
  };
}
