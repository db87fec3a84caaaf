// Settings: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions } from '../../contract/domain';
import { changesInWords } from '../../contract/detail-words';

export const settingsAuditActions = defineAuditActions({
  'settings.update': {
    zh: '修改设置',
    en: 'Settings changed',
    detail: (d, k) => {
      const changes = changesInWords(k, d.before, d.after);
      return k.t({ zh: `修改系统设置：${changes || '无变化'}`, en: `Settings changed: ${changes || 'no change'}` });
    },
  },
});
