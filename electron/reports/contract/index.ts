// The reports domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { reportsAuditActions } from './audit-actions';
import { reportsCalls } from './calls';
import { reportsMessages } from './messages';

export const reportsContract = defineContractPart({
  name: 'reports',
  calls: reportsCalls,
  messages: reportsMessages,
  auditActions: reportsAuditActions,
  entities: { report: { zh: '统计报表', en: 'Statistical report' }, reportTemplate: { zh: '报表模板', en: 'Report template' } },
});
