// The vetted SQL behind report figures (R-REP-1). A template only names a source, a grouping and
// filters; the text below is fixed by code, every value is bound — a template can never carry SQL.
// The period is calendar days in the archive room's time (UTC+8): [from 00:00, to + 1 day 00:00).
import { ARCHIVE_WORDS } from '../archive/contract/audit-words';
import { sql, sqlJoin, sqlRaw, type Reader, type Sql } from '../vault/sql';
import type { Figure, FigureResult, FigureRow, GroupBy, ReportSource, TemplateDefinition } from './contract/calls';

interface SourceSql {
  /** FROM … (with the joins the groupings and filters need) */
  from: string;
  /** the timestamp that places a row in the period */
  at: string;
  /** always-true conditions of the source (e.g. loans struck off are not loans) */
  where?: string;
  dims: Partial<Record<Exclude<GroupBy, 'none' | 'month'>, string>>;
  category?: string;
  classification?: string;
}

const ITEM_JOIN = 'JOIN items i ON i.id = {x}.item_id JOIN archives a ON a.id = i.archive_id JOIN customers c ON c.id = a.customer_id';
const itemJoin = (alias: string) => ITEM_JOIN.replace('{x}', alias);

export const SOURCES: Record<ReportSource, SourceSql> = {
  customers: { from: 'customers c', at: 'c.created_at', dims: { category: 'c.category', subType: 'c.sub_type' }, category: 'c.category' },
  items: {
    from: 'items i JOIN archives a ON a.id = i.archive_id JOIN customers c ON c.id = a.customer_id',
    at: 'i.created_at',
    dims: { category: 'c.category', classification: 'i.classification', carrier: 'i.carrier' },
    category: 'c.category',
    classification: 'i.classification',
  },
  loans: {
    from: `loans l ${itemJoin('l')}`,
    at: 'l.out_at',
    where: 'NOT EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = l.id)',
    dims: {
      category: 'c.category',
      classification: 'l.classification',
      status: "CASE WHEN EXISTS (SELECT 1 FROM loan_returns r WHERE r.loan_id = l.id) THEN 'returned' ELSE 'out' END",
    },
    category: 'c.category',
    classification: 'l.classification',
  },
  access: { from: 'access_consultations x', at: 'x.time_in', dims: { status: "CASE WHEN x.time_out IS NULL THEN 'open' ELSE 'closed' END" } },
  copies: {
    from: `copies cp ${itemJoin('cp')}`,
    at: 'cp.made_at',
    dims: { category: 'c.category', classification: 'i.classification', status: 'cp.state' },
    category: 'c.category',
    classification: 'i.classification',
  },
  destruction: {
    from: `custody_events e ${itemJoin('e')}`,
    at: 'e.at',
    where: "e.state = 'destroyed'",
    dims: { category: 'c.category', classification: 'i.classification', carrier: 'i.carrier' },
    category: 'c.category',
    classification: 'i.classification',
  },
  inspections: { from: 'inspections n', at: 'n.started_at', dims: { status: 'n.status' } },
};

export const STATUS_WORDS: Record<string, string> = {
  out: '借出未还',
  returned: '已归还',
  open: '进行中',
  closed: '已结束',
  issued: '已发出',
  destroyed: '已销毁',
  inspected: '待复核',
  signed: '已签署',
};
const KNOWN_STATUSES: Partial<Record<ReportSource, string[]>> = {
  loans: ['out', 'returned'],
  access: ['open', 'closed'],
  copies: ['issued', 'returned', 'destroyed'],
  inspections: ['open', 'inspected', 'signed'],
};

/** [from 00:00, to+1 00:00) at UTC+8, as the ISO instants the vault stores. */
export function periodBounds(p: { from: string; to: string }): { start: string; end: string } {
  const start = new Date(`${p.from}T00:00:00+08:00`).toISOString();
  const end = new Date(new Date(`${p.to}T00:00:00+08:00`).getTime() + 24 * 3600_000).toISOString();
  return { start, end };
}

function monthsOf(p: { from: string; to: string }): string[] {
  const out: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const last = p.to.slice(0, 7);
  for (;;) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last || out.length > 240) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Every group the figure has, in order, with zeros for the empty ones (a known vocabulary), and its words. */
function groupsOf(f: Figure, p: { from: string; to: string }, classificationLabels: readonly string[]): { group: string; label: string }[] | null {
  switch (f.groupBy) {
    case 'none':
      return [{ group: '', label: '合计' }];
    case 'category':
      return (f.categories ?? ['general', 'special']).map((c) => ({ group: c, label: ARCHIVE_WORDS.category[c].zh }));
    case 'classification':
      return (f.classifications ?? [0, 1, 2, 3]).map((l) => ({ group: String(l), label: classificationLabels[l] ?? String(l) }));
    case 'carrier':
      return Object.entries(ARCHIVE_WORDS.carrier).map(([c, w]) => ({ group: c, label: w.zh }));
    case 'month':
      return monthsOf(p).map((m) => ({ group: m, label: `${m.slice(0, 4)} 年 ${Number(m.slice(5))} 月` }));
    case 'status':
      return (KNOWN_STATUSES[f.source] ?? []).map((s) => ({ group: s, label: STATUS_WORDS[s] ?? s }));
    default:
      return null; // subType: the sub-types present
  }
}

export function figureSql(f: Figure, p: { from: string; to: string }): Sql {
  const s = SOURCES[f.source];
  const key = f.groupBy === 'none' ? "''" : f.groupBy === 'month' ? `strftime('%Y-%m', ${s.at}, '+8 hours')` : s.dims[f.groupBy];
  if (!key) throw new Error(`report source ${f.source} cannot group by ${f.groupBy}`);
  const { start, end } = periodBounds(p);
  const conds: Sql[] = [sql`${sqlRaw(s.at)} >= ${start}`, sql`${sqlRaw(s.at)} < ${end}`];
  if (s.where) conds.push(sqlRaw(s.where));
  if (f.categories && s.category) conds.push(sql`${sqlRaw(s.category)} IN ${f.categories}`);
  if (f.classifications && s.classification) conds.push(sql`${sqlRaw(s.classification)} IN ${f.classifications}`);
  return sql`SELECT CAST(${sqlRaw(key)} AS TEXT) AS k, count(*) AS n FROM ${sqlRaw(s.from)} WHERE ${sqlJoin(conds, ' AND ')} GROUP BY k ORDER BY k`;
}

export function computeFigure(r: Reader, f: Figure, p: { from: string; to: string }, classificationLabels: readonly string[]): FigureResult {
  const counts = new Map(r.all<{ k: string; n: number }>(figureSql(f, p)).map((x) => [x.k ?? '', x.n]));
  const groups = groupsOf(f, p, classificationLabels) ?? [...counts.keys()].map((k) => ({ group: k, label: subTypeWord(k) }));
  const rows: FigureRow[] = groups.map((g) => ({ ...g, value: counts.get(g.group) ?? 0 }));
  return { key: f.key, label: f.label, source: f.source, groupBy: f.groupBy, chart: f.chart, rows, total: rows.reduce((a, x) => a + x.value, 0) };
}

const subTypeWord = (k: string) => (ARCHIVE_WORDS.subType as Record<string, { zh: string }>)[k]?.zh ?? k;

export function computeFigures(r: Reader, def: TemplateDefinition, p: { from: string; to: string }, classificationLabels: readonly string[]): FigureResult[] {
  return def.figures.map((f) => computeFigure(r, f, p, classificationLabels));
}
