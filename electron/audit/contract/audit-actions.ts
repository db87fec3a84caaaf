// Audit trail: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions } from '../../contract/domain';

export const auditAuditActions = defineAuditActions({
  'audit.verify': { zh: '审计校验', en: 'Audit verified' },
  'audit.checkpoint': { zh: '签署审计检查点', en: 'Audit checkpoint signed' },
  'print.register': { zh: '打印登记簿', en: 'Register printed' },
});
