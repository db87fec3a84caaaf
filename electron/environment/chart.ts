// The room's chart (R-INSP-3): temperature and relative humidity over a day, a month or a year with
// the carrier's limit bands, rendered in main by ECharts' server-side SVG renderer — so the very
// same SVG is shown on screen and printed in the monthly log. A year is drawn as daily means.
import { CHART_FONT, renderChartSvg } from '../print/chart';
import type { Db } from '../vault/db';
import { reader } from '../vault/sql';
import { addDay, getEnvPolicy, listReadings, roomLimits } from './environment';

export interface ChartInput {
  roomId: number;
  period: 'day' | 'month' | 'year';
  date: string;
  width: number;
  height: number;
}

function range(period: ChartInput['period'], date: string): { from: string; to: string } {
  if (period === 'day') return { from: date.slice(0, 10), to: date.slice(0, 10) };
  if (period === 'month') {
    const m = date.slice(0, 7);
    const next = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 1)).toISOString().slice(0, 10);
    return { from: `${m}-01`, to: addDay(next, -1) };
  }
  return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
}

export function roomChartSvg(db: Db, input: ChartInput): string {
  const r = reader(db);
  const policy = getEnvPolicy(r);
  const l = roomLimits(policy, input.roomId);
  const { from, to } = range(input.period, input.date);
  const readings = listReadings(r, { roomId: input.roomId, from, to });
  let t: [number, number][];
  let h: [number, number][];
  if (input.period === 'year') {
    const days = new Map<string, { t: number[]; h: number[] }>();
    for (const x of readings) {
      const d = days.get(x.day) ?? { t: [], h: [] };
      d.t.push(x.temperature);
      d.h.push(x.humidity);
      days.set(x.day, d);
    }
    const mean = (v: number[]) => Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10;
    const at = (d: string) => Date.parse(`${d}T04:00:00Z`);
    t = [...days].map(([d, v]) => [at(d), mean(v.t)]);
    h = [...days].map(([d, v]) => [at(d), mean(v.h)]);
  } else {
    t = readings.map((x) => [Date.parse(x.at), x.temperature]);
    h = readings.map((x) => [Date.parse(x.at), x.humidity]);
  }
  const bad = readings.filter((x) => x.problems.length > 0 && input.period !== 'year');
  const start = Date.parse(`${from}T00:00:00+08:00`);
  const end = Date.parse(`${addDay(to, 1)}T00:00:00+08:00`);
  const font = CHART_FONT;
  const band = (min: number, max: number, color: string, name: string, position: 'insideTopLeft' | 'insideBottomRight') => ({
    silent: true,
    itemStyle: { color, opacity: 0.12 },
    label: { show: true, position, formatter: name, ...font, color: '#555' },
    data: [[{ yAxis: min }, { yAxis: max }]] as [{ yAxis: number }, { yAxis: number }][],
  });
  return renderChartSvg(
    {
      grid: { left: 48, right: 52, top: 36, bottom: 36 },
      legend: { top: 4, data: ['温度 (°C)', '相对湿度 (%RH)'], textStyle: font },
      xAxis: {
        type: 'time',
        min: start,
        max: end,
        axisLabel: {
          ...font,
          formatter: (v: number) => {
            const d = new Date(v + 8 * 3600_000).toISOString();
            return input.period === 'day' ? d.slice(11, 16) : input.period === 'month' ? d.slice(8, 10) : `${Number(d.slice(5, 7))}月`;
          },
        },
      },
      yAxis: [
        { type: 'value', name: '°C', min: 0, max: 40, axisLabel: font, nameTextStyle: font },
        { type: 'value', name: '%RH', min: 0, max: 100, axisLabel: font, nameTextStyle: font, splitLine: { show: false } },
      ],
      series: [
        {
          name: '温度 (°C)',
          type: 'line',
          yAxisIndex: 0,
          data: t,
          symbolSize: input.period === 'day' ? 6 : 3,
          lineStyle: { color: '#d4380d', width: 1.5 },
          itemStyle: { color: '#d4380d' },
          markArea: band(l.tMin, l.tMax, '#d4380d', `温度 ${l.tMin}–${l.tMax} °C`, 'insideTopLeft'),
        },
        {
          name: '相对湿度 (%RH)',
          type: 'line',
          yAxisIndex: 1,
          data: h,
          symbolSize: input.period === 'day' ? 6 : 3,
          lineStyle: { color: '#1d39c4', width: 1.5 },
          itemStyle: { color: '#1d39c4' },
          markArea: band(l.rhMin, l.rhMax, '#1d39c4', `湿度 ${l.rhMin}–${l.rhMax} %`, 'insideBottomRight'),
        },
        {
          name: '超标',
          type: 'scatter',
          yAxisIndex: 0,
          data: bad.map((x) => [Date.parse(x.at), x.temperature]),
          symbol: 'diamond',
          symbolSize: 11,
          itemStyle: { color: '#cf1322' },
        },
      ],
    },
    { width: input.width, height: input.height },
  );
}
