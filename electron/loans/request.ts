// The loan request (R-LOAN-2): the operator records the paper form — the common request fields
// (applicant, purpose, reason, stamp and head's signature as evidence) plus the loan's own
// details (items and copies, intended return, or the loan a renewal extends) — as a 'loan'
// request of the approval engine, submitted at once; its chain (information specialist, + CS
// manager for 机密/绝密) comes from the engine's policy. Refused, with nothing written: an item
// that is out or not on the shelf, more copies than the item has, an intended return beyond the
// loan period, a renewal asked for by anyone but the borrower (nobody lends on).
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
import { createRequest, registerRequestType, type ApprovalRequest } from '../approvals';
import { calendarDate, dueDate } from './contract/calendar';
import { loanDetailsSchema, type LoanDetails, type LoanRequest } from './contract/calls';
import { assertOnShelf, assertSameBorrower, lendableItem } from './issue';
import { getLoanPolicy, workCalendar } from './policy';
import { getLoanRow } from './register';

export const LOAN_REQUEST_TYPE = 'loan';

export function registerLoanRequestType(): void {
  registerRequestType({ type: LOAN_REQUEST_TYPE, prefix: 'JY', label: { zh: '借阅申请', en: 'Loan request' }, details: loanDetailsSchema });
}

export function requestLoan(vault: Vault, clock: Clock, actor: Actor, input: LoanRequest): ApprovalRequest {
  return vault.write((w) => {
    const now = clock.now();
    const today = calendarDate(now);
    if (input.intendedReturn) {
      if (input.intendedReturn < today) throw new DomainError('BAD_INPUT', 'v.returnBeforeToday', { path: 'intendedReturn' });
      const latest = dueDate(workCalendar(w, now), today, getLoanPolicy(w));
      if (input.intendedReturn > latest) throw new DomainError('BAD_INPUT', 'v.loanTooLong', { path: 'intendedReturn', due: latest });
    }
    if (input.renewalOf) {
      const loan = getLoanRow(w, input.renewalOf, now);
      if (loan.struck) throw new DomainError('LOAN_STRUCK', `loan ${loan.id} is struck off`);
      if (input.items.length !== 1 || input.items[0]!.itemId !== loan.itemId) throw new DomainError('NOT_RENEWAL', `a renewal names the loan's item`);
      assertSameBorrower(loan, input.applicant);
    } else {
      input.items.forEach((li, i) => {
        const it = lendableItem(w, li.itemId);
        assertOnShelf(it);
        if (li.copies > it.copies) throw new DomainError('BAD_INPUT', 'v.copiesExceed', { path: `items.${i}.copies` });
      });
    }
    const details: LoanDetails = { items: input.items, intendedReturn: input.intendedReturn ?? null, renewalOf: input.renewalOf ?? null };
    return createRequest(w, clock, actor, {
      type: LOAN_REQUEST_TYPE,
      applicant: input.applicant,
      targets: { scope: 'items', itemIds: input.items.map((i) => i.itemId) },
      purpose: input.purpose,
      reason: input.reason,
      urgency: input.urgency,
      evidence: input.evidence,
      attachments: input.attachments,
      details,
      submit: true,
    });
  });
}
