// 客户信息汇总表 (R-ARCH-2): the dashboard printed — the open matters, then the department's
// aggregate view with the very charts shown on screen, one row per figure.
import { ARCHIVE_WORDS } from '../../archive/contract/audit-words';
import { registerFrame, type PrintOptions } from '../../print/registers/common';
import type { RegisterRow, RegisterSpec } from '../../print/register';
import type { Clock } from '../../vault/clock';
import type { Vault } from '../../vault/vault';
import { dashboardAggregate } from '../aggregate';
import { overviewFigures } from '../figures';
import { RETENTION_WINDOW_DAYS, type DashboardSummary } from '../contract/calls';

export const DASHBOARD_REGISTER_CODE = 'dashboard';

export const OVERVIEW_WORDS: Record<DashboardSummary['overview'][number]['key'], string> = {
  overdueLoans: '逾期未还借阅',
  inspectionsDue: '到期待检查',
  outOfRange: '超标待处置读数',
  retentionExpiring: `${RETENTION_WINDOW_DAYS} 天内保管期满`,
  appraisalDue: '保管期满待鉴定',
  openRepairs: '待修复',
  inRepair: '修复中',
  openIncidents: '未结事件',
};

export function buildDashboardRegister(vault: Vault, opts: PrintOptions): RegisterSpec {
  // the figures at the print's own time (a verification rebuild passes its own now)
  const clock: Clock = { now: () => opts.now };
  const agg = dashboardAggregate(vault.db, clock, { width: 900, height: 220 });
  const overview = overviewFigures(vault, clock);
  const words = ARCHIVE_WORDS as unknown as Record<'category' | 'subType' | 'carrier', Record<string, { zh: string }>>;
  const rows: RegisterRow[] = [];
  const add = (group: string, item: string, n: number | string) => rows.push({ no: rows.length + 1, group, item, n });
  for (const o of overview) add('待办事项', OVERVIEW_WORDS[o.key], o.n);
  for (const c of agg.customers)
    add('客户（按类别、子类型）', `${words.category[c.category]?.zh ?? c.category} · ${words.subType[c.subType]?.zh ?? c.subType}`, c.n);
  for (const c of agg.byClassification) add('档案（按密级）', c.label, c.n);
  for (const c of agg.byCarrier) add('档案（按载体）', words.carrier[c.carrier]?.zh ?? c.carrier, c.n);
  for (const m of agg.months) add('入库 / 借阅 / 查阅（按月）', m.month, `${m.intake} / ${m.loans} / ${m.consultations}`);
  return {
    ...registerFrame(vault, opts, 0),
    title: '客户信息汇总表',
    registerCode: DASHBOARD_REGISTER_CODE,
    orientation: 'portrait',
    summary: [
      `统计时点：${agg.asOf.slice(0, 10)}；客户 ${agg.customers.reduce((a, c) => a + c.n, 0)} 户，档案 ${agg.byCarrier.reduce((a, c) => a + c.n, 0)} 件`,
    ],
    figures: [
      { caption: '客户按类别与子类型', svg: agg.charts.customers },
      { caption: '档案按密级与载体', svg: agg.charts.items },
      { caption: `近 ${agg.months.length} 个月入库、借阅、查阅`, svg: agg.charts.months },
    ],
    columns: [
      { key: 'no', header: '序号', width: '8%', align: 'center' },
      { key: 'group', header: '类别', width: '34%' },
      { key: 'item', header: '项目', width: '40%' },
      { key: 'n', header: '数量', width: '18%', align: 'right' },
    ],
    rows,
    signatureLines: [{ role: '制表人' }, { role: '审核人' }],
  };
}
