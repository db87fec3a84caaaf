// The due time as the approver sees it (R-LOAN-3: "the due time is shown at approval"): when a
// loan issued now (or at `from`) would be due on the working-day calendar, the borrower's
// intended return taken into account, and which of the request's items are out right now.
import { DomainError } from '../contract/result';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql } from '../vault/sql';
import { getRequest } from '../approvals';
import type { DuePreview } from './contract/calls';
import { loanDetails, loanDueAt } from './issue';
import { getLoanPolicy } from './policy';

export function duePreview(db: Db, clock: Clock, input: { from?: string; requestId?: number }): DuePreview {
  const r = reader(db);
  const at = input.from ? new Date(input.from) : clock.now();
  let intended: string | null = null;
  let unavailable: number[] = [];
  if (input.requestId !== undefined) {
    const req = getRequest(db, input.requestId);
    if (!req || req.type !== 'loan') throw new DomainError('NOT_FOUND', `no loan request ${input.requestId}`);
    const d = loanDetails(req);
    intended = d.intendedReturn ?? null;
    if (!d.renewalOf) {
      const ids = d.items.map((i) => i.itemId);
      unavailable = r.values<number>(sql`SELECT id FROM items WHERE id IN ${ids} AND custody_state <> 'onShelf' ORDER BY id`);
    }
  }
  const policy = getLoanPolicy(r);
  return { dueAt: loanDueAt(r, at, intended).toISOString(), days: policy.days, mode: policy.mode, unavailable };
}
