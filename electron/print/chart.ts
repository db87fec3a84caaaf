// The one chart renderer: ECharts' server-side SVG renderer in main, so the very same SVG is shown
// on screen and printed in a register (figures). Callers pass an ECharts option; the font is the
// bundled print font so a printed chart matches the register's text.
import * as echarts from 'echarts';
import { PRINT_FONT_FAMILY } from './font';

/** the text style every chart uses (the print font first, then the screen's) */
export const CHART_FONT = { fontFamily: `'${PRINT_FONT_FAMILY}', 'Noto Sans SC', sans-serif`, fontSize: 11 } as const;

/** Renders one ECharts option to an SVG string (no animation, disposed after). */
export function renderChartSvg(option: echarts.EChartsCoreOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: CHART_FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
