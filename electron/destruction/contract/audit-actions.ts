// Destruction: every audit action this domain writes, with its zh/en labels and a formatter.
// Details name items by 档号 and title only (the index line that stays) — never their content.
import { defineAuditActions, type Pair } from '../../contract/domain';
import { clauses, count, quote, str } from '../../contract/detail-words';

export const DECISION_WORDS: Record<string, Pair> = {
  destroy: { zh: '销毁', en: 'destroy' },
  extend: { zh: '延期保管', en: 'keep longer' },
  permanent: { zh: '改为永久保管', en: 'keep permanently' },
};
export const METHOD_WORDS: Record<string, Pair> = {
  shred: { zh: '碎纸机粉碎', en: 'shredding' },
  pulp: { zh: '化浆', en: 'pulping' },
  incinerate: { zh: '焚烧', en: 'incineration' },
  degauss: { zh: '消磁', en: 'degaussing' },
  wipe: { zh: '数据擦除', en: 'data wiping' },
  physical: { zh: '载体物理粉碎', en: 'physical destruction of the medium' },
};
const word = (m: Record<string, Pair>, v: unknown): Pair => m[str(v)] ?? { zh: str(v), en: str(v) };
const ITEMS: Pair = { zh: '件', en: 'items' };

export const destructionAuditActions = defineAuditActions({
  'destruction.appraise': {
    zh: '档案鉴定',
    en: 'Item appraised',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `${str(d.itemArchiveNo)}：${word(DECISION_WORDS, d.decision).zh}`, en: `${str(d.itemArchiveNo)}: ${word(DECISION_WORDS, d.decision).en}` }),
        d.years ? k.t({ zh: `延长 ${str(d.years)} 年至 ${str(d.keepUntil)}`, en: `${str(d.years)} more years, to ${str(d.keepUntil)}` }) : null,
        quote(k, d.reason),
      ]),
  },
  'destruction.create': {
    zh: '编制销毁清册',
    en: 'Destruction batch listed',
    detail: (d, k) => k.t({ zh: `${str(d.no)}：${count(k, d.itemCount, ITEMS)}`, en: `${str(d.no)}: ${count(k, d.itemCount, ITEMS, 'item')}` }),
  },
  'destruction.approved': {
    zh: '销毁清册审批通过，进入冷静期',
    en: 'Destruction batch approved, cooling-off begins',
    detail: (d, k) => k.t({ zh: `${str(d.no)}，冷静期 ${str(d.coolingOffDays)} 天`, en: `${str(d.no)}, cooling-off ${str(d.coolingOffDays)} days` }),
  },
  'destruction.cancel': {
    zh: '撤销销毁清册',
    en: 'Destruction batch cancelled',
    detail: (d, k) => k.t({ zh: `${str(d.no)}：${quote(k, d.reason)}`, en: `${str(d.no)}: ${quote(k, d.reason)}` }),
  },
  'destruction.record': {
    zh: '登记销毁执行',
    en: 'Destruction execution recorded',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)}：${word(METHOD_WORDS, d.method).zh}，地点 ${str(d.place)}`,
        en: `${str(d.no)}: ${word(METHOD_WORDS, d.method).en} at ${str(d.place)}`,
      }),
  },
  'destruction.witness': {
    zh: '监销人签字',
    en: 'Witness signed',
    detail: (d, k) => k.t({ zh: `${str(d.no)}：${str(d.witnessName)}`, en: `${str(d.no)}: ${str(d.witnessName)}` }),
  },
  'destruction.execute': {
    zh: '档案销毁完成',
    en: 'Items destroyed',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `${str(d.no)}：${count(k, d.itemCount, ITEMS)}已销毁`, en: `${str(d.no)}: ${count(k, d.itemCount, ITEMS, 'item')} destroyed` }),
        k.t({ zh: `清除附件 ${str(d.attachments)} 个`, en: `${str(d.attachments)} attachments removed` }),
      ]),
  },
});
