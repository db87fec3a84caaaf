// Settings: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions } from '../../contract/domain';

export const settingsAuditActions = defineAuditActions({
  'settings.update': { zh: '修改设置', en: 'Settings changed' },
});
