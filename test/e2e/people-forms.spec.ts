// Forms never change what the user typed (issue 12), at 1366×768: an empty sign-in says
// 请输入用户名 (nothing sent as a wrong password), a duplicate login is an error on the 用户名
// field of 新建用户, the dialog stays open with what was typed, nothing written.
import { join } from 'node:path';
import { ADMIN, expect, SCREENSHOTS, seedVault, shot, signIn, test } from './fixtures';
import { OPERATOR, setOptions } from './archive-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-IT-1 R-ARCH-1 空用户名登录提示“请输入用户名”（必填标记）；新建重复用户名时错误显示在“用户名”字段上，对话框保留所填内容且不写入；设置页有标题与分节锚点', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [OPERATOR]);
  await page.reload();
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('用户名至少 2 个字符')).toBeHidden();
  // required fields carry antd's required mark (from the form's own schema)
  await expect(page.locator('label.ant-form-item-required', { hasText: '用户名' })).toBeVisible();
  await signIn(page, ADMIN.login, ADMIN.password);

  const users = () => bridge.ctx.vault!.db.prepare('SELECT count(*) FROM users').pluck().get() as number;
  const before = users();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(OPERATOR.login);
  await dialog.getByLabel('姓名').fill('重名的人');
  await setOptions(page, dialog, '角色', { on: ['信息管理专员'] });
  await dialog.getByLabel('密码', { exact: true }).fill('Strong-pass-2024');
  await dialog.getByLabel('确认密码').fill('Strong-pass-2024');
  await dialog.getByRole('button', { name: '保存' }).click();
  const field = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('用户名') });
  await expect(field.getByText(`用户名 ${OPERATOR.login} 已被使用`)).toBeVisible();
  await expect(dialog.getByLabel('姓名')).toHaveValue('重名的人');
  await shot(page, 'users-duplicate-login');
  expect(users()).toBe(before);
  await dialog.getByRole('button', { name: '取消' }).click();

  // 设置 has a title and sections with anchors (issue 12), not one long column
  await page.getByRole('menuitem', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await page.locator('.ant-anchor').getByRole('link', { name: '修改密码' }).click();
  await expect(page.locator('#settings-password')).toBeInViewport();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-sections-1366x768.png') });
});
