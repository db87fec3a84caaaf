// Signing a step (R-GOV-1): the signer signs at the machine with their own name and password
// (people/signatures.ts, record type 'approvalStep'); the step's transition — next step, approved
// (and the request type's onApproved), or rejected — happens in the signature's own transaction.
// Nobody signs a step of their own request (SELF_APPROVAL, checked by signRecord), nobody signs
// two steps of one request (SAME_SIGNER_TWICE), the signer holds one of the step's roles.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { AppContext } from '../core/context';
import { requireSession } from '../people/sessionInfo';
import { signRecord, type SignableRecordType } from '../people/signatures';
import { getUser, rolesOf } from '../people/users';
import type { Clock } from '../vault/clock';
import type { ApprovalRequest, Decision } from './contract/calls';
import { chainOf, getRequest, requestRow, requireRequest, STEP_RECORD_TYPE, stepContentHash, stepRecordId } from './read';
import { expireDue } from './requests';
import { requestType, typeLabel } from './types';

export const approvalStepRecordType: SignableRecordType = {
  contentHash: stepContentHash,
  requesterId(db, recordId) {
    const id = Number(recordId.split('.')[0]);
    return (db.prepare('SELECT applicant_user_id FROM requests WHERE id = ?').pluck().get(id) as number | null | undefined) ?? null;
  },
  // the roles are the step's own (checked per step below)
};

export interface SignStepInput {
  requestId: number;
  meaning: Decision;
  reason: string | null;
  signerLogin: string;
  signerPassword: string;
}

export async function signRequest(ctx: AppContext, clock: Clock, input: SignStepInput): Promise<ApprovalRequest> {
  const { vault, session } = requireSession(ctx);
  const db = vault.db;
  expireDue(vault, clock);
  const before = getRequest(db, input.requestId);
  if (!before) throw new DomainError('NOT_FOUND', `request ${input.requestId} not found`);
  if (before.status === 'expired') throw new DomainError('REQUEST_EXPIRED', 'errors.REQUEST_EXPIRED');
  if (before.status !== 'submitted' || before.currentStep === null) throw new DomainError('REQUEST_STATE', 'errors.REQUEST_STATE', { status: before.status });
  if (input.meaning === 'rejected' && !input.reason) throw new DomainError('BAD_INPUT', 'v.rejectReason', { path: 'reason' });
  const stepIndex = before.currentStep;
  const id = before.id;

  await signRecord(
    ctx,
    {
      recordType: STEP_RECORD_TYPE,
      recordId: stepRecordId(id, stepIndex),
      meaning: input.meaning,
      signerLogin: input.signerLogin,
      signerPassword: input.signerPassword,
    },
    {
      within: (w, sig) => {
        // re-read inside the transaction: another signature may have landed meanwhile
        const r = requestRow(db, id)!;
        const other = db.prepare('SELECT 1 FROM signatures WHERE record_type = ? AND record_id = ? AND id <> ?').get(STEP_RECORD_TYPE, sig.recordId, sig.id);
        if (r.status !== 'submitted' || other) throw new DomainError('REQUEST_STATE', 'errors.REQUEST_STATE', { status: r.status });
        const step = chainOf(r)[stepIndex]!;
        const roles = rolesOf(getUser(db, sig.signerId));
        if (!step.anyOf.some((role) => roles.includes(role))) throw new DomainError('NOT_STEP_ROLE', 'errors.NOT_STEP_ROLE', { roles: step.anyOf });
        const twice = db
          .prepare(`SELECT 1 FROM signatures WHERE record_type = ? AND record_id LIKE ? AND record_id <> ? AND signer_id = ?`)
          .get(STEP_RECORD_TYPE, `${id}.%`, sig.recordId, sig.signerId);
        if (twice) throw new DomainError('SAME_SIGNER_TWICE', 'errors.SAME_SIGNER_TWICE');

        const at = clock.now().toISOString();
        const last = stepIndex === chainOf(r).length - 1;
        const detail = {
          no: r.no,
          type: r.type,
          typeLabel: typeLabel(r.type),
          step: stepIndex,
          stepKey: step.key,
          stepLabel: step.label,
          signatureId: sig.id,
          signerId: sig.signerId,
          signerName: sig.signerName,
          operatorId: session.userId,
        };
        const actor = { actorId: sig.signerId, actorName: sig.signerName, entity: 'request', entityId: id } as const;
        if (input.meaning === 'rejected') {
          db.prepare(`UPDATE requests SET status = 'rejected', decided_at = ?, decision_reason = ? WHERE id = ?`).run(at, input.reason, id);
          appendAudit(w, clock, { ...actor, action: 'approval.reject', detail: { ...detail, reason: input.reason } });
        } else if (last) {
          db.prepare(`UPDATE requests SET status = 'approved', decided_at = ? WHERE id = ?`).run(at, id);
          appendAudit(w, clock, { ...actor, action: 'approval.approve', detail });
          requestType(r.type)?.onApproved?.(w, clock, requireRequest(db, id));
        } else {
          appendAudit(w, clock, { ...actor, action: 'approval.step', detail });
        }
      },
    },
  );
  return requireRequest(db, id);
}
