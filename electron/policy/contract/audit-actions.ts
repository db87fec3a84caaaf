// Policy: every audit action this domain writes, with its zh/en label and its detail in words.
import { defineAuditActions } from '../../contract/domain';
import { num, str } from '../../contract/detail-words';

export const policyAuditActions = defineAuditActions({
  'policy.propose': {
    zh: '提出策略变更',
    en: 'Policy change proposed',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.label)}：${str(d.changes) || '—'}，拟自 ${str(d.effectiveFrom)} 起施行（${str(d.requestNo)}）`,
        en: `${str(d.labelEn)}: ${str(d.changes) || '—'}, to apply from ${str(d.effectiveFrom)} (${str(d.requestNo)})`,
      }),
  },
  'policy.approve': {
    zh: '批准策略变更',
    en: 'Policy change approved',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.label)} 第 ${num(d.version) ?? ''} 版，自 ${str(d.effectiveFrom)} 起施行（${str(d.requestNo)}）`,
        en: `${str(d.labelEn)} version ${num(d.version) ?? ''}, applies from ${str(d.effectiveFrom)} (${str(d.requestNo)})`,
      }),
  },
  'policy.apply': {
    zh: '策略新版本生效',
    en: 'Policy version in force',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.label)} 第 ${num(d.version) ?? ''} 版自 ${str(d.effectiveFrom)} 起施行`,
        en: `${str(d.labelEn)} version ${num(d.version) ?? ''} in force from ${str(d.effectiveFrom)}`,
      }),
  },
  'policy.baseline': {
    zh: '登记策略初始版本',
    en: 'Policy first versions recorded',
    detail: (d, k) => k.t({ zh: `${num(d.count) ?? 0} 项策略的第 1 版`, en: `version 1 of ${num(d.count) ?? 0} policy values` }),
  },
});
