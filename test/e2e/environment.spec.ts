// The storage environment in the Chinese UI at 1366×768 (R-INSP-3): the information specialist
// imports a data logger's CSV, records the afternoon reading by hand — too hot — and cannot close
// the day until the action is recorded; the badge and the home alert say so meanwhile; the chart
// (ECharts SVG) is shown and the monthly log printed to PDF (pdftotext; page 1 rendered to PNG),
// then the yearly analysis beside it (R-INSP-3).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ARCHIVE_STAFF, d, OPERATOR, openMenu } from './archive-fixtures';
import { expect, PDF_DIR, seedVault, shot, signIn, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-INSP-3 库房环境：导入记录仪 CSV → 人工登记超标读数 → 未登记处置不能结束当日 → 登记处置后结束 → 曲线与月度记录打印 → 年度分析打印', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(150_000);
  await seedVault(bridge, ARCHIVE_STAFF);
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  await d(bridge, 'auth.acknowledgeRules', { accepted: true });
  await d(bridge, 'locations.createRoom', { name: '一号库房' });
  await d(bridge, 'auth.signOut', {});
  // the room's days are China Standard Time (UTC+8), whatever the machine's zone
  const cst = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const today = cst(Date.now());
  const yesterday = cst(Date.now() - 86_400_000);

  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '库房环境');
  await expect(page.getByRole('heading', { name: '库房温湿度与八防' })).toBeVisible();
  await expect(page.getByText('14–24 °C · 45–60 %RH')).toBeVisible();

  // the logger's export for yesterday
  const csv = ['时间,温度(℃),湿度(%RH)', `${yesterday} 09:00:00,19.2,51.5`, `${yesterday} 16:00:00,19.8,53.0`].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({ name: 'logger.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText('导入 2 条，跳过重复 0 条，超标 0 条')).toBeVisible();

  // by hand, now: too hot
  await page.getByRole('button', { name: '登记读数' }).click();
  const rec = page.getByRole('dialog', { name: '登记读数' });
  await rec.getByLabel('温度').fill('25.6');
  await rec.getByLabel('相对湿度').fill('52');
  await rec.getByRole('button', { name: '保存' }).click();
  await expect(rec).toBeHidden();
  await expect(page.getByText('读数超标：请在结束当日记录前登记处置措施')).toBeVisible();
  const readings = page.getByRole('table', { name: `${today} 的读数` });
  await expect(readings).toContainText('温度过高');
  await expect(page.getByTestId('environment-badge')).toHaveText('1');

  // the day cannot close without the action
  const days = page.getByRole('table', { name: /逐日情况/ });
  await expect(days.getByRole('row').filter({ hasText: today })).toContainText('1 条未处置');
  await page.getByTestId(`close-${today}`).click();
  await expect(page.getByText('当日有超标读数尚未登记处置措施，不能结束当日记录')).toBeVisible();
  await readings.getByRole('button', { name: '登记处置' }).click();
  const act = page.getByRole('dialog', { name: '登记超标处置措施' });
  await act.getByLabel('采取了什么措施').fill('空调调至 20 °C 并关闭西侧窗帘，30 分钟后复测 22.4 °C');
  await act.getByRole('button', { name: '保存' }).click();
  await expect(act).toBeHidden();
  await expect(readings).toContainText('空调调至 20 °C');
  await expect(page.getByTestId('environment-badge')).toHaveCount(0);
  await page.getByTestId(`close-${today}`).click();
  await expect(page.getByText(`${today} 的记录已结束`)).toBeVisible();
  await expect(days.getByRole('row').filter({ hasText: today })).toContainText('张专员');
  await expect(page.getByTestId('env-chart')).toBeVisible();
  await shot(page, 'environment-room');

  // the monthly log on paper, with the chart
  await page.getByRole('button', { name: '月度记录（PDF）' }).click();
  const saved = page.getByText(/^已保存到 /).last();
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const pdf = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const w of ['库房温湿度及八防检查记录', '温湿度曲线', '温度14–24°C', '25.6', '温度过高', '空调调至20°C', '记录仪', '人工']) expect(text).toContain(w);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(PDF_DIR, 'environment-monthly-log-e2e')]);

  // the yearly analysis beside it (R-INSP-3): month by month, the year chart with the limit bands
  const year = today.slice(0, 4);
  await page.getByRole('button', { name: `${year} 年度分析（PDF）` }).click();
  const savedYear = page.getByText(/^已保存到 .*年度分析/).last();
  await expect(savedYear).toBeVisible({ timeout: 45_000 });
  const yearPdf = (await savedYear.innerText()).replace(/^已保存到 /, '').trim();
  const yearText = execFileSync('pdftotext', ['-raw', yearPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const w of [`库房温湿度年度分析（${year}年）`, '年温湿度曲线', '超标读数1条', '空调调至20°C', '缺读数']) expect(yearText).toContain(w);
  execFileSync('pdftoppm', ['-png', '-r', '60', yearPdf, join(PDF_DIR, 'environment-yearly-analysis-e2e')]);
});
