// The loans domain, main-process entry (R-LOAN-1..4): the loan request (a 'loan' request of the
// approval engine, prefix JY), issue / return / renewal on the loan register, overdue counts and
// notices, the loan period and the working-day calendar.
import { defineDomain } from '../core/domain';
import { loansContract } from './contract';
import { loanHandlers } from './handlers';
import { seedLoansDemo } from './demo';
import { loanEntityNames } from './auditNames';
import { registerLoanRequestType } from './request';

registerLoanRequestType();

export const loansDomain = defineDomain({
  contract: loansContract,
  handlers: loanHandlers,
  demo: seedLoansDemo,
  entityNames: loanEntityNames,
});
/** the dashboard's figures (R-ARCH-2) */
export { loanCounts } from './register';
