// Idle lock as the operator meets it (issue 12), at 1366×768: a warning counts down 60 s before the
// lock and 继续工作 keeps the half-filled dialog; after an idle lock and unlock the user is back on
// the same screen with the same filter (loaded again, nothing cached); each role lands on its screen.
import { expect, seedVault, shot, signIn, test, type SeedUser } from './fixtures';
import { ARCHIVE_STAFF, OPERATOR, pick, seedArchive } from './archive-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const AUDITOR: SeedUser = { login: 'shenji', displayName: '孙审计', roles: ['auditor'], password: 'Audit-pass-2024' };
const OFFICER: SeedUser = { login: 'baomi', displayName: '周保密', roles: ['securityOfficer'], password: 'Secure-pass-2024' };

test('R-IT-1 空闲锁定前 60 秒提示倒计时（继续工作保留未填完的对话框）；锁定解锁后回到原界面与筛选条件；审计员落在审计记录、安全保密员落在设置', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, AUDITOR, OFFICER]);
  await seedArchive(bridge);
  await page.clock.install();
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await page.getByRole('menuitem', { name: '客户档案' }).click(); // the operator lands on the dashboard (R-ARCH-2)
  const idle = (await bridge.dispatch('settings.get', {}, { trustedSender: true })) as { ok: true; value: { idleLockMinutes: number } };
  const idleMs = idle.value.idleLockMinutes * 60_000;

  // a half-filled 新建客户 dialog, then no activity until 50 s before the lock
  await page.getByRole('button', { name: '新建客户' }).click();
  const dialog = page.getByRole('dialog', { name: /新建客户/ });
  await dialog.getByLabel('客户名称').fill('北京海丰益商贸中心');
  await page.clock.runFor(idleMs - 50_000);
  const warning = page.getByRole('dialog', { name: '即将自动锁定' });
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId('idle-countdown')).toContainText(/将在 (50|49|48) 秒后锁定/);
  await shot(page, 'idle-warning');
  await page.clock.runFor(10_000);
  await expect(warning.getByTestId('idle-countdown')).toContainText(/将在 (40|39|38) 秒后锁定/);
  await warning.getByRole('button', { name: '继续工作' }).click();
  await expect(warning).toBeHidden();
  await expect(dialog.getByLabel('客户名称')).toHaveValue('北京海丰益商贸中心');
  expect(bridge.ctx.session).not.toBeNull();
  await dialog.getByRole('button', { name: '取消' }).click();

  // the index filtered by 保管状态 = 已上架 (and a category), then an idle lock
  await page.getByRole('menuitem', { name: '档案索引' }).click();
  await pick(page, page, '保管状态', '在架');
  await expect(page.getByText('共 2 件')).toBeVisible();
  await page.clock.runFor(idleMs + 2_000);
  await expect(page.getByText('档案室已锁定')).toBeVisible();
  await page.getByLabel('密码').fill(OPERATOR.password);
  await page.getByRole('button', { name: '解锁' }).click();
  // the same screen, the same filter, the rows loaded again
  await expect(page.getByRole('menuitem', { name: '档案索引' })).toHaveClass(/ant-menu-item-selected/);
  await expect(page.getByLabel('保管状态', { exact: true }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('在架');
  await expect(page.getByText('共 2 件')).toBeVisible();
  await shot(page, 'idle-restored');

  // sign-out forgets it: the next user starts on their role's screen
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, AUDITOR.login, AUDITOR.password);
  await expect(page.getByRole('menuitem', { name: '审计记录' })).toHaveClass(/ant-menu-item-selected/);
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, OFFICER.login, OFFICER.password);
  await expect(page.getByRole('menuitem', { name: '设置' })).toHaveClass(/ant-menu-item-selected/);
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await expect(page.getByRole('menuitem', { name: '工作台' })).toHaveClass(/ant-menu-item-selected/);
});
