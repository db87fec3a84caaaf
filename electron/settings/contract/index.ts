// The settings domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart, defineMessages } from '../../contract/domain';
import { settingsAuditActions } from './audit-actions';
import { settingsCalls } from './calls';

export const settingsContract = defineContractPart({
  name: 'settings',
  calls: settingsCalls,
  // the foundation's messages are the core table (electron/contract/messages.ts)
  messages: defineMessages(
    { 'errors.POLICY_NEEDS_APPROVAL': '这是策略值：请在“策略”页面提出变更，经总经理批准后按生效日期施行' },
    { 'errors.POLICY_NEEDS_APPROVAL': 'This is a policy value: propose a change on the Policy page; it applies from its date once the GM approved it' },
  ),
  auditActions: settingsAuditActions,
  entities: { settings: { zh: '系统设置', en: 'Settings' } },
});
