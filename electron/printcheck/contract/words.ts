// The verdict of a print check in words, zh-CN and English: the CLI prints these lines and the
// 核验打印件 screen shows the same headline (pure: the renderer bundles it).
import type { PrintCheckResult, PrintCheckVerdict } from './calls';

type Loc = 'zh-CN' | 'en';

/** ABCD-EFGH-JKM, as printed (the same split as electron/print/page-marks.ts; pure here for the renderer). */
export const formatPageCode = (code: string): string => (code.length === 11 ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : code);

export const VERDICT_WORDS: Record<PrintCheckVerdict, { zh: string; en: string }> = {
  current: { zh: '一致：本页与档案库当前记录一致', en: 'Matches: this page agrees with the vault as it is now' },
  outdated: { zh: '已过期：打印后档案库已有变化', en: 'Outdated: the vault has changed since this page was printed' },
  tampered: { zh: '疑似伪造或篡改：核验码或二维码与打印记录不符', en: 'Tampered: the code or QR does not match any printed page' },
  unknown: { zh: '未找到：本档案库从未打印过此核验码', en: 'Unknown: this vault never printed this code' },
  noRebuild: { zh: '打印记录属实，但该登记簿不支持重新生成比对', en: 'A genuine printed page, but this register cannot be built again for comparison' },
  invalid: { zh: '不是打印件核验码', en: 'Not a page check code' },
};

const REASONS: Record<string, { zh: string; en: string }> = {
  checkDigit: { zh: '核验码校验位不符（抄错或被改动）', en: 'the check symbol does not hold (mistyped or altered)' },
  qrMismatch: { zh: '二维码内容与该核验码的打印记录不符', en: "the QR's content differs from what was printed under this code" },
  recordAltered: { zh: '该页的打印记录与审计链中的记录不符（已被改动）', en: "this page's record differs from the audit trail's (altered)" },
  noAuditEntry: {
    zh: '审计链中没有打印该页的记录（打印记录系事后添加）',
    en: 'the audit trail has no print entry naming this page (the record was added afterwards)',
  },
  none: { zh: '该登记簿没有登记重新生成方法', en: 'no way to build this register again is registered' },
  failed: { zh: '按打印参数重新生成失败', en: 'building it again from the recorded parameters failed' },
};
const FIELDS: Record<string, { zh: string; en: string }> = {
  register: { zh: '登记簿', en: 'register' },
  page: { zh: '页码', en: 'page' },
  rowsHash: { zh: '本页行摘要', en: 'rows hash' },
  auditHead: { zh: '审计链头', en: 'audit head' },
};

const pick = (p: { zh: string; en: string }, l: Loc) => (l === 'en' ? p.en : p.zh);
const list = (rows: { key: string; label: string }[], l: Loc) => rows.map((r) => `${r.key}${r.label ? (l === 'en' ? ` (${r.label})` : `（${r.label}）`) : ''}`);

/** Headline first, then one line per fact (what was printed, what changed). */
export function printCheckLines(r: PrintCheckResult, l: Loc, formatTime: (iso: string) => string = (s) => s): string[] {
  const en = l === 'en';
  const out = [pick(VERDICT_WORDS[r.verdict], l)];
  if (r.reason && REASONS[r.reason])
    out.push(
      pick(REASONS[r.reason]!, l) + (r.mismatch?.length ? `：${r.mismatch.map((m) => pick(FIELDS[m] ?? { zh: m, en: m }, l)).join(en ? ', ' : '、')}` : ''),
    );
  const p = r.print;
  if (p)
    out.push(
      en
        ? `${p.title} (${p.registerCode}), page ${p.page} of ${p.pages}, ${p.rowCount} rows; printed ${formatTime(p.printedAt)} by ${p.printedByName}`
        : `${p.title}（${p.registerCode}）第 ${p.page} 页 / 共 ${p.pages} 页，本页 ${p.rowCount} 行；${formatTime(p.printedAt)} 由 ${p.printedByName} 打印`,
    );
  const c = r.changes;
  if (c) {
    if (c.added.length) out.push((en ? `Rows added since: ${c.added.length} — ` : `此后新增 ${c.added.length} 行：`) + list(c.added, l).join(en ? '; ' : '；'));
    if (c.struckOff.length) out.push((en ? `Struck off since: ` : `此后已注销：`) + list(c.struckOff, l).join(en ? '; ' : '；'));
    if (c.removed.length) out.push((en ? `No longer in the register: ` : `已不在登记簿中：`) + list(c.removed, l).join(en ? '; ' : '；'));
    for (const ch of c.changed)
      out.push(en ? `Row ${ch.key} (${ch.label}) differs in: ${ch.fields.join(', ')}` : `${ch.key}（${ch.label}）内容不同：${ch.fields.join('、')}`);
    if (c.otherPagesChanged)
      out.push(en ? `${c.otherPagesChanged} rows on other pages of this printout differ` : `本次打印的其他页有 ${c.otherPagesChanged} 行不同`);
    if (r.verdict === 'outdated' && c.pageMatches)
      out.push(en ? 'The rows of this page themselves still read as printed.' : '本页所列各行本身仍与档案库一致。');
    if (c.auditEntriesSince) out.push(en ? `${c.auditEntriesSince} audit entries written since the print` : `打印后审计链新增 ${c.auditEntriesSince} 条记录`);
  }
  return out;
}
