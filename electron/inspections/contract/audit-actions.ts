// Inspections: every audit action this domain writes, with its zh/en labels and a formatter.
import { defineAuditActions, type Pair } from '../../contract/domain';
import { clauses, num, quote, str } from '../../contract/detail-words';

export const RESULT_WORDS: Record<string, Pair> = {
  pending: { zh: '未核对', en: 'not checked' },
  present: { zh: '在架', en: 'present' },
  missing: { zh: '缺失', en: 'missing' },
  misplaced: { zh: '错架', en: 'misplaced' },
  unexpected: { zh: '非本处材料', en: 'unexpected' },
};
export const FINDING_WORDS: Record<string, Pair> = {
  none: { zh: '完好', en: 'good' },
  faded: { zh: '字迹褪色', en: 'writing faded' },
  damaged: { zh: '载体破损', en: 'material damaged' },
  mould: { zh: '霉变', en: 'mould' },
  pests: { zh: '虫蛀', en: 'pests' },
  damp: { zh: '受潮', en: 'damp' },
  other: { zh: '其他', en: 'other' },
};
const w = (m: Record<string, Pair>, v: unknown): Pair => m[str(v)] ?? { zh: str(v), en: str(v) };

export const inspectionAuditActions = defineAuditActions({
  'inspection.plan.create': {
    zh: '新建检查计划',
    en: 'Inspection plan created',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.scopeName)}，每 ${num(d.intervalMonths) ?? '?'} 个月检查一次`,
        en: `${str(d.scopeName)}, every ${num(d.intervalMonths) ?? '?'} months`,
      }),
  },
  'inspection.start': {
    zh: '开始检查',
    en: 'Inspection started',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)}：${str(d.scopeName)}，应在架 ${num(d.expected) ?? 0} 件`,
        en: `${str(d.no)}: ${str(d.scopeName)}, ${num(d.expected) ?? 0} items expected`,
      }),
  },
  'inspection.check': {
    zh: '核对档案材料',
    en: 'Item checked',
    detail: (d, k) =>
      clauses(k, [
        k.t({
          zh: `${str(d.no)} ${str(d.itemArchiveNo)}：${w(RESULT_WORDS, d.result).zh}`,
          en: `${str(d.no)} ${str(d.itemArchiveNo)}: ${w(RESULT_WORDS, d.result).en}`,
        }),
        d.via === 'scan' ? k.t({ zh: '扫描标签', en: 'label scanned' }) : null,
        d.note ? k.t({ zh: `说明：${quote(k, d.note)}`, en: `note: ${quote(k, d.note)}` }) : null,
      ]),
  },
  'inspection.finding': {
    zh: '记录保管状况',
    en: 'Condition recorded',
    detail: (d, k) =>
      clauses(k, [
        k.t({
          zh: `${str(d.no)} ${str(d.itemArchiveNo)}：${w(FINDING_WORDS, d.finding).zh}`,
          en: `${str(d.no)} ${str(d.itemArchiveNo)}: ${w(FINDING_WORDS, d.finding).en}`,
        }),
        d.note ? k.t({ zh: `说明：${quote(k, d.note)}`, en: `note: ${quote(k, d.note)}` }) : null,
      ]),
  },
  'inspection.sign': {
    zh: '检查记录签名',
    en: 'Inspection record signed',
    detail: (d, k) =>
      k.t(
        d.as === 'supervisor'
          ? { zh: `${str(d.no)} 监督人签名，检查完成`, en: `${str(d.no)} signed by the supervisor, inspection complete` }
          : { zh: `${str(d.no)} 检查人签名`, en: `${str(d.no)} signed by the inspector` },
      ),
  },
  'inspection.policy.update': {
    zh: '修改检查周期',
    en: 'Inspection policy changed',
    detail: (d, k) => k.t({ zh: `检查周期 ${str(d.before)} → ${str(d.after)} 个月`, en: `interval ${str(d.before)} → ${str(d.after)} months` }),
  },
});
