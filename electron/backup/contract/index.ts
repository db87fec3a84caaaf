// The backup domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { backupAuditActions } from './audit-actions';
import { backupCalls } from './calls';
import { backupMessages } from './messages';

export const backupContract = defineContractPart({
  name: 'backup',
  calls: backupCalls,
  messages: backupMessages,
  auditActions: backupAuditActions,
  entities: { backup: { zh: '备份', en: 'Backup' } },
});
export * from './calls';
