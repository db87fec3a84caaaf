// Spreadsheet import in the Chinese UI (R-ARCH-3, R-CUST-1): a 1 000-row .xlsx with 3 bad rows
// is refused with their row numbers and nothing is written; the corrected file goes in as one
// transaction with a progress bar; the customer list then holds all 1 000.
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, attachFileSaver, CUSTOMER_HEADER, customerRow, d, OPERATOR, openMenu, writeXlsx } from './archive-fixtures';

test('R-ARCH-3 R-CUST-1 导入：1 000 行含 3 行错误 → 按行号报错且不写入 → 修正后全部导入', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  attachFileSaver(bridge);
  const rows = Array.from({ length: 1000 }, (_, i) => customerRow(i));
  const bad = rows.map((r) => [...r]);
  bad[100]![5] = bad[100]![5]!.slice(0, 17) + (bad[100]![5]!.endsWith('0') ? '1' : '0'); // wrong check character → sheet row 102
  bad[500]![0] = ''; // no name → row 502
  bad[900]![1] = '重要客户'; // not a category → row 902
  const badFile = await writeXlsx('customers-1000-bad.xlsx', CUSTOMER_HEADER, bad);
  const goodFile = await writeXlsx('customers-1000.xlsx', CUSTOMER_HEADER, rows);

  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '导入');
  // 下载模板: headers are the form's labels, the example row marked (never imported)
  await page.getByRole('button', { name: '下载模板' }).click();
  const saved = page.getByTestId('import-template');
  await expect(saved).toContainText('模板已保存到');
  const path = /模板已保存到 (\S+\.xlsx)/.exec(await saved.innerText())![1]!;
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const head = (wb.worksheets[0]!.getRow(1).values as unknown[]).map(String);
  expect(head).toEqual(expect.arrayContaining(['客户子类型*', '联系电话']));
  expect(String(wb.worksheets[0]!.getRow(2).getCell(1).value)).toMatch(/^【示例】/);
  await page.getByLabel('选择文件（.xlsx / .csv）').setInputFiles(badFile);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByText('有 3 处错误，未写入任何数据', { exact: false })).toBeVisible();
  const errors = preview.getByRole('table', { name: '错误' });
  await expect(errors.getByRole('row')).toHaveCount(4);
  await expect(errors.getByRole('row').nth(1)).toContainText('102');
  await expect(errors.getByRole('row').nth(1)).toContainText('统一社会信用代码格式或校验位不正确');
  await expect(errors.getByRole('row').nth(2)).toContainText('502');
  await expect(errors.getByRole('row').nth(3)).toContainText('902');
  await expect(preview.getByRole('button', { name: /全部导入/ })).toBeDisabled();
  await shot(page, 'archive-import-errors');
  // nothing written (the page's session answers through the same dispatcher)
  const none = await d(bridge, 'archive.search', { query: '', filter: { kind: 'customer' }, offset: 0, limit: 1 });
  expect(none.total).toBe(0);

  // the corrected sheet: preview clean → commit all at once
  await page.getByLabel('选择文件（.xlsx / .csv）').setInputFiles(goodFile);
  await expect(preview.getByRole('button', { name: '全部导入（1000 行）' })).toBeEnabled({ timeout: 60_000 });
  await shot(page, 'archive-import-preview');
  await preview.getByRole('button', { name: '全部导入（1000 行）' }).click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 1000 行', { timeout: 60_000 });
  await shot(page, 'archive-import');
  const all = await d(bridge, 'archive.search', { query: '', filter: { kind: 'customer' }, offset: 0, limit: 1 });
  expect(all.total).toBe(1000);

  await openMenu(page, '客户档案');
  await expect(page.getByText('共 1000 户')).toBeVisible();
  await expect(page.getByRole('table', { name: '客户档案' }).getByRole('row').filter({ hasText: '华东贸易有限公司0' }).first()).toBeVisible();
});
