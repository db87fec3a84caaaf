// The approval engine's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { approvalAuditActions } from './audit-actions';
import { approvalCalls } from './calls';
import { approvalMessages } from './messages';

export const approvalsContract = defineContractPart({
  name: 'approvals',
  calls: approvalCalls,
  messages: approvalMessages,
  auditActions: approvalAuditActions,
  entities: {
    request: { zh: '申请', en: 'Request' },
  },
});
export * from './calls';
