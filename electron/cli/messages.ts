// Command-line wording (zh-CN default, `--lang en`). Errors reuse the shared contract messages.
import type { MessageLocale } from '../contract/messages';

const zh: Record<string, string> = {
  usage: `用法：npm run vault -- <命令> [选项]   （--lang en 切换为英文）
  init    --dir 目录 --admin 登录名 [--name 显示名] [--org 单位名称]   创建档案库与首位系统管理员，输出恢复码
  verify  --dir 目录 --user 登录名       校验审计链、签名、检查点、integrity_check、加密页完整性与回滚（审计员/安全保密员/总经理/系统管理员）
  backup  --dir 目录 --to 文件 --user 登录名   写入加密且已校验的备份（含密钥槽）（系统管理员/安全保密员）
  restore --from 文件 --dir 目录 [--user 登录名] [--force]   从备份恢复（无 --user 时输入恢复码；--force 覆盖已有档案库）
  demo    --dir 目录                     创建含中文示例数据的演示档案库并输出演示账户
  verify-print 核验码 --dir 目录 --user 登录名   核验打印件：该页与档案库当前记录是否一致，不一致时列出打印后的变化（一致时退出码 0）
密码：终端中隐藏输入；非终端时从标准输入逐行读取（每个提示一行）。`,
  'verifyPrint.code': '核验码',
  'ask.password': '{{login}} 的密码：',
  'ask.newPassword': '新密码（至少 10 位，含字母和数字）：',
  'ask.confirm': '再次输入密码：',
  'ask.recovery': '恢复码：',
  'err.missingArg': '缺少参数 {{arg}}',
  'err.unknownCommand': '未知命令：{{cmd}}',
  'err.noInput': '未读到输入，已取消',
  'err.role': '{{login}} 的角色无权执行此命令（需要：{{roles}}）',
  'init.done': '档案库已创建：{{dir}}\n系统管理员：{{login}}\n\n恢复码（只显示这一次，请抄写后封存保管）：\n  {{code}}\n',
  'verify.header': '档案库校验 {{dir}}（{{at}}）\n审计记录 {{entries}} 条，链头 {{head}}',
  'verify.recorded': '本次校验已记入档案库：{{id}}',
  'verify.notRecorded': '档案库无法打开，本次校验未能记入档案库',
  'backup.done': '备份完成：{{file}}（{{bytes}} 字节，审计记录 {{entries}} 条，链头 {{head}}）\n备份文件已加密，含密钥槽；恢复时需要密码或恢复码。',
  'restore.done': '已从 {{file}} 恢复到 {{dir}}（备份时间 {{at}}）',
  'demo.done': '演示档案库已创建：{{dir}}（{{org}}）\n以下为演示账户（仅供演示，切勿用于真实档案）：',
  'demo.recovery': '演示恢复码：{{code}}',
  ok: '通过',
  failed: '未通过',
};

const en: Record<string, string> = {
  usage: `Usage: npm run vault -- <command> [options]   (--lang zh-CN for Chinese)
  init    --dir D --admin LOGIN [--name NAME] [--org ORG]   create a vault and its first system administrator; prints the recovery code
  verify  --dir D --user LOGIN       check audit chain, signatures, checkpoints, integrity_check, encrypted pages and rollback (auditor/security officer/GM/system administrator)
  backup  --dir D --to FILE --user LOGIN   write an encrypted, verified backup with its key slots (system administrator/security officer)
  restore --from FILE --dir D [--user LOGIN] [--force]   restore a backup (recovery code when no --user; --force replaces an existing vault)
  demo    --dir D                    create a demo vault with Chinese sample data and print the demo sign-ins
  verify-print CODE --dir D --user LOGIN   check a printed page against the vault; lists what changed since (exit 0 only when it matches)
Passwords: hidden prompt on a terminal; otherwise one line of stdin per prompt.`,
  'verifyPrint.code': 'the check code',
  'ask.password': 'Password for {{login}}: ',
  'ask.newPassword': 'New password (10+ characters, letters and digits): ',
  'ask.confirm': 'Repeat the password: ',
  'ask.recovery': 'Recovery code: ',
  'err.missingArg': 'Missing {{arg}}',
  'err.unknownCommand': 'Unknown command: {{cmd}}',
  'err.noInput': 'No input; cancelled',
  'err.role': "{{login}}'s role may not run this command (needs: {{roles}})",
  'init.done': 'Vault created: {{dir}}\nSystem administrator: {{login}}\n\nRecovery code (shown only this once; write it down and seal it):\n  {{code}}\n',
  'verify.header': 'Vault verification {{dir}} ({{at}})\n{{entries}} audit entries, head {{head}}',
  'verify.recorded': 'This verification is recorded in the vault: {{id}}',
  'verify.notRecorded': 'The vault cannot be opened; this verification could not be recorded in it',
  'backup.done':
    'Backup written: {{file}} ({{bytes}} bytes, {{entries}} audit entries, head {{head}})\nThe file is encrypted and holds the key slots; restoring needs a password or the recovery code.',
  'restore.done': 'Restored {{file}} into {{dir}} (backup taken {{at}})',
  'demo.done': 'Demo vault created: {{dir}} ({{org}})\nDemo sign-ins (sample data only, never for real archives):',
  'demo.recovery': 'Demo recovery code: {{code}}',
  ok: 'ok',
  failed: 'FAILED',
};

const tables: Record<MessageLocale, Record<string, string>> = { 'zh-CN': zh, en };

export function ct(locale: MessageLocale, key: string, data?: Record<string, unknown>): string {
  let s = tables[locale][key] ?? zh[key] ?? key;
  if (data) for (const [k, v] of Object.entries(data)) s = s.replaceAll(`{{${k}}}`, String(v));
  return s;
}
