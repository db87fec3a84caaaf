// Readable wording of verification problems (zh-CN default, English option). Kept beside the
// verifier rather than in the shared contract messages: only the main process and the CLI
// produce these texts; the renderer shows them as they come in the report.
import type { MessageLocale } from '../contract/messages';
import type { VerifyCheck } from '../contract/types';

const zh: Record<string, string> = {
  'check.chain': '审计链（逐条重算哈希、前后链接、序号连续）',
  'check.signatures': '电子签名（逐条验证 Ed25519 签名）',
  'check.checkpoint': '签名检查点（签名有效且与审计链一致）',
  'check.integrity': '数据库结构（PRAGMA integrity_check）',
  'check.cipherIntegrity': '加密页完整性（逐页校验 HMAC-SHA512，等同 SQLCipher 的 cipher_integrity_check）',
  'check.rollback': '回滚检测（keys.json 中的检查点与档案库对照）',
  'chain.altered': '第 {{seq}} 条审计记录的内容被修改（哈希不符）',
  'chain.deleted': '第 {{from}} 至第 {{to}} 条审计记录缺失（已被删除）',
  'chain.deletedRenumbered': '第 {{seq}} 条审计记录原为第 {{orig}} 条：其前一条记录已被删除，后续记录被重新编号',
  'chain.reordered': '第 {{seq}} 条审计记录原为第 {{orig}} 条（记录顺序被调换）',
  'chain.brokenLink': '第 {{seq}} 条审计记录的前序哈希与上一条不符（链条断裂）',
  'chain.triggersMissing': '防篡改触发器缺失：{{names}}（审计记录可被修改或删除）',
  'chain.unreadable': '无法读取审计记录：{{error}}',
  more: '另有 {{n}} 处问题未列出',
  'sig.invalid': '签名 #{{id}}（{{signer}}，{{record}}）验证失败：{{reason}}',
  'sig.unreadable': '无法读取签名记录：{{error}}',
  'cp.badSignature': '检查点 #{{id}}（第 {{seq}} 条）的签名无效',
  'cp.missingEntry': '检查点 #{{id}} 指向第 {{seq}} 条，但审计链中没有这一条（记录被删除或档案库被回滚）',
  'cp.headMismatch': '检查点 #{{id}} 记录的第 {{seq}} 条哈希与审计链不符（记录被改动）',
  'cp.unreadable': '无法读取检查点：{{error}}',
  'integrity.problem': '数据库结构问题：{{msg}}',
  'integrity.error': '数据库结构检查无法完成：{{error}}',
  'cipher.badPages': '共 {{count}} 个加密页校验失败（页号：{{pages}}）——文件被改动或损坏',
  'cipher.truncated': 'vault.db 的长度不是整页，文件可能被截断',
  'cipher.noKey': '未提供数据密钥，无法逐页校验',
  'cipher.walPending': '预写日志（WAL）未能全部写回主文件，WAL 中的页未校验',
  'cipher.error': '逐页校验无法完成：{{error}}',
  'rollback.behind': '档案库已被回滚：keys.json 中的签名检查点为第 {{seq}} 条，而档案库中只有 {{head}} 条审计记录',
  'rollback.mismatch': 'keys.json 中签名检查点（第 {{seq}} 条）的哈希与档案库不符：档案库文件被替换或篡改',
  'rollback.badSignature': 'keys.json 中签名检查点的签名无效',
  'rollback.error': '回滚检测无法完成：{{error}}',
  'open.failed': '无法打开档案库文件（数据密钥正确）：{{error}}',
  'clock.backwards': '第 {{seq}} 条审计记录的时间（{{at}}）早于前一条（{{prev}}）：工作站时钟曾被回拨；审计链按序号排列，不受影响',
  'summary.ok': '全部检查通过',
  'summary.failed': '发现问题，档案库可能被篡改、回滚或损坏',
};

