// The inspections domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { inspectionAuditActions } from './audit-actions';
import { inspectionCalls } from './calls';
import { inspectionMessages } from './messages';

export const inspectionsContract = defineContractPart({
  name: 'inspections',
  calls: inspectionCalls,
  messages: inspectionMessages,
  auditActions: inspectionAuditActions,
  entities: {
    inspection: { zh: '检查记录', en: 'Inspection record' },
    inspectionPlan: { zh: '检查计划', en: 'Inspection plan' },
  },
});
