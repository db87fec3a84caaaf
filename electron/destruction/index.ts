// The destruction domain, main-process entry (R-SEC-6, R-LOAN-1 'destroyed'): the appraisal list
// of expired items, destruction batches through the approval engine (type 'destruction', XH-…)
// with a cooling-off period, execution with two witnesses signing at the machine, the items'
// content removed from the vault file; the register and the certificate.
import { defineDomain } from '../core/domain';
import { registerDestructionRequestType, EXECUTION_RECORD_TYPE } from './batches';
import { destructionContract } from './contract';
import { destructionEntityNames } from './auditNames';
import { seedDestructionDemo } from './demo';
import { executionRecordType } from './execution';
import { destructionHandlers } from './handlers';
import './policy';

registerDestructionRequestType();

export const destructionDomain = defineDomain({
  contract: destructionContract,
  handlers: destructionHandlers,
  recordTypes: { [EXECUTION_RECORD_TYPE]: executionRecordType },
  entityNames: destructionEntityNames,
  demo: seedDestructionDemo,
});

export { DEFAULT_COOLING_OFF_DAYS, DESTRUCTION_POLICY_KEYS } from './policy';
/** the dashboard's figures (R-ARCH-2) */
export { listAppraisals } from './appraisal';
