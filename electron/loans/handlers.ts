// Handlers for the loan calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import type { loanCalls } from './contract/calls';
import { issueLoan, renewLoan, returnLoan } from './issue';
import { duePreview } from './preview';
import { getCalendarYear, getLoanPolicy, setCalendarYear, setLoanPolicy } from './policy';
import { getLoan, listLoans, loanCounts } from './register';
import { LOAN_NOTICE_CODE, LOAN_REGISTER_CODE, buildLoanRegister, buildOverdueNotice } from './registers/loan-register';
import { requestLoan } from './request';

type LoanCallName = Extract<CallName, keyof typeof loanCalls>;

export const loanHandlers: { [N in LoanCallName]: Handler<N> } = {
  'loans.request': (input, cx) => requestLoan(cx.vault, cx.clock, cx.actor, input),
  'loans.issue': (input, cx) => issueLoan(cx.vault, cx.clock, cx.actor, input),
  'loans.return': (input, cx) => returnLoan(cx.vault, cx.clock, cx.actor, input),
  'loans.renew': (input, cx) => renewLoan(cx.vault, cx.clock, cx.actor, input),
  'loans.list': (input, cx) => listLoans(cx.db, cx.clock.now(), input),
  'loans.get': ({ id }, cx) => getLoan(cx.db, id, cx.clock.now()),
  'loans.counts': (_input, cx) => loanCounts(cx.db, cx.clock.now()),
  'loans.duePreview': (input, cx) => duePreview(cx.db, cx.clock, input),
  'loans.print': ({ filter, target }, cx) => printRegister(cx, buildLoanRegister(cx.vault, filter, registerMeta(cx)), target, { filter }),
  'loans.printNotice': ({ loanId, target }, cx) => printRegister(cx, buildOverdueNotice(cx.vault, loanId, registerMeta(cx)), target, { loanId }),
  'loans.policy': (_input, cx) => getLoanPolicy(cx.db),
  'loans.setPolicy': (input, cx) => setLoanPolicy(cx.vault, cx.clock, cx.actor, input),
  'loans.calendar': ({ year }, cx) => getCalendarYear(cx.db, year),
  'loans.setCalendarYear': (input, cx) => setCalendarYear(cx.vault, cx.clock, cx.actor, input),
};

// print verification: the register built again from what it was printed from
registerRegisterSource(LOAN_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildLoanRegister(vault, (p as { filter: Parameters<typeof buildLoanRegister>[1] }).filter, opts),
  rowKey: (row) => String(row.no),
});
// … and the 催还通知单 built again for the loan it was printed for; a row is a loan's register number
registerRegisterSource(LOAN_NOTICE_CODE, {
  rebuild: (vault, p, opts) => buildOverdueNotice(vault, (p as { loanId: number }).loanId, opts),
  rowKey: (row) => String(row.no),
});
