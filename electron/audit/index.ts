// The audit trail, main-process entry.
import { defineDomain } from '../core/domain';
import { printRegister, registerMeta } from '../print/print-register';
import { auditContract } from './contract';
import { auditHandlers } from './handlers';
import { buildAuditRegister } from './registers/audit-register';

export const auditDomain = defineDomain({
  contract: auditContract,
  handlers: {
    ...auditHandlers,
    'audit.print': (i, cx) => printRegister(cx, buildAuditRegister(cx.vault, i.filter, registerMeta(cx)), i.target),
  },
});
