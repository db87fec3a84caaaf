// Archive: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions } from '../../contract/domain';

export const archiveAuditActions = defineAuditActions({
  'archive.policy.update': { zh: '修改档案策略', en: 'Archive policy changed' },
  'print.labels': { zh: '打印档案标签', en: 'Labels printed' },
  'archive.import': { zh: '批量导入', en: 'Spreadsheet import' },
  'archive.export': { zh: '导出档案索引', en: 'Index exported' },
});
