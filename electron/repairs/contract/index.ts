// The repairs domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { repairAuditActions } from './audit-actions';
import { repairCalls } from './calls';
import { repairMessages } from './messages';

export const repairsContract = defineContractPart({
  name: 'repairs',
  calls: repairCalls,
  messages: repairMessages,
  auditActions: repairAuditActions,
  entities: { repair: { zh: '修复任务', en: 'Repair task' } },
});
