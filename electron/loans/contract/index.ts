// The loans domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { loanAuditActions } from './audit-actions';
import { loanCalls } from './calls';
import { loanMessages } from './messages';

export const loansContract = defineContractPart({
  name: 'loans',
  calls: loanCalls,
  messages: loanMessages,
  auditActions: loanAuditActions,
  entities: {
    loan: { zh: '借阅登记', en: 'Loan entry' },
    loanCalendar: { zh: '工作日历', en: 'Working-day calendar' },
  },
});
