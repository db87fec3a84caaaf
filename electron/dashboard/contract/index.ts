// The dashboard domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { dashboardAuditActions } from './audit-actions';
import { dashboardCalls } from './calls';
import { dashboardMessages } from './messages';

export const dashboardContract = defineContractPart({
  name: 'dashboard',
  calls: dashboardCalls,
  messages: dashboardMessages,
  auditActions: dashboardAuditActions,
});
