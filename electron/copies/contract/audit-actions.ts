// Copies: every audit action this domain writes, with its zh/en label and a formatter that puts
// the detail into words (R-SEC-3..5).
import { defineAuditActions, type DetailKit, type Pair } from '../../contract/domain';
import { arr, num, str } from '../../contract/detail-words';

const item = (k: DetailKit, d: Record<string, unknown>) => k.name('item', d.itemId, d.archiveNo);
const STATE: Record<string, Pair> = {
  issued: { zh: '已发出', en: 'issued' },
  returned: { zh: '已收回', en: 'returned' },
  destroyed: { zh: '已销毁', en: 'destroyed' },
};
const CHECK: Record<string, Pair> = {
  intact: { zh: '完好', en: 'intact' },
  sealBroken: { zh: '封签破损', en: 'seal broken' },
  damaged: { zh: '有损坏', en: 'damaged' },
  missing: { zh: '有缺失', en: 'missing' },
};
const word = (k: DetailKit, table: Record<string, Pair>, v: unknown) => (table[str(v)] ? k.t(table[str(v)]!) : str(v));
const copyNos = (d: Record<string, unknown>) => arr(d.copyNos).map(str).join('、');

export const copiesAuditActions = defineAuditActions({
  'copies.copy.record': {
    zh: '登记复制件',
    en: 'Copies recorded',
    detail: (d, k) =>
      k.t({
        zh: `按 ${str(d.refNo)} 复制 ${item(k, d)} 共 ${num(d.count) ?? 0} 份（第 ${copyNos(d)} 份）`,
        en: `${num(d.count) ?? 0} copies of ${item(k, d)} under ${str(d.refNo)} (no. ${copyNos(d)})`,
      }),
  },
  'copies.copy.export': {
    zh: '导出带标记的复制件',
    en: 'Marked copy exported',
    detail: (d, k) =>
      k.t({
        zh: `按 ${str(d.refNo)} 导出 ${item(k, d)} 的附件「${str(d.fileName)}」第 ${num(d.copyNo) ?? 0} 份（已加注标记）`,
        en: `Attachment “${str(d.fileName)}” of ${item(k, d)} exported under ${str(d.refNo)} as copy no. ${num(d.copyNo) ?? 0} (marked)`,
      }),
  },
  'copies.copy.refused': {
    zh: '拒绝复制',
    en: 'Copy refused',
    detail: (d, k) =>
      k.t({
        zh: `无授权下载 ${item(k, d)} 的附件「${str(d.fileName)}」被拒绝（${k.error(d.code)}）`,
        en: `Download of attachment “${str(d.fileName)}” of ${item(k, d)} refused (${k.error(d.code)})`,
      }),
  },
  'copies.copy.state': {
    zh: '复制件状态变更',
    en: 'Copy state changed',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.refNo)} ${item(k, d)} 第 ${num(d.copyNo) ?? 0} 份：${word(k, STATE, d.from)} → ${word(k, STATE, d.to)}${d.note ? `（${str(d.note)}）` : ''}`,
        en: `${str(d.refNo)} ${item(k, d)} copy ${num(d.copyNo) ?? 0}: ${word(k, STATE, d.from)} → ${word(k, STATE, d.to)}${d.note ? ` (${str(d.note)})` : ''}`,
      }),
  },
  'copies.carryOut.depart': {
    zh: '档案外出携带',
    en: 'Files carried out',
    detail: (d, k) =>
      k.t({
        zh: `按 ${str(d.requestNo)} 由 ${k.name('user', d.carrierId)} 携带 ${arr(d.archiveNos).map(str).join('、')} 前往 ${str(d.destination)}，保密承诺：${d.pledge === 'signed' ? '本人在本机签署' : '纸质签署'}`,
        en: `Under ${str(d.requestNo)} ${k.name('user', d.carrierId)} carries ${arr(d.archiveNos).map(str).join(', ')} to ${str(d.destination)}; pledge ${d.pledge === 'signed' ? 'signed at the machine' : 'signed on paper'}`,
      }),
  },
  'copies.carryOut.return': {
    zh: '外出档案返回检查',
    en: 'Carried-out files returned',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.requestNo)} 返回，检查情况：${word(k, CHECK, d.check)}${d.note ? `（${str(d.note)}）` : ''}`,
        en: `${str(d.requestNo)} returned, check: ${word(k, CHECK, d.check)}${d.note ? ` (${str(d.note)})` : ''}`,
      }),
  },
  'copies.carriers.update': {
    zh: '修改指定携带人',
    en: 'Designated carriers changed',
    detail: (d, k) => {
      const after = (d.after ?? {}) as Record<string, unknown>;
      const roles = arr(after.roles).map((r) => k.role(str(r)));
      const people = arr(after.userIds).map((u) => k.name('user', u));
      const all = [...roles, ...people];
      return k.t({
        zh: `指定携带人：${all.length ? k.list(all) : '无'}`,
        en: `Designated carriers: ${all.length ? k.list(all) : 'none'}`,
      });
    },
  },
  'copies.provision.record': {
    zh: '登记对外提供',
    en: 'External provision recorded',
    detail: (d, k) =>
      k.t({
        zh: `按 ${str(d.requestNo)} 向 ${str(d.recipientOrg)} 提供 ${arr(d.archiveNos).map(str).join('、')}`,
        en: `Under ${str(d.requestNo)} provided ${arr(d.archiveNos).map(str).join(', ')} to ${str(d.recipientOrg)}`,
      }),
  },
});
