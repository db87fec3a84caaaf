// Print verification writes no audit entries of its own: a check reads the vault only (a check
// that wrote would itself make every printed audit register outdated). The printout's record is
// written in the print's own 'print.register' transaction (electron/print/print-register.ts).
import { defineAuditActions } from '../../contract/domain';

export const printcheckAuditActions = defineAuditActions({});
