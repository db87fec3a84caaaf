// Requests (R-GOV-1, R-USE-2, R-USE-3, R-LOAN-2): recorded (draft or straight to submitted),
// submitted with the chain computed from policy and frozen, withdrawn while pending, expired when
// pending too long. What approvers sign (contentHash) is the request's immutable content; a
// trigger refuses any change to it after submission, and a signature stops verifying if the row
// is altered anyway.
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/append';
import { workstationTimeZone } from '../contract/time';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { connectionOf, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { applicantProblems, type ApprovalRequest, type Level, type NewRequest, type RequestAttachment, type ScanInput } from './contract/calls';
import { requestRow, requireRequest, type RequestDbRow } from './read';
import { chainFor, getApprovalPolicy } from './policy';
import { requestType, typeLabel } from './types';

const DAY = 24 * 3600 * 1000;

// ---- writing ----
function expandTargets(db: Db, t: NewRequest['targets']): number[] {
  if (t.scope === 'items') {
    const ids = [...new Set(t.itemIds)].sort((a, b) => a - b);
    const found = db
      .prepare(`SELECT id FROM items WHERE id IN (${ids.map(() => '?').join(',')})`)
      .pluck()
      .all(...ids) as number[];
    if (found.length !== ids.length) throw new DomainError('NOT_FOUND', `items not found: ${ids.filter((i) => !found.includes(i)).join(', ')}`);
    return ids;
  }
  if (t.scope === 'archive') {
    if (!db.prepare('SELECT 1 FROM archives WHERE id = ?').get(t.archiveId)) throw new DomainError('NOT_FOUND', `archive ${t.archiveId} not found`);
    const ids = db.prepare(`SELECT id FROM items WHERE archive_id = ? AND custody_state <> 'destroyed' ORDER BY id`).pluck().all(t.archiveId) as number[];
    if (!ids.length) throw new DomainError('BAD_INPUT', 'v.targetsNone', { path: 'targets' });
    return ids;
  }
  if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(t.customerId)) throw new DomainError('NOT_FOUND', `customer ${t.customerId} not found`);
  const ids = db
    .prepare(`SELECT i.id FROM items i JOIN archives a ON a.id = i.archive_id WHERE a.customer_id = ? AND i.custody_state <> 'destroyed' ORDER BY i.id`)
    .pluck()
    .all(t.customerId) as number[];
  if (!ids.length) throw new DomainError('BAD_INPUT', 'v.targetsNone', { path: 'targets' });
  return ids;
}

function yearOf(d: Date): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: workstationTimeZone(), year: 'numeric' }).format(d);
}

function nextNumber(w: Writer, prefix: string, now: Date): string {
  const key = `${prefix}-${yearOf(now)}-`;
  const db = connectionOf(w);
  db.prepare('INSERT INTO request_counters(prefix, last) VALUES (?, 1) ON CONFLICT(prefix) DO UPDATE SET last = last + 1').run(key);
  const n = db.prepare('SELECT last FROM request_counters WHERE prefix = ?').pluck().get(key) as number;
  return `${key}${String(n).padStart(4, '0')}`;
}

