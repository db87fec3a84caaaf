// Policy: every audit action this domain writes, with its zh/en label and its detail in words
// (the value's label, what changes from what to what, from which date, under which request).
import { defineAuditActions, type DetailKit } from '../../contract/domain';
import { changesInWords, isRecord, num, str, valueWords } from '../../contract/detail-words';

type Detail = Record<string, unknown>;
const label = (d: Detail, k: DetailKit) => k.t({ zh: str(d.label), en: str(d.labelEn) || str(d.label) });
/** old → new in words: field by field for a record, else the whole value */
const change = (d: Detail, k: DetailKit): string =>
  isRecord(d.before) || isRecord(d.after) ? changesInWords(k, d.before, d.after) : `${valueWords(k, d.before)} → ${valueWords(k, d.after)}`;

export const policyAuditActions = defineAuditActions({
  'policy.propose': {
    zh: '提出策略变更',
    en: 'Policy change proposed',
    detail: (d, k) =>
      k.t({
        zh: `${label(d, k)}：${change(d, k)}，拟自 ${str(d.effectiveFrom)} 起施行（${str(d.requestNo)}）`,
        en: `${label(d, k)}: ${change(d, k)}, to apply from ${str(d.effectiveFrom)} (${str(d.requestNo)})`,
      }),
  },
  'policy.approve': {
    zh: '批准策略变更',
    en: 'Policy change approved',
    detail: (d, k) =>
      k.t({
        zh: `${label(d, k)} 第 ${num(d.version) ?? ''} 版，自 ${str(d.effectiveFrom)} 起施行（${str(d.requestNo)}）`,
        en: `${label(d, k)} version ${num(d.version) ?? ''}, applies from ${str(d.effectiveFrom)} (${str(d.requestNo)})`,
      }),
  },
  'policy.apply': {
    zh: '策略新版本施行',
    en: 'Policy version in force',
    detail: (d, k) =>
      k.t({
        zh: `${label(d, k)} 第 ${num(d.version) ?? ''} 版自 ${str(d.effectiveFrom)} 起施行：${change(d, k)}`,
        en: `${label(d, k)} version ${num(d.version) ?? ''} in force from ${str(d.effectiveFrom)}: ${change(d, k)}`,
      }),
  },
  'policy.baseline': {
    zh: '登记策略初始版本',
    en: 'Policy first versions recorded',
    detail: (d, k) =>
      k.t({ zh: `${num(d.count) ?? 0} 项策略的第 1 版（首次运行时的值）`, en: `version 1 of ${num(d.count) ?? 0} policy values (their first-run values)` }),
  },
});
