// The incidents domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { incidentAuditActions } from './audit-actions';
import { incidentCalls } from './calls';
import { incidentMessages } from './messages';

export const incidentsContract = defineContractPart({
  name: 'incidents',
  calls: incidentCalls,
  messages: incidentMessages,
  auditActions: incidentAuditActions,
  entities: { incident: { zh: '泄密事件', en: 'Leak incident' } },
});
