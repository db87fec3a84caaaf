// Backup: the audit actions this domain writes (the copy itself is 'vault.backup', core/backup.ts).
import { defineAuditActions } from '../../contract/domain';

const s = (v: unknown) => (typeof v === 'string' ? v : '');

export const backupAuditActions = defineAuditActions({
  'backup.verified': {
    zh: '备份已校验',
    en: 'Backup verified',
    detail: (d, k) =>
      k.t({
        zh: `备份 ${s(d.file)} 已重新打开校验（SHA-256 ${s(d.sha256).slice(0, 16)}…）`,
        en: `Backup ${s(d.file)} re-opened and verified (SHA-256 ${s(d.sha256).slice(0, 16)}…)`,
      }),
  },
  'backup.failed': {
    zh: '备份失败',
    en: 'Backup failed',
    detail: (d, k) => k.t({ zh: `备份失败：${s(d.reason)}`, en: `Backup failed: ${s(d.reason)}` }),
  },
  'backup.drill': {
    zh: '校验备份文件（恢复演练）',
    en: 'Backup file checked (restore drill)',
    detail: (d, k) => k.t({ zh: `校验 ${s(d.file)}：${d.ok ? '通过' : '未通过'}`, en: `Checked ${s(d.file)}: ${d.ok ? 'passed' : 'failed'}` }),
  },
  'backup.restoreRefused': {
    zh: '拒绝恢复（回滚未经确认）',
    en: 'Restore refused (rollback not confirmed)',
    detail: (d, k) => k.t({ zh: `拒绝从 ${s(d.file)} 恢复：早于检查点`, en: `Restore from ${s(d.file)} refused: older than the checkpoint` }),
  },
  'backup.restore': {
    zh: '从备份恢复（替换档案库）',
    en: 'Restored from backup (vault replaced)',
    detail: (d, k) =>
      k.t({
        zh: `从 ${s(d.file)} 恢复${d.rolledBack ? '（回滚，经安全保密员签名确认）' : ''}`,
        en: `Restored from ${s(d.file)}${d.rolledBack ? ' (rollback confirmed by the security officer’s signature)' : ''}`,
      }),
  },
});
