// The approval engine, main-process entry (R-GOV-1): request types registered by the consumer
// domains, chains from policy, steps signed at the machine. Consumers (access, loans, copies,
// later reports, destruction, policy) use only what this file exports.
import { defineDomain } from '../core/domain';
import { approvalEntityNames } from './auditNames';
import { approvalsContract } from './contract';
import { seedApprovalsDemo } from './demo';
import { approvalHandlers } from './handlers';
import { approvalStepRecordType } from './sign';

export const approvalsDomain = defineDomain({
  contract: approvalsContract,
  handlers: approvalHandlers,
  recordTypes: { approvalStep: approvalStepRecordType },
  demo: seedApprovalsDemo,
  entityNames: approvalEntityNames,
});

export { registerRequestType, requestType, requestTypes, typeLabel, type RequestTypeSpec } from './types';
export { chainFor, DEFAULT_APPROVAL_POLICY, DEFAULT_CHAINS, getApprovalPolicy, POLICY_KEYS, stepApplies } from './policy';
export { getRequest, requireApproved, requireRequest } from './read';
export { createRequest, expireDue, submitInTx, submitRequest, withdrawRequest } from './requests';
export { signRequest } from './sign';
export { demoRequest, signDemoStep, type DemoRequestOptions } from './demo';
export type * from './contract/calls';
/** the dashboard's figures (R-ARCH-2) */
export { counts as approvalCounts } from './inbox';