const SCAN_MAGIC: [string, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
];
export function decodeScan(scan: ScanInput, path: string): { bytes: Buffer; mime: string; sha256: string } {
  const bytes = Buffer.from(scan.dataBase64, 'base64');
  const mime = SCAN_MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
  if (!mime || bytes.length === 0) throw new DomainError('BAD_INPUT', 'v.scanType', { path });
  return { bytes, mime, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function insertAttachment(
  w: Writer,
  clock: Clock,
  actor: Actor,
  requestId: number,
  scan: ScanInput,
  decoded: ReturnType<typeof decodeScan>,
): RequestAttachment {
  const addedAt = clock.now().toISOString();
  const r = connectionOf(w)
    .prepare('INSERT INTO request_attachments(request_id, kind, file_name, mime, size, sha256, data, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(requestId, scan.kind, scan.fileName, decoded.mime, decoded.bytes.length, decoded.sha256, decoded.bytes, addedAt, actor.id);
  const id = Number(r.lastInsertRowid);
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'approval.attach',
    entity: 'request',
    entityId: requestId,
    detail: { attachmentId: id, kind: scan.kind, fileName: scan.fileName, size: decoded.bytes.length, sha256: decoded.sha256 },
  });
  return { id, kind: scan.kind, fileName: scan.fileName, mime: decoded.mime, size: decoded.bytes.length, sha256: decoded.sha256, addedAt };
}

/**
 * Records a request inside the caller's transaction (a consumer's `<domain>.request` validates its
 * own details first), as a draft or — `submit: true` — submitted at once. Returns the request.
 */
export function createRequest(w: Writer, clock: Clock, actor: Actor, input: NewRequest): ApprovalRequest {
  const db = connectionOf(w);
  const spec = requestType(input.type);
  if (!spec) throw new DomainError('UNKNOWN_REQUEST_TYPE', `request type ${input.type} is not registered`);
  let details = input.details;
  if (spec.details) {
    const parsed = spec.details.safeParse(details);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError('BAD_INPUT', issue && /^v\./.test(issue.message) ? issue.message : 'v.detailsInvalid', {
        path: ['details', ...(issue?.path ?? [])].join('.'),
      });
    }
    details = parsed.data as Record<string, unknown>;
  }
  const a = input.applicant;
  if (a.userId != null && !db.prepare('SELECT 1 FROM users WHERE id = ?').get(a.userId)) throw new DomainError('NOT_FOUND', `user ${a.userId} not found`);
  // an outsider's papers are checked at submission (R-USE-3); a draft may still lack them
  if (input.submit) {
    const p = applicantProblems(a)[0];
    if (p) throw new DomainError('BAD_INPUT', p.message, { path: p.path });
  }
  const scans = input.attachments.map((s, i) => decodeScan(s, `attachments.${i}`));
  const itemIds = expandTargets(db, input.targets);
  const highest =
    (db
      .prepare(`SELECT max(classification) FROM items WHERE id IN (${itemIds.map(() => '?').join(',')})`)
      .pluck()
      .get(...itemIds) as Level) ?? 0;
  const now = clock.now();
  const no = nextNumber(w, spec.prefix, now);
  const t = input.targets;
  const r = db
    .prepare(
      `INSERT INTO requests(no, type, status, scope, scope_archive_id, scope_customer_id, applicant_kind, applicant_user_id, applicant_name,
         applicant_unit, applicant_contact, id_doc_kind, id_doc_no, id_doc_issuer, purpose, reason, urgency, stamp_present, head_name,
         details_json, highest_classification, created_by, created_at)
       VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      no,
      input.type,
      t.scope,
      t.scope === 'archive' ? t.archiveId : null,
      t.scope === 'customer' ? t.customerId : null,
      a.kind,
      a.userId ?? null,
      a.name,
      a.unit,
      a.contact,
      a.idDocKind ?? null,
      a.idDocNo,
      a.idDocIssuer,
      input.purpose,
      input.reason,
      input.urgency,
      input.evidence.stampPresent ? 1 : 0,
      input.evidence.headName,
      JSON.stringify(details),
      highest,
      actor.id,
      now.toISOString(),
    );
  const id = Number(r.lastInsertRowid);
  const ins = db.prepare('INSERT INTO request_items(request_id, item_id) VALUES (?, ?)');
  for (const itemId of itemIds) ins.run(id, itemId);
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'approval.create',
    entity: 'request',
    entityId: id,
    detail: {
      no,
      type: input.type,
      typeLabel: spec.label,
      scope: t.scope,
      applicantName: a.name,
      applicantUnit: a.unit,
      applicantKind: a.kind,
      itemCount: itemIds.length,
      highestClassification: highest,
    },
  });
  input.attachments.forEach((s, i) => insertAttachment(w, clock, actor, id, s, scans[i]!));
  if (input.submit) return submitInTx(w, clock, actor, id);
  return requireRequest(db, id);
}

/** Only whoever recorded the request, or the applicant themselves, submits or withdraws it. */
function requireOwner(r: RequestDbRow, actor: Actor): void {
  if (r.created_by !== actor.id && r.applicant_user_id !== actor.id) throw new DomainError('NOT_REQUEST_OWNER', 'not your request');
}

/** draft → submitted: the chain from policy, frozen; the expiry from policy. */
export function submitInTx(w: Writer, clock: Clock, actor: Actor, id: number): ApprovalRequest {
  const db = connectionOf(w);
  const r = requestRow(db, id);
  if (!r) throw new DomainError('NOT_FOUND', `request ${id} not found`);
  requireOwner(r, actor);
  if (r.status !== 'draft') throw new DomainError('REQUEST_STATE', 'errors.REQUEST_STATE', { status: r.status });
  const p = applicantProblems({
    kind: r.applicant_kind,
    name: r.applicant_name,
    unit: r.applicant_unit,
    contact: r.applicant_contact,
    idDocKind: r.id_doc_kind,
    idDocNo: r.id_doc_no,
    idDocIssuer: r.id_doc_issuer,
  })[0];
  if (p) throw new DomainError('BAD_INPUT', p.message, { path: p.path });
  const policy = getApprovalPolicy(db);
  const chain = chainFor(policy, r.type, r.highest_classification, r.applicant_kind);
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + policy.expireDays * DAY).toISOString();
  db.prepare(`UPDATE requests SET status = 'submitted', chain_json = ?, submitted_at = ?, expires_at = ? WHERE id = ?`).run(
    JSON.stringify(chain),
    now.toISOString(),
    expiresAt,
    id,
  );
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'approval.submit',
    entity: 'request',
    entityId: id,
    detail: { no: r.no, type: r.type, typeLabel: typeLabel(r.type), chain, expiresAt },
  });
  return requireRequest(db, id);
}

export const submitRequest = (vault: Vault, clock: Clock, actor: Actor, id: number) => {
  expireDue(vault, clock);
  return vault.tx((w) => submitInTx(w, clock, actor, id));
};

export function createRequestTx(vault: Vault, clock: Clock, actor: Actor, input: NewRequest): ApprovalRequest {
  return vault.tx((w) => createRequest(w, clock, actor, input));
}

export function addAttachment(vault: Vault, clock: Clock, actor: Actor, input: ScanInput & { requestId: number }): RequestAttachment {
  return vault.tx((w) => {
    const r = requestRow(vault.db, input.requestId);
    if (!r) throw new DomainError('NOT_FOUND', `request ${input.requestId} not found`);
    requireOwner(r, actor);
    // the scans are part of what approvers sign: they are added before submission only
    if (r.status !== 'draft') throw new DomainError('REQUEST_STATE', 'errors.REQUEST_STATE', { status: r.status });
    return insertAttachment(w, clock, actor, r.id, input, decodeScan(input, 'dataBase64'));
  });
}

export function withdrawRequest(vault: Vault, clock: Clock, actor: Actor, id: number, reason: string | null): ApprovalRequest {
  expireDue(vault, clock);
  return vault.tx((w) => {
    const r = requestRow(vault.db, id);
    if (!r) throw new DomainError('NOT_FOUND', `request ${id} not found`);
    requireOwner(r, actor);
    if (r.status !== 'draft' && r.status !== 'submitted') throw new DomainError('REQUEST_STATE', 'errors.REQUEST_STATE', { status: r.status });
    const now = clock.now().toISOString();
    vault.db.prepare(`UPDATE requests SET status = 'withdrawn', decided_at = ?, decision_reason = ? WHERE id = ?`).run(now, reason, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'approval.withdraw',
      entity: 'request',
      entityId: id,
      detail: { no: r.no, type: r.type, typeLabel: typeLabel(r.type), reason },
    });
    return requireRequest(vault.db, id);
  });
}

/** Pending requests past their expiry become 'expired', each with its audit entry (no actor: policy did it). */
export function expireDue(vault: Vault, clock: Clock): number {
  const now = clock.now().toISOString();
  const due = vault.db.prepare(`SELECT id FROM requests WHERE status = 'submitted' AND expires_at <= ? ORDER BY id`).pluck().all(now) as number[];
  if (!due.length) return 0;
  return vault.tx((w) => {
    let n = 0;
    for (const id of due) {
      const r = requestRow(vault.db, id)!;
      if (r.status !== 'submitted') continue;
      vault.db.prepare(`UPDATE requests SET status = 'expired', decided_at = ? WHERE id = ?`).run(now, id);
      appendAudit(w, clock, {
        actorId: null,
        actorName: null,
        action: 'approval.expire',
        entity: 'request',
        entityId: id,
        detail: { no: r.no, type: r.type, typeLabel: typeLabel(r.type), expiresAt: r.expires_at },
      });
      n++;
    }
    return n;
  });
}
