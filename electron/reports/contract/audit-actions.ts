// Reports: every audit action this domain writes, with its zh/en labels and a formatter.
import { defineAuditActions } from '../../contract/domain';
import { clauses, num, quote, str } from '../../contract/detail-words';

const period = (d: Record<string, unknown>) => `${str(d.from)} – ${str(d.to)}`;
export const REVIEW_WORDS = { infoSupervisor: { zh: '客户信息主管', en: 'information supervisor' }, csManager: { zh: '客服部经理', en: 'CS manager' } };
export const STRIKE_WORDS = { recalled: { zh: '收回', en: 'recalled' }, destroyed: { zh: '销毁', en: 'destroyed' } };

export const reportsAuditActions = defineAuditActions({
  'report.templateProposed': {
    zh: '提出报表模板修改',
    en: 'Report template change proposed',
    detail: (d, k) =>
      k.t({
        zh: `${quote(k, d.name)}（基于第 ${num(d.baseVersion) ?? 0} 版），申请 ${str(d.no)} 待总经理审批`,
        en: `${quote(k, d.name)} (on version ${num(d.baseVersion) ?? 0}), request ${str(d.no)} awaits the GM`,
      }),
  },
  'report.templateVersion': {
    zh: '报表模板新版本生效',
    en: 'Report template version filed',
    detail: (d, k) =>
      k.t({
        zh: `${quote(k, d.name)} 第 ${num(d.version)} 版（${str(d.no)} 经总经理批准；${num(d.changes) ?? 0} 项指标变更）`,
        en: `${quote(k, d.name)} version ${num(d.version)} (${str(d.no)} approved by the GM; ${num(d.changes) ?? 0} figure change(s))`,
      }),
  },
  'report.requested': {
    zh: '登记报表申请',
    en: 'Report request recorded',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.department)} ${str(d.requesterName)} 申请 ${period(d)} 报表 ${num(d.copies)} 份（${str(d.no)}）`,
        en: `${str(d.department)} ${str(d.requesterName)} asked for the ${period(d)} report, ${num(d.copies)} copies (${str(d.no)})`,
      }),
  },
  'report.compile': {
    zh: '编制统计报表',
    en: 'Statistical report compiled',
    detail: (d, k) =>
      clauses(k, [
        k.t({
          zh: `${str(d.no)}：${quote(k, d.templateName)} 第 ${num(d.version)} 版，统计期间 ${period(d)}`,
          en: `${str(d.no)}: ${quote(k, d.templateName)} version ${num(d.version)}, period ${period(d)}`,
        }),
        d.requestNo ? k.t({ zh: `依据申请 ${str(d.requestNo)}`, en: `for request ${str(d.requestNo)}` }) : null,
      ]),
  },
  'report.review': {
    zh: '审核统计报表（签名）',
    en: 'Statistical report reviewed (signed)',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)}：${REVIEW_WORDS[str(d.as) as 'csManager']?.zh ?? str(d.as)} ${str(d.signerName)} 签名`,
        en: `${str(d.no)}: ${REVIEW_WORDS[str(d.as) as 'csManager']?.en ?? str(d.as)} ${str(d.signerName)} signed`,
      }),
  },
  'report.release': {
    zh: '发布统计报表',
    en: 'Statistical report released',
    detail: (d, k) => k.t({ zh: `${str(d.no)}：共 ${num(d.copies)} 份`, en: `${str(d.no)}: ${num(d.copies)} numbered copies` }),
  },
  'report.distribute': {
    zh: '登记报表分发',
    en: 'Report copy distributed',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)} 第 ${num(d.copyNo)} 份 → ${str(d.recipientUnit)} ${str(d.recipientName)}`,
        en: `${str(d.no)} copy ${num(d.copyNo)} → ${str(d.recipientUnit)} ${str(d.recipientName)}`,
      }),
  },
  'report.strikeCopy': {
    zh: '注销报表份（收回或销毁）',
    en: 'Report copy struck off',
    detail: (d, k) =>
      k.t({
        zh: `${str(d.no)} 第 ${num(d.copyNo)} 份已${STRIKE_WORDS[str(d.kind) as 'recalled']?.zh ?? str(d.kind)}：${quote(k, d.reason)}`,
        en: `${str(d.no)} copy ${num(d.copyNo)} ${STRIKE_WORDS[str(d.kind) as 'recalled']?.en ?? str(d.kind)}: ${quote(k, d.reason)}`,
      }),
  },
  'report.export': {
    zh: '导出统计报表（xlsx）',
    en: 'Statistical report exported (xlsx)',
    detail: (d, k) => k.t({ zh: `${str(d.no)} 导出为 ${str(d.fileName)}`, en: `${str(d.no)} exported as ${str(d.fileName)}` }),
  },
});
