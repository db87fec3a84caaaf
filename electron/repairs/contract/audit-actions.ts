// Repairs: every audit action this domain writes, with its zh/en labels and a formatter.
import { defineAuditActions, type Pair } from '../../contract/domain';
import { clauses, quote, str } from '../../contract/detail-words';

export const KIND_WORDS: Record<string, Pair> = {
  faded: { zh: '字迹褪色', en: 'writing faded' },
  damaged: { zh: '载体破损', en: 'material damaged' },
  mould: { zh: '霉变', en: 'mould' },
  pests: { zh: '虫蛀', en: 'pests' },
  damp: { zh: '受潮', en: 'damp' },
  other: { zh: '其他', en: 'other' },
};
const kind = (v: unknown): Pair => KIND_WORDS[str(v)] ?? { zh: str(v), en: str(v) };

export const repairAuditActions = defineAuditActions({
  'repair.open': {
    zh: '登记修复任务',
    en: 'Repair task opened',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `${str(d.no)} ${str(d.itemArchiveNo)}：${kind(d.finding).zh}`, en: `${str(d.no)} ${str(d.itemArchiveNo)}: ${kind(d.finding).en}` }),
        d.inspectionNo ? k.t({ zh: `来自检查 ${str(d.inspectionNo)}`, en: `from inspection ${str(d.inspectionNo)}` }) : null,
      ]),
  },
  'repair.start': {
    zh: '送修',
    en: 'Sent to repair',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)} ${str(d.itemArchiveNo)} 下架送修：${quote(k, d.note)}`,
        en: `${str(d.no)} ${str(d.itemArchiveNo)} off the shelf to repair: ${quote(k, d.note)}`,
      }),
  },
  'repair.finish': {
    zh: '修复完成归架',
    en: 'Repaired and back on the shelf',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)} ${str(d.itemArchiveNo)} 归架 ${str(d.location)}：${quote(k, d.done)}`,
        en: `${str(d.no)} ${str(d.itemArchiveNo)} back to ${str(d.location)}: ${quote(k, d.done)}`,
      }),
  },
  'repair.verify': {
    zh: '修复复查合格',
    en: 'Repair verified',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)} ${str(d.itemArchiveNo)} 在检查 ${str(d.inspectionNo)} 中复查合格`,
        en: `${str(d.no)} ${str(d.itemArchiveNo)} verified at inspection ${str(d.inspectionNo)}`,
      }),
  },
});
