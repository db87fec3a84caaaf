// Dashboard: it changes nothing, so it writes no audit action of its own (a printout is audited by
// the register printer).
import { defineAuditActions } from '../../contract/domain';

export const dashboardAuditActions = defineAuditActions({});
