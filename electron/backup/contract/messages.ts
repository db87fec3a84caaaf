// Backup: error codes and field messages (zh-CN + en).
import { defineMessages } from '../../contract/domain';

export const backupMessages = defineMessages(
  {
    'errors.NO_MEDIA_PORT': '此环境不能选择备份介质',
    'errors.DISK_FULL': '磁盘已满：本次操作未保存（已回滚），档案库未受影响。请腾出磁盘空间后重试，并尽快备份',
    'errors.BACKUP_FAILED': '备份失败：{{reason}}。档案库未受影响，未生成备份文件',
    'errors.BACKUP_UNVERIFIED': '备份文件校验未通过：{{reason}}。不能作为备份',
    'errors.OTHER_VAULT': '该备份属于另一个档案库，不能恢复到本档案库',
    'errors.CHECK_EXPIRED': '请先重新校验该备份文件',
    'errors.KEYFILE_DAMAGED':
      '密钥文件 keys.json 缺失或已损坏（{{reason}}），不能打开档案库；不会重新初始化。恢复办法：用最近的备份恢复（npm run vault -- restore <备份文件> --force，凭口令或恢复码；备份内含 keys.json），再登录',
    'errors.ROLLBACK_NEEDS_SIGNATURE': '该备份早于密钥文件中的审计检查点（回滚）：须由安全保密员签名确认后方可恢复',
  },
  {
    'errors.NO_MEDIA_PORT': 'Backup media cannot be chosen here',
    'errors.DISK_FULL': 'The disk is full: this change was not saved (rolled back) and the vault is unharmed. Free disk space, try again, and back up soon',
    'errors.BACKUP_FAILED': 'Backup failed: {{reason}}. The vault is untouched; no backup file was written',
    'errors.BACKUP_UNVERIFIED': 'The backup file does not verify: {{reason}}. It is not a backup',
    'errors.OTHER_VAULT': 'This backup belongs to another vault and cannot be restored here',
    'errors.CHECK_EXPIRED': 'Check the backup file again first',
    'errors.KEYFILE_DAMAGED':
      'The key file keys.json is missing or damaged ({{reason}}); the vault cannot be opened and will not be re-initialised. To recover: restore from the latest backup (npm run vault -- restore <backup file> --force, with a password or the recovery code; the backup holds keys.json), then sign in',
    'errors.ROLLBACK_NEEDS_SIGNATURE':
      'This backup is older than the audit checkpoint in keys.json (a rollback): the security officer must confirm it with a signature',
  },
);
