// Audit trail: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions, type DetailKit, type Pair } from '../../contract/domain';
import { arr, num, printTarget, str } from '../../contract/detail-words';

const CHECKS: Record<string, Pair> = {
  chain: { zh: '哈希链', en: 'hash chain' },
  signatures: { zh: '签名', en: 'signatures' },
  checkpoint: { zh: '检查点', en: 'checkpoint' },
  integrity: { zh: '数据库完整性', en: 'database integrity' },
  cipherIntegrity: { zh: '加密页完整性', en: 'cipher integrity' },
  rollback: { zh: '回滚检测', en: 'rollback detection' },
};
const check = (k: DetailKit, c: unknown) => (Object.hasOwn(CHECKS, str(c)) ? k.t(CHECKS[str(c)]!) : str(c));

export const auditAuditActions = defineAuditActions({
  'audit.verify': {
    zh: '审计校验',
    en: 'Audit verified',
    detail: (d, k) => {
      const n = num(d.entries) ?? 0;
      const cli = d.via === 'cli' ? k.t({ zh: '（命令行）', en: ' (command line)' }) : '';
      const failed = arr(d.failed).map((c) => check(k, c));
      return d.ok === true
        ? k.t({ zh: `校验审计链${cli}：全部检查通过，共 ${n} 条记录`, en: `Audit chain verified${cli}: all checks passed, ${n} entries` })
        : k.t({
            zh: `校验审计链${cli}：发现问题${failed.length ? `（${k.list(failed)}）` : ''}，共 ${n} 条记录`,
            en: `Audit chain verified${cli}: problems found${failed.length ? ` (${k.list(failed)})` : ''}, ${n} entries`,
          });
    },
  },
  'audit.checkpoint': {
    zh: '签署审计检查点',
    en: 'Audit checkpoint signed',
    detail: (_d, k) => k.t({ zh: '以本人签名密钥签署审计链头（检查点）', en: 'Head of the audit chain signed with own signing key (checkpoint)' }),
  },
  'print.register': {
    zh: '打印登记簿',
    en: 'Register printed',
    detail: (d, k) =>
      k.t({
        zh: `打印${k.name('register', d.register)}，共 ${num(d.rows) ?? 0} 条记录，${printTarget(k, d)}`,
        en: `Printed the ${k.name('register', d.register)}, ${num(d.rows) ?? 0} rows, ${printTarget(k, d)}`,
      }),
  },
});
