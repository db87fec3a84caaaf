// The access domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { accessAuditActions } from './audit-actions';
import { accessCalls } from './calls';
import { accessMessages } from './messages';

export const accessContract = defineContractPart({
  name: 'access',
  calls: accessCalls,
  messages: accessMessages,
  auditActions: accessAuditActions,
  entities: {
    accessGrant: { zh: '查阅授权', en: 'Access grant' },
    consultation: { zh: '查阅登记', en: 'Consultation' },
  },
});
