// The access request (R-USE-2, R-USE-3): the operator records the paper form — the common request
// fields (applicant: staff member or outsider with introduction letter / work ID, targets,
// purpose, reason, evidence) plus the access details (window, print/download) — as an 'access'
// request of the approval engine (prefix CY). Its chain is the engine's policy: CS-department
// review, + the CS manager when a target is 机密/绝密 or an outsider asks for 秘密 and above. The
// final approving signature creates the grant in its own transaction (onApproved).
import { createRequest, registerRequestType, type ApprovalRequest } from '../approvals';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { accessDetailsSchema, type AccessDetails, type AccessRequest } from './contract/calls';
import { insertGrant } from './grants';
import { getAccessPolicy } from './policy';

export const ACCESS_REQUEST_TYPE = 'access';
const ID_DOC = { introLetter: '介绍信', workId: '工作证' } as const;

/** onApproved: the grant of an approved access request (same transaction as the final signature). */
export function grantFromRequest(w: Writer, clock: Clock, r: ApprovalRequest): number {
  const d = accessDetailsSchema.parse(r.details);
  const signer = [...r.chain].reverse().find((s) => s.signature)?.signature ?? null;
  const a = r.applicant;
  const idDoc = a.idDocKind ? `${ID_DOC[a.idDocKind]} ${a.idDocNo ?? ''}${a.idDocIssuer ? `（${a.idDocIssuer}）` : ''}`.trim() : null;
  return insertGrant(w, clock, signer ? { id: signer.signerId, name: signer.signerName } : null, {
    no: r.no,
    requestId: r.id,
    reader: { kind: a.kind, userId: a.kind === 'staff' ? a.userId : null, name: a.name, unit: a.unit, contact: a.contact, idDoc },
    purpose: r.purpose,
    itemIds: r.itemIds,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    allowPrint: d.allowPrint,
    allowDownload: d.allowDownload,
  });
}

export function registerAccessRequestType(): void {
  registerRequestType({
    type: ACCESS_REQUEST_TYPE,
    prefix: 'CY',
    label: { zh: '查阅申请', en: 'Access request' },
    details: accessDetailsSchema,
    onApproved: (w, clock, request) => void grantFromRequest(w, clock, request),
  });
}

/** The window asked for must still be ahead and within the policy's longest grant. */
function checkWindow(w: Writer, clock: Clock, d: AccessDetails): void {
  const now = clock.now();
  if (d.validUntil && Date.parse(d.validUntil) <= now.getTime()) throw new DomainError('BAD_INPUT', 'v.grantPast', { path: 'details.validUntil' });
  const { maxDays } = getAccessPolicy(w);
  const from = d.validFrom ? Date.parse(d.validFrom) : now.getTime();
  if (d.validUntil && Date.parse(d.validUntil) - from > maxDays * 86_400_000) {
    throw new DomainError('BAD_INPUT', 'v.grantTooLong', { path: 'details.validUntil', days: maxDays });
  }
}

/** access.request: validates the access details, then records the request through the engine (submitted at once unless a draft is asked for). */
export function requestAccess(vault: Vault, clock: Clock, actor: Actor, input: AccessRequest): ApprovalRequest {
  return vault.write((w) => {
    checkWindow(w, clock, input.details);
    const { details, submit, ...fields } = input;
    return createRequest(w, clock, actor, { ...fields, type: ACCESS_REQUEST_TYPE, details, submit });
  });
}
