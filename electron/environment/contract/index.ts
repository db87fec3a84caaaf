// The environment domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { environmentAuditActions } from './audit-actions';
import { environmentCalls } from './calls';
import { environmentMessages } from './messages';

export const environmentContract = defineContractPart({
  name: 'environment',
  calls: environmentCalls,
  messages: environmentMessages,
  auditActions: environmentAuditActions,
  entities: { envReading: { zh: '环境读数', en: 'Environment reading' }, envDay: { zh: '环境日记录', en: 'Environment day' } },
});
