// The audit trail, main-process entry.
import { defineDomain } from '../core/domain';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import { auditContract } from './contract';
import { auditHandlers } from './handlers';
import { AUDIT_REGISTER_CODE, buildAuditRegister } from './registers/audit-register';

export const auditDomain = defineDomain({
  contract: auditContract,
  handlers: {
    ...auditHandlers,
    'audit.print': (i, cx) => printRegister(cx, buildAuditRegister(cx.vault, i.filter, registerMeta(cx)), i.target, { filter: i.filter }),
  },
});

// print verification: the audit register built again for its filter; an entry is its seq (the
// printout's own 'print.register' entry is not a change since)
registerRegisterSource(AUDIT_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildAuditRegister(vault, (p as { filter: Parameters<typeof buildAuditRegister>[1] }).filter, opts),
  rowKey: (row) => String(row.seq),
  ownRowKey: (seq) => String(seq),
});
