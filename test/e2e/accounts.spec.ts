// Account flows around the first run: demo vault, password recovery with the recovery code,
// administrator edit / reset and the user's forced password change.
import { ADMIN, expect, seedVault, shot, signIn, test } from './fixtures';
import { pick, setOptions } from './archive-fixtures';

test('R-IT-1 首次使用：创建演示档案库 → 显示演示账户 → 用演示账户登录', async ({ app: page }) => {
  await page.getByRole('button', { name: '创建演示档案库' }).click();
  await expect(page.getByText('演示档案库已创建')).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table').first();
  expect(await table.getByRole('row').count()).toBeGreaterThan(3);
  await shot(page, 'setup-demo');
  // sign in with the first demo account shown
  const first = table.getByRole('row').nth(1);
  const login = (await first.getByRole('cell').nth(0).innerText()).trim();
  const password = (await first.getByRole('cell').nth(1).innerText()).trim();
  await page.getByRole('button', { name: '前往登录' }).click();
  await signIn(page, login, password);
  await expect(page.getByRole('menu')).toBeVisible();
});

test('R-IT-1 忘记密码：用恢复码重设密码后用新密码登录', async ({ app: page, bridge }) => {
  const { recoveryCode } = await seedVault(bridge, []);
  await page.reload();
  await page.getByRole('button', { name: '忘记密码？使用恢复码' }).click();
  await expect(page.getByText('使用恢复码重设密码')).toBeVisible();
  await page.getByLabel('恢复码').fill(recoveryCode.toLowerCase());
  await page.getByLabel('用户名').fill(ADMIN.login);
  await page.getByLabel('新密码').fill('Recovered-pass-9');
  await page.getByLabel('确认密码').fill('Recovered-pass-8');
  await page.getByRole('button', { name: '重设密码' }).click();
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
  await shot(page, 'recover');
  await page.getByLabel('确认密码').fill('Recovered-pass-9');
  await page.getByRole('button', { name: '重设密码' }).click();
  await expect(page.getByText('登录档案室')).toBeVisible();
  await signIn(page, ADMIN.login, ADMIN.password).then(
    () => {
      throw new Error('the old password still works');
    },
    () => undefined,
  );
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
  await signIn(page, ADMIN.login, 'Recovered-pass-9');
});

test('R-IT-1 系统管理员编辑、停用、重置密码；被重置的用户登录后须先修改密码', async ({ app: page, bridge }) => {
  const CLERK = { login: 'zhuanyuan', displayName: '张专员', roles: ['operator'], password: 'Clerk-pass-2024' };
  await seedVault(bridge, [CLERK]);
  await page.reload();
  await signIn(page, ADMIN.login, ADMIN.password);
  const row = page.getByRole('row').filter({ hasText: CLERK.login });

  // edit: name + an extra business role; admin roles cannot be added next to them
  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: /编辑用户/ });
  await edit.getByLabel('姓名').fill('张专员（档案）');
  await setOptions(page, edit, '角色', { on: ['审计员'] });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByText('三员分立')).toBeVisible();
  await shot(page, 'users-edit');
  await setOptions(page, edit, '角色', { off: ['审计员'], on: ['指定保管人'] });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByText('张专员（档案）')).toBeVisible();
  await expect(row.getByText('指定保管人')).toBeVisible();

  // reset password → the user must set their own at next sign-in
  await row.getByRole('button', { name: '重置密码' }).click();
  const reset = page.getByRole('dialog', { name: /重置密码/ });
  await reset.getByLabel('新密码').fill('Reset-pass-2024');
  await reset.getByLabel('确认密码').fill('Reset-pass-2024');
  await shot(page, 'users-reset');
  await reset.getByRole('button', { name: '保存' }).click();
  await expect(reset).toBeHidden();

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(CLERK.login);
  await page.getByLabel('密码').fill('Reset-pass-2024');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('checkbox', { name: '我已阅读并承诺遵守以上保密守则' }).check();
  await page.getByRole('button', { name: '确认并继续' }).click();
  await expect(page.getByText('首次登录请修改密码')).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await shot(page, 'must-change-password');
  await page.getByLabel('当前密码').fill('Reset-pass-2024');
  await page.getByLabel('新密码').fill('Own-pass-2024');
  await page.getByLabel('确认密码').fill('Own-pass-2024');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('张专员（档案）');

  // disabled accounts cannot sign in
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, ADMIN.login, ADMIN.password);
  await row.getByRole('button', { name: '编辑' }).click();
  await page
    .getByRole('dialog', { name: /编辑用户/ })
    .getByLabel('停用')
    .click();
  await page
    .getByRole('dialog', { name: /编辑用户/ })
    .getByRole('button', { name: '保存' })
    .click();
  await expect(row.getByText('已停用')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(CLERK.login);
  await page.getByLabel('密码').fill('Own-pass-2024');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '该账户已停用' })).toBeVisible();
});

test('R-ARCH-1 R-ARCH-4 R-SEC-2 演示档案库有真实的档案室：信息管理专员登录即见客户档案、按件档号的索引与库房', async ({ app: page }) => {
  await page.getByRole('button', { name: '创建演示档案库' }).click();
  await expect(page.getByText('演示档案库已创建')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '前往登录' }).click();
  await signIn(page, 'wangjg', 'Demo-2026-wangjg');
  await expect(page.getByTestId('dashboard')).toBeVisible(); // the landing (R-ARCH-2)
  await page.getByRole('menuitem', { name: '客户档案' }).click();
  await expect(page.getByText('共 300 户')).toBeVisible();
  await page.getByRole('menuitem', { name: '档案索引' }).click();
  await expect(page.getByRole('cell', { name: /^(YB|TS)-\d{4}-\d{5}-001$/ }).first()).toBeVisible();
  // 300 customers: the newest (at intake) are found with the filter, not on the first rows
  await pick(page, page, '保管状态', '待上架');
  await expect(page.getByRole('cell', { name: '待上架' }).first()).toBeVisible();
  await shot(page, 'demo-index');
  await page.getByRole('menuitem', { name: '库位' }).click();
  await expect(page.getByText('一号档案库房').first()).toBeVisible();
  await shot(page, 'demo-locations');
});
