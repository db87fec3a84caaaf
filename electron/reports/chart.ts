// A figure's chart (R-REP-1): the one chart renderer (ECharts SSR SVG in main), from the figures the
// report was compiled with — the same SVG on screen and in the printed report.
import { CHART_FONT, renderChartSvg } from '../print/chart';
import type { FigureResult } from './contract/calls';

export function figureChartSvg(f: FigureResult, width = 560, height = 260): string {
  const data = f.rows.map((r) => ({ name: r.label, value: r.value }));
  return renderChartSvg(
    f.chart === 'pie'
      ? // a period with none of them: the grey empty ring (ECharts would draw equal slices for all-zero values)
        { series: [{ type: 'pie', radius: ['30%', '62%'], data: data.some((d) => d.value) ? data : [], label: { ...CHART_FONT, formatter: '{b}：{c}' } }] }
      : {
          grid: { left: 44, right: 16, top: 20, bottom: 36 },
          xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { ...CHART_FONT, interval: 0 } },
          yAxis: { type: 'value', minInterval: 1, axisLabel: CHART_FONT },
          series: [
            {
              type: 'bar',
              data: data.map((d) => d.value),
              itemStyle: { color: '#1d39c4' },
              label: { show: true, position: 'top', ...CHART_FONT },
              barMaxWidth: 36,
            },
          ],
        },
    { width, height },
  );
}

export const reportCharts = (figures: FigureResult[], width?: number, height?: number) =>
  figures.filter((f) => f.chart !== 'none').map((f) => ({ key: f.key, label: f.label, svg: figureChartSvg(f, width, height) }));
