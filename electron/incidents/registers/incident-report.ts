// 泄密事件报告 (R-SEC-7, Art. 27): one incident on paper — what, when found, by whom reported, the
// affected items and customers, the suspected channel, the immediate measures, the evidence hash,
// who acknowledged it, and each step to closure with its person, note and whether it was late.
// Printed through the one register printer as a two-column 项目 / 内容 table.
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import { STEP_WORDS } from '../contract/audit-actions';
import { INCIDENT_STEPS } from '../contract/calls';
import { getIncident } from '../incidents';

export const INCIDENT_REPORT_CODE = 'incidentReport';

// the paper is the same whoever prints it: nobody's acknowledgement duty enters it
const NOBODY = { id: 0, name: '', roles: [] };

export function buildIncidentReport(vault: Vault, incidentId: number, opts: PrintOptions): RegisterSpec {
  const x = getIncident(vault.db, opts.now, NOBODY, incidentId);
  // a leak report is itself sensitive: at least 秘密, or the highest level among the items
  const level = Math.min(3, Math.max(1, ...x.items.map((i) => i.classification))) as ClassificationLevel;
  const frame = registerFrame(vault, opts, level);
  const tz = frame.timeZone;
  const labels = getSettings(vault.db).classificationLabels;
  const t = (iso: string) => formatPrintTime(iso, false, tz);
  const rows: RegisterRow[] = [
    { k: '事件编号', v: x.no },
    { k: '事件经过（泄露或可能泄露的内容）', v: x.summary },
    { k: '发现时间', v: t(x.foundAt) },
    { k: '报告人、报告时间', v: `${x.reportedByName}，${t(x.reportedAt)}${x.inspectionNo ? `（来自检查 ${x.inspectionNo}）` : ''}` },
    {
      k: '涉及档案材料',
      v: x.items.length ? x.items.map((i) => `${i.archiveNo}《${i.title}》（${labels[i.classification] ?? i.classification}）`).join('；') : '无',
    },
    { k: '涉及客户', v: x.customers.length ? x.customers.map((c) => `${c.name}${c.archiveNo ? `（${c.archiveNo}）` : ''}`).join('；') : '无' },
    { k: '可能泄露途径', v: x.channel },
    { k: '已采取的补救措施', v: x.measures },
    {
      k: '证据保全',
      v: `借阅、查阅、复制及保管记录已于报告时冻结，SHA-256：${x.evidenceSha256}（${x.evidenceCheck.ok ? '与审计记录一致' : '与审计记录不一致！'}）；${x.heldItems ? `保全中 ${x.heldItems} 件，结案前不得销毁` : x.state === 'closed' ? '结案时已解除保全' : '无保全材料'}`,
    },
    { k: '收到报告确认', v: x.acks.length ? x.acks.map((a) => `${a.userName} ${t(a.at)}`).join('；') : '尚无' },
    ...INCIDENT_STEPS.map((s) => {
      const st = x.steps.find((y) => y.step === s);
      return {
        k: STEP_WORDS[s]!.zh,
        v: st
          ? `${t(st.at)}，${st.byName}：${st.note}${st.late ? '（逾期）' : ''}`
          : x.next?.step === s
            ? `待办，时限 ${t(x.next.dueAt)}${x.next.overdue ? '（已逾期）' : ''}`
            : '',
      };
    }),
  ];
  return {
    ...frame,
    title: '泄密事件报告',
    registerCode: INCIDENT_REPORT_CODE,
    columns: [
      { key: 'k', header: '项目', width: '24%' },
      { key: 'v', header: '内容', width: '76%' },
    ],
    rows,
    summary: [`${x.no}，当前状态：${STEP_WORDS[x.state]!.zh}`],
    signatureLines: [{ role: '报告人' }, { role: '客户信息主管' }, { role: '客服部经理' }],
  };
}
