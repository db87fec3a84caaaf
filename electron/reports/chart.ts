// A figure's chart (R-REP-1): ECharts' server-side SVG renderer in main, from the figures the report
// was compiled with — the same SVG on screen and in the printed report.
import * as echarts from 'echarts';
import { PRINT_FONT_FAMILY } from '../print/font';
import type { FigureResult } from './contract/calls';

export function figureChartSvg(f: FigureResult, width = 560, height = 260): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const font = { fontFamily: `'${PRINT_FONT_FAMILY}', 'Noto Sans SC', sans-serif`, fontSize: 11 };
  const data = f.rows.map((r) => ({ name: r.label, value: r.value }));
  chart.setOption(
    f.chart === 'pie'
      ? {
          animation: false,
          textStyle: font,
          series: [{ type: 'pie', radius: ['30%', '62%'], data, label: { ...font, formatter: '{b}：{c}' } }],
        }
      : {
          animation: false,
          textStyle: font,
          grid: { left: 44, right: 16, top: 20, bottom: 36 },
          xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { ...font, interval: 0 } },
          yAxis: { type: 'value', minInterval: 1, axisLabel: font },
          series: [
            { type: 'bar', data: data.map((d) => d.value), itemStyle: { color: '#1d39c4' }, label: { show: true, position: 'top', ...font }, barMaxWidth: 36 },
          ],
        },
  );
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export const reportCharts = (figures: FigureResult[], width?: number, height?: number) =>
  figures.filter((f) => f.chart !== 'none').map((f) => ({ key: f.key, label: f.label, svg: figureChartSvg(f, width, height) }));
