// Incidents: every audit action this domain writes, with its zh/en labels and a formatter (R-SEC-7).
import { defineAuditActions, type Pair } from '../../contract/domain';
import { clauses, count, hashPrefix, quote, str } from '../../contract/detail-words';

export const STEP_WORDS: Record<string, Pair> = {
  reported: { zh: '已报告', en: 'reported' },
  contained: { zh: '已控制', en: 'contained' },
  investigating: { zh: '调查中', en: 'investigating' },
  resolved: { zh: '已处理', en: 'resolved' },
  closed: { zh: '已结案', en: 'closed' },
};
const step = (v: unknown): Pair => STEP_WORDS[str(v)] ?? { zh: str(v), en: str(v) };

export const incidentAuditActions = defineAuditActions({
  'incident.report': {
    zh: '报告泄密事件',
    en: 'Leak incident reported',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `${str(d.no)}：${quote(k, d.summary)}`, en: `${str(d.no)}: ${quote(k, d.summary)}` }),
        count(k, d.itemCount, { zh: '件档案材料保全', en: 'items held' }, 'item held'),
        d.inspectionNo ? k.t({ zh: `来自检查 ${str(d.inspectionNo)}`, en: `from inspection ${str(d.inspectionNo)}` }) : null,
        k.t({ zh: `证据哈希 ${hashPrefix(d.evidenceSha256)}`, en: `evidence hash ${hashPrefix(d.evidenceSha256)}` }),
      ]),
  },
  'incident.acknowledge': {
    zh: '确认收到泄密事件报告',
    en: 'Leak incident acknowledged',
    detail: (d, k) => k.t({ zh: `${str(d.no)} 已阅知`, en: `${str(d.no)} acknowledged` }),
  },
  'incident.step': {
    zh: '泄密事件处置',
    en: 'Leak incident step',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `${str(d.no)} ${step(d.step).zh}：${quote(k, d.note)}`, en: `${str(d.no)} ${step(d.step).en}: ${quote(k, d.note)}` }),
        d.overdue ? k.t({ zh: '已逾期', en: 'overdue' }) : null,
        str(d.step) === 'closed' ? count(k, d.released, { zh: '件材料解除保全', en: 'items released' }, 'item released') : null,
      ]),
  },
});
