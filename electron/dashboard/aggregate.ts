// The customer-service department's aggregate view (R-ARCH-2): customers by category and
// sub-type, items by classification and carrier, intake, loans and consultations per month (the
// current month and the 11 before it, UTC+8), each with its chart (ECharts SVG, print font).
import { ARCHIVE_WORDS } from '../archive/contract/audit-words';
import { CARRIERS, CUSTOMER_SUB_TYPES } from '../archive/contract/calls';
import { CHART_FONT, renderChartSvg } from '../print/chart';
import { getSettings } from '../settings/settings';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, sqlRaw, type Reader } from '../vault/sql';
import { DASHBOARD_MONTHS, type DashboardAggregate, type MonthFigures } from './contract/calls';

const OFFSET = 8 * 3600_000;
/** the months shown: YYYY-MM, oldest first, ending with the current one (UTC+8) */
export function dashboardMonths(now: Date): string[] {
  const local = new Date(now.getTime() + OFFSET);
  const out: string[] = [];
  for (let i = DASHBOARD_MONTHS - 1; i >= 0; i--) out.push(new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  return out;
}

/** count per local month of an ISO-time column (SQLite reads the trailing Z) */
function perMonth(
  r: Reader,
  table: 'items' | 'loans' | 'access_consultations',
  column: 'created_at' | 'out_at' | 'time_in',
  from: string,
): Map<string, number> {
  const rows = r.all<{ m: string; n: number }>(
    sql`SELECT substr(datetime(${sqlRaw(column)}, '+8 hours'), 1, 7) AS m, count(*) AS n FROM ${sqlRaw(table)} GROUP BY m HAVING m >= ${from}`,
  );
  return new Map(rows.map((x) => [x.m, x.n]));
}

const SUB_TYPE_ORDER = [...CUSTOMER_SUB_TYPES.general, ...CUSTOMER_SUB_TYPES.special] as string[];

/** the charts' words: Chinese on paper, the caller's language on screen */
export type ChartLang = 'zh' | 'en';
const W = {
  general: { zh: '一般客户', en: 'General' },
  special: { zh: '特殊客户', en: 'Special' },
  byClassification: { zh: '按密级', en: 'By classification' },
  byCarrier: { zh: '按载体', en: 'By carrier' },
  intake: { zh: '入库', en: 'Intake' },
  loans: { zh: '借阅', en: 'Loans' },
  consultations: { zh: '查阅', en: 'Consultations' },
  loansConsultations: { zh: '借阅/查阅', en: 'Loans/consult.' },
} as const;

export function dashboardAggregate(db: Db, clock: Clock, chart: { width: number; height: number }, lang: ChartLang = 'zh'): DashboardAggregate {
  const r = reader(db);
  const now = clock.now();
  const labels = getSettings(r).classificationLabels;
  const customers = r
    .all<{ category: string; subType: string; n: number }>(sql`SELECT category, sub_type, count(*) AS n FROM customers GROUP BY category, sub_type`)
    .sort((a, b) => SUB_TYPE_ORDER.indexOf(a.subType) - SUB_TYPE_ORDER.indexOf(b.subType));
  const cls = new Map(r.all<{ c: number; n: number }>(sql`SELECT classification AS c, count(*) AS n FROM items GROUP BY c`).map((x) => [x.c, x.n]));
  const byClassification = [0, 1, 2, 3].map((c) => ({ classification: c, label: labels[c] ?? String(c), n: cls.get(c) ?? 0 }));
  const car = new Map(r.all<{ c: string; n: number }>(sql`SELECT carrier AS c, count(*) AS n FROM items GROUP BY c`).map((x) => [x.c, x.n]));
  const byCarrier = CARRIERS.map((c) => ({ carrier: c as string, n: car.get(c) ?? 0 }));
  const ms = dashboardMonths(now);
  const intake = perMonth(r, 'items', 'created_at', ms[0]!);
  const loans = perMonth(r, 'loans', 'out_at', ms[0]!);
  const consultations = perMonth(r, 'access_consultations', 'time_in', ms[0]!);
  const months: MonthFigures[] = ms.map((m) => ({ month: m, intake: intake.get(m) ?? 0, loans: loans.get(m) ?? 0, consultations: consultations.get(m) ?? 0 }));
  return {
    asOf: now.toISOString(),
    customers,
    byClassification,
    byCarrier,
    months,
    charts: {
      customers: customersChart(customers, chart, lang),
      items: itemsChart(byClassification, byCarrier, chart, lang),
      months: monthsChart(months, chart, lang),
    },
  };
}

const subTypeWord = (s: string, l: ChartLang) => (ARCHIVE_WORDS.subType as Record<string, { zh: string; en: string }>)[s]?.[l] ?? s;
const carrierWord = (s: string, l: ChartLang) => (ARCHIVE_WORDS.carrier as Record<string, { zh: string; en: string }>)[s]?.[l] ?? s;
const CATEGORY_COLORS: Record<string, string> = { general: '#1d39c4', special: '#d4380d' };

export function customersChart(rows: DashboardAggregate['customers'], size: { width: number; height: number }, l: ChartLang = 'zh'): string {
  return renderChartSvg(
    {
      grid: { left: 40, right: 16, top: 30, bottom: 56 },
      legend: { top: 2, data: [W.general[l], W.special[l]], textStyle: CHART_FONT },
      xAxis: { type: 'category', data: rows.map((x) => subTypeWord(x.subType, l)), axisLabel: { ...CHART_FONT, interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: CHART_FONT },
      series: (['general', 'special'] as const).map((cat) => ({
        name: W[cat][l],
        type: 'bar',
        stack: 'c',
        data: rows.map((x) => (x.category === cat ? x.n : 0)),
        itemStyle: { color: CATEGORY_COLORS[cat] },
        label: { show: true, position: 'top', ...CHART_FONT, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      })),
    },
    size,
  );
}

export function itemsChart(
  cls: DashboardAggregate['byClassification'],
  car: DashboardAggregate['byCarrier'],
  size: { width: number; height: number },
  l: ChartLang = 'zh',
): string {
  const pie = (name: string, center: string, data: { name: string; value: number }[]) => ({
    name,
    type: 'pie',
    center: [center, '56%'],
    radius: ['24%', '44%'],
    data: data.filter((d) => d.value > 0),
    label: { ...CHART_FONT, formatter: '{b} {c}' },
    labelLine: { length: 6, length2: 6 },
    avoidLabelOverlap: true,
  });
  return renderChartSvg(
    {
      title: [
        { text: W.byClassification[l], left: '22%', top: 2, textAlign: 'center', textStyle: { ...CHART_FONT, fontSize: 12 } },
        { text: W.byCarrier[l], left: '74%', top: 2, textAlign: 'center', textStyle: { ...CHART_FONT, fontSize: 12 } },
      ],
      color: ['#5b8ff9', '#f6bd16', '#e8684a', '#9270ca', '#5ad8a6'],
      series: [
        pie(
          '密级',
          '24%',
          cls.map((c) => ({ name: c.label, value: c.n })),
        ),
        pie(
          '载体',
          '74%',
          car.map((c) => ({ name: carrierWord(c.carrier, l), value: c.n })),
        ),
      ],
    },
    size,
  );
}

export function monthsChart(months: MonthFigures[], size: { width: number; height: number }, l: ChartLang = 'zh'): string {
  const names = { intake: W.intake[l], loans: W.loans[l], consultations: W.consultations[l] };
  return renderChartSvg(
    {
      legend: { top: 2, data: Object.values(names), textStyle: CHART_FONT },
      color: ['#5b8ff9', '#e8684a', '#5ad8a6'],
      xAxis: {
        type: 'category',
        data: months.map((m) => (l === 'zh' ? `${Number(m.month.slice(5))}月` : m.month.slice(2))),
        axisLabel: { ...CHART_FONT, interval: 0 },
      },
      // intake (whole archives at once) on the left axis, loans and consultations on the right: one scale would flatten them
      grid: { left: 40, right: 36, top: 30, bottom: 28 },
      yAxis: [
        { type: 'value', name: W.intake[l], minInterval: 1, axisLabel: CHART_FONT, nameTextStyle: CHART_FONT },
        { type: 'value', name: W.loansConsultations[l], minInterval: 1, axisLabel: CHART_FONT, nameTextStyle: CHART_FONT, splitLine: { show: false } },
      ],
      series: (Object.keys(names) as (keyof typeof names)[]).map((k) => ({
        name: names[k],
        type: k === 'intake' ? 'bar' : 'line',
        yAxisIndex: k === 'intake' ? 0 : 1,
        data: months.map((m) => m[k]),
        label: { show: true, position: 'top', ...CHART_FONT, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      })),
    },
    size,
  );
}
