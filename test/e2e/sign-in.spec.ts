// Sign-in failures, lockout, idle lock and the lock screen — as the operator sees them.
import { ADMIN, expect, seedVault, shot, signIn, test } from './fixtures';

const CLERK = { login: 'zhuanyuan', displayName: '张专员', roles: ['operator'], password: 'Clerk-pass-2024' };
const AUDITOR = { login: 'shenji', displayName: '李审计', roles: ['auditor'], password: 'Audit-pass-2024' };

test('R-IT-1 连续 5 次输错密码 → 账户锁定，提示中文锁定信息（记录在审计中）', async ({ app: page, bridge }) => {
  await seedVault(bridge, [CLERK, AUDITOR]);
  await page.reload();
  await expect(page.getByText('登录档案室')).toBeVisible();
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel('用户名').fill(CLERK.login);
    await page.getByLabel('密码').fill(`Wrong-pass-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
  }
  await page.getByLabel('用户名').fill(CLERK.login);
  await page.getByLabel('密码').fill('Wrong-pass-5');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('登录失败次数过多，账户已锁定至');
  await expect(page.getByRole('alert')).toHaveText(/锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
  await shot(page, 'sign-in-locked-out');
  // even the right password is refused while locked
  await page.getByLabel('密码').fill(CLERK.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('账户已锁定');

  // the administrator sees the lock in the user list and the audit trail has the lockout
  await page.reload();
  await signIn(page, ADMIN.login, ADMIN.password);
  const row = page.getByRole('row').filter({ hasText: CLERK.login });
  await expect(row.getByText('已锁定')).toBeVisible();
  await row.getByRole('button', { name: '解除锁定' }).click();
  await expect(page.getByText('已解除锁定')).toBeVisible();
  await expect(row.getByText('正常')).toBeVisible();

  // the auditor finds the failures and the lockout in the audit trail
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, AUDITOR.login, AUDITOR.password);
  await page.getByRole('menuitem', { name: '审计记录' }).click();
  await page.getByLabel('关键字').fill('auth.lockout');
  await page.getByRole('button', { name: '查询' }).click();
  const audit = page.getByRole('table', { name: '审计记录' });
  await expect(audit.getByRole('row').filter({ hasText: '账户锁定' })).toHaveCount(1);
});

test('R-IT-1 锁定按钮与空闲锁定 → 锁定屏幕（预填用户名）→ 输入密码解锁', async ({ app: page, bridge }) => {
  await seedVault(bridge, [CLERK]);
  await page.clock.install();
  await page.reload();
  await signIn(page, CLERK.login, CLERK.password);
  await expect(page.getByTestId('current-user')).toHaveText('张专员');

  // manual lock: key wiped in main, the lock screen keeps the login
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(page.getByText('档案室已锁定')).toBeVisible();
  await expect(page.getByLabel('用户名')).toHaveValue(CLERK.login);
  expect(bridge.ctx.session).toBeNull();
  await shot(page, 'lock');
  await page.getByLabel('密码').fill(CLERK.password);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('张专员');

  // idle lock: no mouse/keyboard for longer than the policy's minutes
  const idle = (await bridge.dispatch('settings.get', {}, { trustedSender: true })) as { ok: true; value: { idleLockMinutes: number } };
  await page.clock.runFor((idle.value.idleLockMinutes + 1) * 60_000);
  await expect(page.getByText('档案室已锁定')).toBeVisible();
  expect(bridge.ctx.session).toBeNull();

  // a call that finds the session gone (main locked first) also lands on the lock screen
  await page.getByLabel('密码').fill(CLERK.password);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await bridge.dispatch('auth.lock', {}, { trustedSender: true });
  await page.getByLabel('当前密码').fill(CLERK.password);
  await page.getByLabel('新密码').fill('Clerk-pass-2025');
  await page.getByLabel('确认密码').fill('Clerk-pass-2025');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('档案室已锁定')).toBeVisible();
  await expect(page.getByLabel('用户名')).toHaveValue(CLERK.login);
});
