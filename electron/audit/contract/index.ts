// The audit domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart, defineMessages } from '../../contract/domain';
import { auditAuditActions } from './audit-actions';
import { auditCalls } from './calls';

export const auditContract = defineContractPart({
  name: 'audit',
  calls: auditCalls,
  // the foundation's messages are the core table (electron/contract/messages.ts)
  messages: defineMessages({}, {}),
  auditActions: auditAuditActions,
});
