// First run as an operator would do it, in Chinese: create the vault, copy the recovery code,
// type it back, sign in as the administrator, acknowledge the rules, create users.
import { expect, shot, test } from './fixtures';
import { setOptions } from './archive-fixtures';

const ADMIN_PW = 'Admin-pass-2024';

test('R-IT-1 R-SEC-1 首次使用：创建档案库 → 恢复码 → 登录 → 确认保密守则 → 新建用户；错误表单不写入', async ({ app: page, bridge }) => {
  // --- setup
  await expect(page.getByText('首次使用：创建档案库')).toBeVisible();
  await shot(page, 'setup');
  await page.getByLabel('单位名称').fill('华东客户服务部');
  await page.getByLabel('管理员用户名').fill('admin');
  await page.getByLabel('管理员姓名').fill('王建国');
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PW);
  await page.getByLabel('确认密码').fill(ADMIN_PW);
  await page.getByRole('button', { name: '创建档案库' }).click();

  // --- recovery code shown once
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('恢复码只显示这一次')).toBeVisible();
  const code = (await codeBox.innerText()).trim();
  expect(code).toMatch(/^([A-Z0-9]{4}-){7}[A-Z0-9]{4}$/);
  await shot(page, 'setup-recovery-code');
  await page.getByRole('button', { name: '我已抄写，下一步' }).click();

  // a wrong code is refused, the right one (typed with spaces instead of hyphens) accepted
  await page.getByLabel('恢复码').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByRole('button', { name: '确认恢复码' }).click();
  await expect(page.getByText('恢复码不正确')).toBeVisible();
  await shot(page, 'setup-confirm-code');
  await page.getByLabel('恢复码').fill(code.replaceAll('-', ' '));
  await page.getByRole('button', { name: '确认恢复码' }).click();

  // --- sign in
  await expect(page.getByText('登录档案室')).toBeVisible();
  await shot(page, 'sign-in');
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(ADMIN_PW);
  await page.getByRole('button', { name: '登录' }).click();

  // --- R-SEC-1: nothing but the rules before acknowledging
  await expect(page.getByText('保密守则').first()).toBeVisible();
  await expect(page.getByText('不准在公共场所谈论客户信息')).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveCount(0);
  const blocked = await bridge.dispatch('users.list', {}, { trustedSender: true });
  expect(blocked).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACKNOWLEDGED' } });
  await page.getByRole('button', { name: '确认并继续' }).click();
  await expect(page.getByText('必须确认后才能继续')).toBeVisible();
  await shot(page, 'rules');
  await page.getByRole('checkbox', { name: '我已阅读并承诺遵守以上保密守则' }).check();
  await page.getByRole('button', { name: '确认并继续' }).click();

  // --- users screen
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toBeVisible();
  const table = page.getByRole('table').first();
  await expect(table.getByRole('row')).toHaveCount(2); // header + admin
  await createUser(page, { login: 'shenji', name: '李审计', role: '审计员', password: 'Audit-pass-2024' });
  await createUser(page, { login: 'zhuanyuan', name: '张专员', role: '信息管理专员', password: 'Clerk-pass-2024' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByText('李审计')).toBeVisible();
  await expect(table.getByText('张专员')).toBeVisible();
  await shot(page, 'users');

  // --- a bad form: short password, mismatched confirmation, admin + business roles → Chinese errors, nothing written
  // two witnesses: the users list, and the audit head read from the vault itself (the admin may
  // not read the audit trail through the app: 三员分立)
  const auditHead = () => bridge.ctx.vault!.db.prepare('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1').get();
  const before = { users: await bridge.dispatch('users.list', {}, { trustedSender: true }), head: auditHead() };
  expect(before.head).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill('x');
  await dialog.getByLabel('姓名').fill('赵错误');
  await pickRoles(page, dialog, ['系统管理员', '信息管理专员']);
  await dialog.getByLabel('密码', { exact: true }).fill('short1');
  await dialog.getByLabel('确认密码').fill('different1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('用户名至少 2 个字符')).toBeVisible();
  await expect(dialog.getByText('密码至少 10 个字符')).toBeVisible();
  await expect(dialog.getByText('三员分立')).toBeVisible();
  await shot(page, 'users-create-errors');
  await dialog.getByLabel('用户名').fill('zhaocuo');
  await dialog.getByLabel('密码', { exact: true }).fill('Long-enough-1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('两次输入的密码不一致')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  const after = { users: await bridge.dispatch('users.list', {}, { trustedSender: true }), head: auditHead() };
  expect(after).toEqual(before);
});

async function pickRoles(page: import('@playwright/test').Page, dialog: import('@playwright/test').Locator, roles: string[]) {
  await setOptions(page, dialog, '角色', { on: roles });
}

async function createUser(page: import('@playwright/test').Page, u: { login: string; name: string; role: string; password: string }) {
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(u.login);
  await dialog.getByLabel('姓名').fill(u.name);
  await pickRoles(page, dialog, [u.role]);
  await dialog.getByLabel('密码', { exact: true }).fill(u.password);
  await dialog.getByLabel('确认密码').fill(u.password);
  if (u.login === 'shenji') await shot(page, 'users-create');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('用户已创建').last()).toBeVisible();
}
