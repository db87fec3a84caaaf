// The policy domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { policyAuditActions } from './audit-actions';
import { policyCalls } from './calls';
import { policyMessages } from './messages';

export const policyContract = defineContractPart({
  name: 'policy',
  calls: policyCalls,
  messages: policyMessages,
  auditActions: policyAuditActions,
  entities: { policy: { zh: '策略', en: 'Policy' } },
});
