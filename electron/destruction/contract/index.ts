// The destruction domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { destructionAuditActions } from './audit-actions';
import { destructionCalls } from './calls';
import { destructionMessages } from './messages';

export const destructionContract = defineContractPart({
  name: 'destruction',
  calls: destructionCalls,
  messages: destructionMessages,
  auditActions: destructionAuditActions,
  entities: { destructionBatch: { zh: '销毁清册', en: 'Destruction batch' } },
});