const en: Record<string, string> = {
  'check.chain': 'Audit chain (every hash recomputed, links, contiguous numbering)',
  'check.signatures': 'Signatures (every Ed25519 signature verified)',
  'check.checkpoint': 'Signed checkpoints (valid signature, matches the chain)',
  'check.integrity': 'Database structure (PRAGMA integrity_check)',
  'check.cipherIntegrity': "Encrypted pages (HMAC-SHA512 of every page, what SQLCipher's cipher_integrity_check does)",
  'check.rollback': 'Rollback (checkpoint in keys.json against the vault)',
  'chain.altered': 'Audit entry {{seq}} was altered (hash mismatch)',
  'chain.deleted': 'Audit entries {{from}} to {{to}} are missing (deleted)',
  'chain.deletedRenumbered': 'Audit entry {{seq}} was entry {{orig}}: the entry before it was deleted and later entries renumbered',
  'chain.reordered': 'Audit entry {{seq}} was entry {{orig}} (entries reordered)',
  'chain.brokenLink': 'Audit entry {{seq}} does not link to the entry before it (broken chain)',
  'chain.triggersMissing': 'Append-only triggers are missing: {{names}} (entries could be changed or deleted)',
  'chain.unreadable': 'Cannot read the audit trail: {{error}}',
  more: '{{n}} more problems not listed',
  'sig.invalid': 'Signature #{{id}} ({{signer}}, {{record}}) does not verify: {{reason}}',
  'sig.unreadable': 'Cannot read the signatures: {{error}}',
  'cp.badSignature': 'Checkpoint #{{id}} (entry {{seq}}) has an invalid signature',
  'cp.missingEntry': 'Checkpoint #{{id}} points at entry {{seq}}, which is not in the chain (deleted entries or a rolled-back vault)',
  'cp.headMismatch': 'Checkpoint #{{id}} does not match the hash of entry {{seq}} (entries changed)',
  'cp.unreadable': 'Cannot read the checkpoints: {{error}}',
  'integrity.problem': 'Database structure problem: {{msg}}',
  'integrity.error': 'The structure check could not finish: {{error}}',
  'cipher.badPages': '{{count}} encrypted pages fail their HMAC (pages {{pages}}): the file was changed or is damaged',
  'cipher.truncated': 'vault.db is not a whole number of pages; it may have been truncated',
  'cipher.noKey': 'No data key given: pages were not checked',
  'cipher.walPending': 'The write-ahead log could not be fully checkpointed; pages still in the WAL were not checked',
  'cipher.error': 'The page check could not finish: {{error}}',
  'rollback.behind': 'The vault was rolled back: keys.json holds a signed checkpoint at entry {{seq}} but the vault has only {{head}} entries',
  'rollback.mismatch': 'The signed checkpoint in keys.json (entry {{seq}}) does not match the vault: the vault file was replaced or changed',
  'rollback.badSignature': 'The signed checkpoint in keys.json has an invalid signature',
  'rollback.error': 'The rollback check could not finish: {{error}}',
  'open.failed': 'The vault file cannot be opened (the data key is right): {{error}}',
  'clock.backwards':
    'Audit entry {{seq}} is timed {{at}}, before the entry before it ({{prev}}): the workstation clock was set back; the chain is ordered by sequence number and is not affected',
  'summary.ok': 'All checks passed',
  'summary.failed': 'Problems found: the vault may have been tampered with, rolled back or damaged',
};

const tables: Record<MessageLocale, Record<string, string>> = { 'zh-CN': zh, en };

export function vt(locale: MessageLocale, key: string, data?: Record<string, unknown>): string {
  let s = tables[locale]?.[key] ?? zh[key] ?? key;
  if (data) for (const [k, v] of Object.entries(data)) s = s.replaceAll(`{{${k}}}`, String(v));
  return s;
}

export const checkLabel = (locale: MessageLocale, name: VerifyCheck['name']) => vt(locale, `check.${name}`);
