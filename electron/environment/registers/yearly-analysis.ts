// 库房温湿度年度分析 (R-INSP-3): one room's year month by month — readings, temperature and RH
// min / max / mean, days with an out-of-range reading, the out-of-range readings and the actions
// taken on them, days short of readings and how many were missing — with the year chart (daily
// means, the carrier's limit bands: the same ECharts SVG as on screen). Printed by the one register
// printer; every figure is the month's readings and day statuses (listReadings / monthDays).
import type { RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';
import { sql } from '../../vault/sql';
import type { Vault } from '../../vault/vault';
import { roomChartSvg } from '../chart';
import { PROBLEM_WORDS } from '../contract/audit-actions';
import { addDay, dayOf, getEnvPolicy, listReadings, monthDays, roomCarrier, roomLimits } from '../environment';

export const ENV_YEAR_CODE = 'environmentYearlyAnalysis';

export interface MonthAnalysis {
  month: string;
  readings: number;
  t: { min: number; max: number; mean: number } | null;
  rh: { min: number; max: number; mean: number } | null;
  /** days with at least one out-of-range reading */
  daysOut: number;
  outOfRange: number;
  /** out-of-range readings with an action recorded */
  withAction: number;
  actions: { day: string; action: string }[];
  /** days (up to now) with fewer readings than the policy asks */
  daysMissing: number;
  /** readings missing on those days */
  missing: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const stats = (v: number[]) => (v.length ? { min: Math.min(...v), max: Math.max(...v), mean: round1(v.reduce((a, b) => a + b, 0) / v.length) } : null);

/** the room's first reading day: readings are missing only from then on (before it the room was not yet kept) */
export const firstReadingDay = (vault: Vault, roomId: number): string | null =>
  vault.read((r) => r.value<string>(sql`SELECT min(day) FROM env_readings WHERE room_id = ${roomId}`)) ?? null;

export function yearAnalysis(vault: Vault, roomId: number, year: number, now: Date): MonthAnalysis[] {
  const db = vault.db;
  const since = firstReadingDay(vault, roomId);
  const out: MonthAnalysis[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const next = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
    const readings = listReadings(db, { roomId, from: `${month}-01`, to: addDay(next, -1) });
    const bad = readings.filter((x) => x.problems.length > 0);
    // a month not begun has no day statuses (monthDays stops at today)
    const days = since && `${month}-01` <= dayOf(now.toISOString()) ? monthDays(db, roomId, month, now).filter((d) => d.day >= since) : [];
    out.push({
      month,
      readings: readings.length,
      t: stats(readings.map((x) => x.temperature)),
      rh: stats(readings.map((x) => x.humidity)),
      daysOut: new Set(bad.map((x) => x.day)).size,
      outOfRange: bad.length,
      withAction: bad.filter((x) => x.actions.length > 0).length,
      actions: bad.flatMap((x) => x.actions.map((a) => ({ day: x.day, action: a.action }))),
      daysMissing: days.filter((d) => d.missing > 0).length,
      missing: days.reduce((s, d) => s + d.missing, 0),
    });
  }
  return out;
}

export function buildYearlyAnalysis(vault: Vault, roomId: number, year: number, opts: PrintOptions): RegisterSpec {
  const frame = registerFrame(vault, opts, 0);
  const db = vault.db;
  const room = vault.read((r) => r.value<string>(sql`SELECT name FROM rooms WHERE id = ${roomId}`)) ?? '';
  const policy = getEnvPolicy(db);
  const l = roomLimits(policy, roomId);
  const months = yearAnalysis(vault, roomId, year, opts.now);
  const all = listReadings(db, { roomId, from: `${year}-01-01`, to: `${year}-12-31` });
  const yt = stats(all.map((x) => x.temperature));
  const yh = stats(all.map((x) => x.humidity));
  const sum = (k: 'readings' | 'daysOut' | 'outOfRange' | 'withAction' | 'daysMissing' | 'missing') => months.reduce((s, m) => s + m[k], 0);
  const span = (s: { min: number; max: number; mean: number } | null, unit: string) => (s ? `${s.min}–${s.max} ${unit}，平均 ${s.mean} ${unit}` : '无读数');
  const problemKinds = new Map<string, number>();
  for (const x of all) for (const p of x.problems) problemKinds.set(p, (problemKinds.get(p) ?? 0) + 1);
  return {
    ...frame,
    title: `库房温湿度年度分析（${year} 年）`,
    registerCode: ENV_YEAR_CODE,
    orientation: 'landscape',
    summary: [
      `库房 ${room}，载体 ${roomCarrier(policy, roomId) === 'paper' ? '纸质' : '磁性介质'}；限值：温度 ${l.tMin}–${l.tMax} °C，相对湿度 ${l.rhMin}–${l.rhMax} %，日较差 ±${policy.swingT} °C / ±${policy.swingRh} %；每日至少 ${policy.readingsPerDay} 次读数`,
      `全年读数 ${sum('readings')} 条：温度 ${span(yt, '°C')}；相对湿度 ${span(yh, '%')}`,
      `超标读数 ${sum('outOfRange')} 条（涉及 ${sum('daysOut')} 天），已登记处置 ${sum('withAction')} 条${
        problemKinds.size ? `；其中 ${[...problemKinds].map(([p, n]) => `${PROBLEM_WORDS[p]?.zh ?? p} ${n}`).join('、')}` : ''
      }`,
      `缺少读数 ${sum('daysMissing')} 天，共缺 ${sum('missing')} 次${firstReadingDay(vault, roomId) ? `（自首次读数 ${firstReadingDay(vault, roomId)} 起计）` : ''}`,
    ],
    figures: [
      {
        caption: `${room} ${year} 年温湿度曲线（日均值；阴影为限值范围）`,
        svg: roomChartSvg(db, { roomId, period: 'year', date: String(year), width: 1000, height: 230 }),
      },
    ],
    columns: [
      { key: 'month', header: '月份', width: '6%', align: 'center' },
      { key: 'readings', header: '读数', width: '5%', align: 'center' },
      { key: 't', header: '温度 °C 最低 / 最高 / 平均', width: '14%', align: 'center' },
      { key: 'rh', header: '湿度 %RH 最低 / 最高 / 平均', width: '14%', align: 'center' },
      { key: 'daysOut', header: '超标天数', width: '6%', align: 'center' },
      { key: 'out', header: '超标读数 / 已处置', width: '8%', align: 'center' },
      { key: 'actions', header: '处置措施', width: '31%' },
      { key: 'missing', header: '缺读数 天 / 次', width: '8%', align: 'center' },
      { key: 'note', header: '备注', width: '8%' },
    ],
    rows: months.map((m) => ({
      month: `${Number(m.month.slice(5))} 月`,
      readings: m.readings,
      t: m.t ? `${m.t.min} / ${m.t.max} / ${m.t.mean}` : '—',
      rh: m.rh ? `${m.rh.min} / ${m.rh.max} / ${m.rh.mean}` : '—',
      daysOut: m.daysOut,
      out: `${m.outOfRange} / ${m.withAction}`,
      actions: m.actions.map((a) => `${a.day.slice(5)} ${a.action}`).join('；'),
      missing: `${m.daysMissing} / ${m.missing}`,
      note: m.outOfRange > m.withAction ? '有未处置' : m.readings === 0 && `${m.month}-01` <= dayOf(opts.now.toISOString()) ? '无读数' : '',
    })),
    signatureLines: [{ role: '分析人' }, { role: '审核人' }],
  };
}
