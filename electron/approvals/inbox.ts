// Lists (R-GOV-1): all requests (filtered), the inbox — what waits for the signed-in user's
// roles, oldest first, overdue marked — and the counts behind the navigation badge.
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
import type { ApprovalCounts, RequestStatus, RequestSummary } from './contract/calls';
import { getApprovalPolicy } from './policy';
import { STEP_RECORD_TYPE, summaryOf, type RequestDbRow } from './read';
import { expireDue } from './requests';

export interface ListFilter {
  type?: string;
  status?: RequestStatus;
  mine?: boolean;
  limit: number;
}

export function listRequests(vault: Vault, clock: Clock, actor: Actor, f: ListFilter): RequestSummary[] {
  expireDue(vault, clock);
  const db = vault.db;
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.type) {
    where.push('type = ?');
    params.push(f.type);
  }
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.mine) {
    where.push('(created_by = ? OR applicant_user_id = ?)');
    params.push(actor.id, actor.id);
  }
  const rows = db
    .prepare(`SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`)
    .all(...params, f.limit) as RequestDbRow[];
  const { overdueDays } = getApprovalPolicy(db);
  const now = clock.now();
  return rows.map((r) => summaryOf(db, r, overdueDays, now));
}

/** Submitted requests whose waiting step the user may sign: a role of the step, not their own
 *  request, no earlier step signed by them. Oldest submission first. */
export function inbox(vault: Vault, clock: Clock, actor: Actor): RequestSummary[] {
  expireDue(vault, clock);
  const db = vault.db;
  const rows = db.prepare(`SELECT * FROM requests WHERE status = 'submitted' ORDER BY submitted_at, id`).all() as RequestDbRow[];
  const { overdueDays } = getApprovalPolicy(db);
  const now = clock.now();
  const signed = new Set(
    (db.prepare('SELECT record_id FROM signatures WHERE record_type = ? AND signer_id = ?').pluck().all(STEP_RECORD_TYPE, actor.id) as string[]).map((r) =>
      Number(r.split('.')[0]),
    ),
  );
  return rows
    .filter((r) => r.applicant_user_id !== actor.id && !signed.has(r.id))
    .map((r) => summaryOf(db, r, overdueDays, now))
    .filter((s) => s.currentStep && s.currentStep.anyOf.some((role) => actor.roles.includes(role)));
}

export function counts(vault: Vault, clock: Clock, actor: Actor): ApprovalCounts {
  const waiting = inbox(vault, clock, actor);
  const mine = vault.db
    .prepare(`SELECT count(*) FROM requests WHERE status IN ('draft', 'submitted') AND (created_by = ? OR applicant_user_id = ?)`)
    .pluck()
    .get(actor.id, actor.id) as number;
  return { inbox: waiting.length, overdue: waiting.filter((s) => s.overdue).length, mine };
}
