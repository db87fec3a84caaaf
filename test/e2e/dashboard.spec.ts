// The home dashboard in the Chinese UI at 1366×768 (R-ARCH-2), on the demo vault: the information
// specialist lands on 工作台 — what waits for them, the archive room's open matters, the CS
// department's aggregate with its charts — and one number (逾期未还借阅) clicks through to the loan
// register filtered to overdue (kept across a lock); a chart's count opens its rows. The GM lands on the same screen with
// approvals waiting, clicks through to the inbox, and prints the summary (PDF pages viewed).
import { execFileSync } from 'node:child_process';
import { expect, PDF_DIR, shot, signIn, test } from './fixtures';
import type { Bridge } from './bridge/server';

test.use({ viewport: { width: 1366, height: 768 } });

const q = (bridge: Bridge, sqlText: string, ...p: unknown[]) =>
  bridge.ctx
    .vault!.db.prepare(sqlText)
    .pluck()
    .get(...p) as number;
const figure = (page: import('@playwright/test').Page, id: string) => page.getByTestId(id).locator('.ant-statistic-content-value');

test('R-ARCH-2 工作台：信息管理专员与总经理登录即见待办、概况与客户信息汇总图表；逾期借阅数字点进筛选为逾期的借阅登记，图表数字打开明细，汇总表打印', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(180_000);
  const demo = await bridge.dispatch('vault.createDemo', {}, { trustedSender: true });
  expect(demo.ok ? 'ok' : JSON.stringify(demo.error)).toBe('ok');
  await page.reload();

  // ---- the operator
  await signIn(page, 'wangjg', 'Demo-2026-wangjg');
  const dash = page.getByTestId('dashboard');
  await expect(dash).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '工作台' })).toHaveClass(/ant-menu-item-selected/);
  await expect(page.getByTestId('dash-customers').locator('.dash-chart svg')).toBeVisible();
  const overdue = q(
    bridge,
    `SELECT count(*) FROM loans l WHERE NOT EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = l.id)
       AND coalesce((SELECT due_at FROM loan_renewals r WHERE r.loan_id = l.id ORDER BY r.id DESC LIMIT 1), l.due_at) < ?`,
    new Date().toISOString(),
  );
  expect(overdue).toBeGreaterThan(0);
  await expect(figure(page, 'dash-o-overdueLoans')).toHaveText(String(overdue));
  await expect(figure(page, 'dash-w-returns')).toHaveText(String(overdue));
  const customers = q(bridge, 'SELECT count(*) FROM customers');
  await expect(page.getByTestId('dash-cat-general')).toContainText(String(q(bridge, "SELECT count(*) FROM customers WHERE category = 'general'")));
  expect(customers).toBe(300);
  await shot(page, 'dashboard-operator');

  // a chart's count opens the rows behind it
  const paper = q(bridge, "SELECT count(*) FROM items WHERE carrier = 'opticalDisc'");
  await page.getByTestId('dash-carrier-opticalDisc').click();
  const drawer = page.getByTestId('dash-drill');
  await expect(drawer.getByText(`载体：光盘（${paper} 条）`)).toBeVisible();
  await shot(page, 'dashboard-drill');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 逾期未还借阅 → the loan register filtered to overdue, exactly those rows
  await page.getByTestId('dash-o-overdueLoans').click();
  await expect(page.getByRole('menuitem', { name: /借阅登记/ })).toHaveClass(/ant-menu-item-selected/);
  await expect(page.locator('.ant-segmented-item-selected')).toHaveText('逾期');
  const register = page.getByRole('table', { name: '借阅登记簿' });
  await expect(register.locator('tbody tr.ant-table-row')).toHaveCount(overdue);
  await shot(page, 'dashboard-overdue-loans');
  // the click-through is a route + filter like any other: a lock and unlock keep both (R-IT-1)
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(page.getByText('档案室已锁定')).toBeVisible();
  await page.getByLabel('密码').fill('Demo-2026-wangjg');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('menuitem', { name: /借阅登记/ })).toHaveClass(/ant-menu-item-selected/);
  await expect(page.locator('.ant-segmented-item-selected')).toHaveText('逾期');
  await expect(register.locator('tbody tr.ant-table-row')).toHaveCount(overdue);

  // ---- the GM
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, 'chenjing', 'Demo-2026-chenjing');
  await expect(dash).toBeVisible();
  const waiting = page.getByTestId('dash-waiting');
  await expect(waiting.getByTestId('dash-w-approvals')).toBeVisible();
  await expect(waiting.getByTestId('dash-w-returns')).toHaveCount(0);
  await expect(page.getByTestId('dash-months').locator('.dash-chart svg')).toBeVisible();
  const inbox = Number(await figure(page, 'dash-w-approvals').textContent());
  await shot(page, 'dashboard-gm');
  await page.getByTestId('dash-w-approvals').click();
  await expect(page.getByRole('menuitem', { name: /审批/ })).toHaveClass(/ant-menu-item-selected/);
  await expect(page.getByRole('table', { name: '待我审批' }).locator('tbody tr.ant-table-row')).toHaveCount(inbox);

  // the summary printed: the charts and the figures on paper
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await page.getByRole('button', { name: '打印汇总表（PDF）' }).click();
  const saved = page.getByText(/^已保存到 /).last();
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const path = ((await saved.textContent()) ?? '').replace(/^已保存到 /, '').trim();
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('客户信息汇总表');
  expect(text).toContain('逾期未还借阅');
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `${PDF_DIR}/dashboard-register`]);
});
