// The demo vault as a newcomer meets it (issue 12), at 1366×768: 创建演示档案库 → the living archive
// room counted on screen, the 演示数据 banner on every screen, the sign-ins shown again from the
// sign-in screen, and the way back to a real vault (the demo set aside, the first run follows).
import { expect, shot, signIn, test } from './fixtures';
import { pick } from './archive-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-IT-1 R-ARCH-1 R-ARCH-4 演示档案库：300 户客户、两个库房、待上架与已上架；每个界面都有“演示数据”横幅；登录页可再次显示演示账户；可移开演示库并创建正式档案库', async ({
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

  // back to a real vault: the demo is set aside (moved, not deleted), the first run follows
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '改为创建正式档案库' }).click();
  await page.getByRole('dialog', { name: '把演示档案库移到一旁？' }).getByRole('button', { name: '移开并创建正式档案库' }).click();
  await expect(page.getByText('首次使用：创建档案库')).toBeVisible();
  await expect(page.getByText(/演示档案库已移到 .*demo-\d{8}-\d{6}/)).toBeVisible();
  await expect(banner).toBeHidden();
});
