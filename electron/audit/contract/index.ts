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
  entities: {
    audit: { zh: '审计记录', en: 'Audit trail' },
    auditVerification: { zh: '审计校验报告', en: 'Audit verification' },
    register: { zh: '登记簿', en: 'Register' },
  },
});
