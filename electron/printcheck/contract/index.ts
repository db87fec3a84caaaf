// The print verification domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { printcheckAuditActions } from './audit-actions';
import { printcheckCalls } from './calls';
import { printcheckMessages } from './messages';

export const printcheckContract = defineContractPart({
  name: 'printcheck',
  calls: printcheckCalls,
  messages: printcheckMessages,
  auditActions: printcheckAuditActions,
});
