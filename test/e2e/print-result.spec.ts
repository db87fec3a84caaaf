// After 打印为 PDF (issue 12), at 1366×768: the result panel — path, page count, 打开所在文件夹 —
// stays until dismissed (not a 3-second toast), and nothing of it survives a sign-out.
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, OPERATOR, seedArchive } from './archive-fixtures';
import type { ChromiumPrinter } from './support/chromium-printer';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-REP-4 打印为 PDF 后结果面板一直显示（路径、页数、打开所在文件夹）直到关闭；退出登录后不再显示', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  await seedArchive(bridge);
  await page.clock.install();
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await page.getByRole('menuitem', { name: '档案索引' }).click();
  await page.getByRole('button', { name: '打印索引登记簿（PDF）' }).click();
  const panel = page.getByTestId('pdf-result');
  await expect(panel).toBeVisible({ timeout: 45_000 });
  const path = (await panel.getByText(/^已保存到 /).innerText()).replace(/^已保存到 /, '').trim();
  expect(path).toMatch(/档案索引.*\.pdf$/);
  await expect(panel).toContainText(/共 \d+ 页/);
  // still there long after a toast would have gone
  await page.clock.runFor(60_000);
  await expect(panel).toBeVisible();
  await shot(page, 'pdf-result');
  await page.getByRole('button', { name: '打开所在文件夹' }).click();
  const printer = bridge.ctx.printer as ChromiumPrinter;
  await expect.poll(() => printer.shownInFolder).toEqual([path]);
  // main opens only a file its printer wrote
  const other = await bridge.dispatch('print.showInFolder', { path: '/etc/passwd' }, { trustedSender: true });
  expect(other).toEqual({ ok: true, value: { shown: false } });
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(panel).toBeHidden();

  // a panel left open is gone after sign-out
  await page.getByRole('button', { name: '打印索引登记簿（PDF）' }).click();
  await expect(panel).toBeVisible({ timeout: 45_000 });
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(panel).toBeHidden();
});
