// The settings domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart, defineMessages } from '../../contract/domain';
import { settingsAuditActions } from './audit-actions';
import { settingsCalls } from './calls';

export const settingsContract = defineContractPart({
  name: 'settings',
  calls: settingsCalls,
  // the foundation's messages are the core table (electron/contract/messages.ts)
  messages: defineMessages({}, {}),
  auditActions: settingsAuditActions,
  entities: { settings: { zh: '系统设置', en: 'Settings' } },
});
