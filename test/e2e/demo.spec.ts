// The demo vault as a newcomer meets it (issue 12), at 1366×768: 创建演示档案库 → the living archive
// room counted on screen, the 演示数据 banner on every screen, the sign-ins shown again from the
// sign-in screen, and the way back to a real vault (the demo set aside, the first run follows).
import { expect, shot, signIn, test } from './fixtures';
import { pick } from './archive-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-IT-1 R-ARCH-1 R-ARCH-4 R-INSP-1 R-INSP-3 R-SEC-6 R-SEC-7 R-REP-4 R-GOV-1 演示档案库：300 户客户、两个库房、待上架与已上架；已完成的检查、修复中的档案、整月温湿度读数、已销毁的清册、处置中的泄密事件、已发布并分发的报表、两个版本的策略；每个界面都有“演示数据”横幅；登录页可再次显示演示账户；可移开演示库并创建正式档案库', async ({
  app: page,
}) => {
  await page.getByRole('button', { name: '创建演示档案库' }).click();
  await expect(page.getByText('演示档案库已创建')).toBeVisible({ timeout: 90_000 });
  const banner = page.getByTestId('demo-banner');
  await expect(banner).toContainText('演示数据');
  await page.getByRole('button', { name: '前往登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(banner).toBeVisible();

  // the sign-ins again: pick 王建国 from the list, both fields are filled
  await page.getByRole('button', { name: '显示演示账户' }).click();
  const list = page.getByRole('dialog', { name: /演示档案库的账户/ });
  await expect(list.getByRole('row')).toHaveCount(11);
  await shot(page, 'demo-signins');
  await list.getByRole('cell', { name: 'wangjg', exact: true }).click();
  await expect(list).toBeHidden();
  await expect(page.getByLabel('用户名')).toHaveValue('wangjg');
  await expect(page.getByLabel('密码')).toHaveValue('Demo-2026-wangjg');
  await signIn(page, 'wangjg', 'Demo-2026-wangjg');

  await page.getByRole('menuitem', { name: '客户档案' }).click(); // the landing is the dashboard (R-ARCH-2)
  await expect(page.getByText('共 300 户')).toBeVisible();
  await expect(banner).toBeVisible();
  await shot(page, 'demo-customers');
  await page.getByRole('menuitem', { name: '档案索引' }).click();
  await expect(page.getByText(/共 \d{3,} 件/)).toBeVisible();
  // the newest customers' papers are still at intake
  await pick(page, page, '保管状态', '待上架');
  await expect(page.getByText(/共 \d{2} 件/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '待上架' }).first()).toBeVisible();
  await page.getByRole('menuitem', { name: '库位' }).click();
  await expect(page.getByText('一号档案库房').first()).toBeVisible();
  await expect(page.getByText('二号档案库房').first()).toBeVisible();
  await expect(banner).toBeVisible();
  await shot(page, 'demo-locations');

  // the newer domains hold their data too (R-INSP-1..3, R-SEC-6, R-SEC-7, R-REP-4, R-GOV-1), as the operator sees it
  await page.getByRole('menuitem', { name: '检查与盘点' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'JC-2026-001' })).toContainText('已完成'); // a past inspection
  await page.getByRole('menuitem', { name: '档案修复' }).click();
  await page.getByText('修复中', { exact: true }).first().click();
  await expect(page.getByRole('row').filter({ hasText: /XF-2026-\d{3}/ })).toHaveCount(1); // an open repair, at the restorer's
  await page.getByRole('menuitem', { name: '库房环境' }).click();
  // the demo is seeded on the app's clock: its 60 days of readings end yesterday; last month, in Beijing time (UTC+8)
  const now = new Date(Date.now() + 8 * 3600_000);
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const lastMonth = last.toISOString().slice(0, 7);
  const daysIn = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).getUTCDate();
  const monthPicker = page.getByLabel('月份');
  await monthPicker.click();
  await monthPicker.fill(lastMonth);
  await monthPicker.press('Enter');
  const monthDays = page.locator('.ant-card').filter({ hasText: `${lastMonth} 逐日情况` });
  await expect(monthDays.getByRole('row')).toHaveCount(daysIn + 1); // a whole month, day by day (+ the header)
  // two readings a day (09:00, 16:00) on nearly every day — the demo forgets one afternoon reading
  await expect.poll(() => monthDays.getByRole('cell', { name: '2', exact: true }).count()).toBeGreaterThanOrEqual(daysIn - 3);
  await page.getByRole('menuitem', { name: '鉴定与销毁' }).click();
  await page.getByText('销毁清册', { exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'XH-2026-0001' })).toContainText('已销毁'); // a completed batch
  await page.getByRole('menuitem', { name: '泄密事件' }).click();
  await page.getByText('处置中', { exact: true }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'XM-2026-001' })).toContainText('已控制'); // an open incident
  await page.getByRole('menuitem', { name: '统计报表' }).click();
  const report = page.getByRole('row').filter({ hasText: 'BB-2026-0001' });
  await expect(report).toContainText('已发布');
  await report.getByRole('button', { name: '查看' }).click();
  await expect(page.getByText('份数与分发')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: /第 \d 份 \/ 共 4 份/ })).toHaveCount(4); // its distribution
  await page.getByRole('menuitem', { name: '策略' }).click();
  const idle = page.getByRole('row').filter({ hasText: '闲置自动锁定时间' });
  await expect(idle).toContainText('第 2 版');
  await idle.getByRole('button', { name: '版本记录' }).click();
  const versions = page.getByRole('dialog', { name: /版本记录/ });
  await expect(versions.getByRole('row').filter({ hasText: /第 [12] 版/ })).toHaveCount(2); // two versions of one policy
  await expect(banner).toBeVisible();
  await shot(page, 'demo-policy-versions');
  await page.keyboard.press('Escape');
  await expect(versions).toBeHidden();

  // back to a real vault: the demo is set aside (moved, not deleted), the first run follows
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '改为创建正式档案库' }).click();
  await page.getByRole('dialog', { name: '把演示档案库移到一旁？' }).getByRole('button', { name: '移开并创建正式档案库' }).click();
  await expect(page.getByText('首次使用：创建档案库')).toBeVisible();
  await expect(page.getByText(/演示档案库已移到 .*demo-\d{8}-\d{6}/)).toBeVisible();
  await expect(banner).toBeHidden();
});
