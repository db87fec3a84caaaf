// Language switch: zh-CN by default, English from settings (kept across reloads).
import { ADMIN, expect, seedVault, shot, signIn, test } from './fixtures';

test('R-IT-1 设置：切换为 English 后界面显示英文，刷新后保持；切回中文', async ({ app: page, bridge }) => {
  await seedVault(bridge, []);
  await page.reload();
  await signIn(page, ADMIN.login, ADMIN.password);
  await page.getByRole('menuitem', { name: '设置' }).click();
  // the section's card (the settings anchor links carry the same words)
  await expect(page.locator('#settings-language').getByText('界面语言')).toBeVisible();
  await shot(page, 'settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('menuitem', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText('Change password').first()).toBeVisible();
  await expect(page.getByText('System administrator')).toBeVisible();
  await shot(page, 'settings-en');
  // server messages follow the language too
  await page.getByLabel('Current password').fill('Wrong-password-1');
  await page.getByLabel('New password').fill('Another-pass-2024');
  await page.getByLabel('Confirm password').fill('Another-pass-2024');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Wrong user name or password')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('menuitem', { name: 'Users' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '简体中文' }).check();
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toBeVisible();
});

test('R-IT-1 R-GOV-1 安全保密员：保密策略（失败次数、密级名称；空闲锁定为策略值，只读，经「策略」页变更）', async ({ app: page, bridge }) => {
  const SO = { login: 'baomi', displayName: '陈保密', roles: ['securityOfficer'], password: 'Secur-pass-2024' };
  await seedVault(bridge, [SO]);
  await page.reload();
  await signIn(page, SO.login, SO.password);
  await page.getByRole('menuitem', { name: '设置' }).click();
  // R-GOV-1: the idle lock is a policy value — shown, changed only by a proposal the GM approves
  await expect(page.getByTestId('idle-lock-minutes')).toHaveText('10');
  await expect(page.getByText('这是策略值：修改须在“策略”页面提出').first()).toBeVisible();
  await page.getByLabel('最多失败登录次数').fill('50');
  await page.getByRole('button', { name: /^(loading )?保存$/ }).click();
  await expect(page.getByText('数值超出允许范围')).toBeVisible();
  await page.getByLabel('最多失败登录次数').fill('5');
  await page.getByLabel('密级 4').fill('绝密★');
  await page.getByRole('button', { name: /^(loading )?保存$/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await shot(page, 'settings-policy');
  const s = await bridge.dispatch('settings.get', {}, { trustedSender: true });
  expect(s).toMatchObject({
    ok: true,
    value: { idleLockMinutes: 10, maxFailedAttempts: 5, classificationLabels: [expect.any(String), expect.any(String), expect.any(String), '绝密★'] },
  });
});
