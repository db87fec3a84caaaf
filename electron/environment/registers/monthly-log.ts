// 库房温湿度及八防检查月度记录 (R-INSP-3): the month's chart (the same SVG as on screen) with the
// limit bands, then one row per reading — time, temperature, RH, the 八防 checks, what was out of
// range and the action taken, who recorded it — and the days with missing readings in the summary.
import { formatPrintTime, type RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';
import type { Vault } from '../../vault/vault';
import { sql } from '../../vault/sql';
import { roomChartSvg } from '../chart';
import { PROBLEM_WORDS } from '../contract/audit-actions';
import { EIGHT_CHECKS } from '../contract/calls';
import { addDay, getEnvPolicy, listReadings, monthDays, roomCarrier, roomLimits } from '../environment';

export const ENV_MONTH_CODE = 'environmentMonthlyLog';
const CHECK_WORDS: Record<string, string> = { damp: '潮', mould: '霉', pests: '虫', fire: '火', theft: '盗', light: '光', dust: '尘', water: '水' };

export function buildMonthlyLog(vault: Vault, roomId: number, month: string, opts: PrintOptions): RegisterSpec {
  const frame = registerFrame(vault, opts, 0);
  const tz = frame.timeZone;
  const db = vault.db;
  const room = vault.read((r) => r.value<string>(sql`SELECT name FROM rooms WHERE id = ${roomId}`)) ?? '';
  const policy = getEnvPolicy(db);
  const l = roomLimits(policy, roomId);
  const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
  const readings = listReadings(db, { roomId, from: `${month}-01`, to: addDay(next, -1) });
  const days = monthDays(db, roomId, month, opts.now);
  const missing = days.filter((d) => d.missing > 0);
  const out = readings.filter((x) => x.problems.length > 0);
  const temps = readings.map((x) => x.temperature);
  const hums = readings.map((x) => x.humidity);
  const span = (v: number[]) => (v.length ? `${Math.min(...v)}–${Math.max(...v)}` : '—');
  return {
    ...frame,
    title: `库房温湿度及八防检查记录（${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月）`,
    registerCode: ENV_MONTH_CODE,
    orientation: 'landscape',
    summary: [
      `库房 ${room}，载体 ${roomCarrier(policy, roomId) === 'paper' ? '纸质' : '磁性介质'}；限值：温度 ${l.tMin}–${l.tMax} °C，相对湿度 ${l.rhMin}–${l.rhMax} %，日较差 ±${policy.swingT} °C / ±${policy.swingRh} %；每日至少 ${policy.readingsPerDay} 次读数`,
      `本月读数 ${readings.length} 条：温度 ${span(temps)} °C，相对湿度 ${span(hums)} %；超标 ${out.length} 条，其中已登记处置 ${out.filter((x) => x.actions.length).length} 条`,
      missing.length ? `缺少读数的日期：${missing.map((d) => `${d.day.slice(5)}（缺 ${d.missing} 次）`).join('、')}` : '本月无缺少读数的日期',
    ],
    figures: [
      {
        caption: `${room} ${month} 温湿度曲线（阴影为限值范围，◆ 为超标读数）`,
        svg: roomChartSvg(db, { roomId, period: 'month', date: month, width: 1000, height: 300 }),
      },
    ],
    columns: [
      { key: 'no', header: '序号', width: '4%', align: 'center' },
      { key: 'at', header: '时间', width: '11%' },
      { key: 't', header: '温度 °C', width: '6%', align: 'center' },
      { key: 'rh', header: '湿度 %RH', width: '6%', align: 'center' },
      { key: 'checks', header: '八防（潮霉虫火盗光尘水）', width: '14%', align: 'center' },
      { key: 'source', header: '来源', width: '6%', align: 'center' },
      { key: 'problems', header: '超标情况', width: '15%' },
      { key: 'actions', header: '处置措施', width: '28%' },
      { key: 'by', header: '记录人', width: '10%' },
    ],
    rows: readings.map((x, i) => ({
      no: i + 1,
      at: formatPrintTime(x.at, false, tz),
      t: x.temperature,
      rh: x.humidity,
      checks: EIGHT_CHECKS.map((c) => (x.checks[c] ? '✓' : `✗${CHECK_WORDS[c]}`)).join(' '),
      source: x.source === 'csv' ? '记录仪' : '人工',
      problems: x.problems.map((p) => PROBLEM_WORDS[p]?.zh ?? p).join('、'),
      actions: x.actions.map((a) => `${a.action}（${a.byName} ${formatPrintTime(a.at, false, tz)}）`).join('；'),
      by: x.byName,
    })),
    signatureLines: [{ role: '记录人' }, { role: '审核人' }],
  };
}
