// R-INSP-3 the monthly log printed through Debian's headless Chromium and read back with poppler:
// the chart (the same ECharts SVG as on screen) with the limit bands, the readings with their 八防
// checks, out-of-range flags and actions, the day short of a reading; page 1 rendered for a look.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_OK } from '../../electron/environment/contract/calls';
import { figureHtml } from '../../electron/print/register';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { ok, vaultWith } from './kit';
import { HAVE_PRINT_TOOLS } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
if (!HAVE_PRINT_TOOLS) console.warn(`environment print tests skipped: need ${CHROMIUM_PATH} and poppler-utils`);
const text = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

test('R-INSP-3 a figure is generated SVG only: script, handlers and external references are refused', () => {
  expect(figureHtml({ caption: '曲线', svg: '<svg width="10"><rect fill="#fff"/></svg>' })).toContain('<figcaption>曲线</figcaption><svg');
  for (const bad of ['<svg><script>x</script></svg>', '<svg onload="x()"></svg>', '<svg><image href="http://x/a.png"/></svg>', '<div></div>'])
    expect(() => figureHtml({ caption: 'x', svg: bad })).toThrow(/unsafe SVG/);
});

describe.skipIf(!HAVE_PRINT_TOOLS)('environment monthly log (Chromium → PDF → poppler)', () => {
  let v: Awaited<ReturnType<typeof vaultWith>>;
  let printer: ChromiumPrinter;
  let roomId = 0;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    v = await vaultWith([{ login: 'op', roles: ['operator'], name: '王专员' }], { as: 'op', locale: 'zh-CN' });
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    roomId = ok(await v.call('locations.createRoom', { name: '一号库房' })).id;
    v.ctx.clock.set(new Date('2026-11-27T18:00:00+08:00'));
    for (let d = 20; d <= 27; d++) {
      const day = `2026-11-${d}`;
      ok(
        await v.call('environment.record', { roomId, at: `${day}T09:00:00+08:00`, temperature: 18.5 + (d % 3) * 0.4, humidity: 51 + (d % 4), checks: ALL_OK }),
      );
      if (d === 22) continue;
      const pm = ok(
        await v.call('environment.record', {
          roomId,
          at: `${day}T16:00:00+08:00`,
          temperature: d === 25 ? 25.2 : 19.4,
          humidity: 52,
          checks: d === 26 ? { ...ALL_OK, pests: false } : ALL_OK,
        }),
      );
      if (pm.problems.length) ok(await v.call('environment.addAction', { readingId: pm.id, action: d === 25 ? '空调检修后复测正常' : '更换粘虫板' }));
    }
  }, 90_000);
  afterAll(async () => {
    await printer?.close();
    v?.ctx.vault?.close();
    v?.cleanup();
  });

  test('R-INSP-3 月度记录: the chart with the limit bands, every reading, out-of-range flags and actions, the day short of a reading', async () => {
    const r = ok(await v.call('environment.printMonth', { roomId, month: '2026-11', target: 'pdf' }));
    const t = text(r.path!);
    for (const w of [
      '库房温湿度及八防检查记录（2026年11月）',
      '一号库房2026-11温湿度曲线',
      '温度14–24°C',
      '湿度45–60%',
      '限值：温度14–24°C，相对湿度45–60%，日较差±2°C/±5%',
      '本月读数15条',
      '温度过高',
      '空调检修后复测正常',
      '防虫检查异常',
      '更换粘虫板',
      '11-22（缺1次）',
      '记录人姓名：签名：日期：',
    ])
      expect(t).toContain(w);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', r.path!, join(OUT, 'environment-monthly-log')]);
  });
});
