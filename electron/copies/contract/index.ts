// The copies domain's part of the contract (pure: the renderer bundles it): copy / excerpt
// (复制登记, R-SEC-3), carry-out / transmission (外出携带登记, R-SEC-4), external provision
// (对外提供登记, R-SEC-5).
import { defineContractPart } from '../../contract/domain';
import { copiesAuditActions } from './audit-actions';
import { copiesCalls } from './calls';
import { copiesMessages } from './messages';

export const copiesContract = defineContractPart({
  name: 'copies',
  calls: copiesCalls,
  messages: copiesMessages,
  auditActions: copiesAuditActions,
  entities: {
    copy: { zh: '复制件', en: 'Copy' },
    carryOut: { zh: '外出携带', en: 'Carry-out' },
    provision: { zh: '对外提供', en: 'External provision' },
  },
});
