// The auditor's flow: audit trail → verify → a second person signs the verification → print to PDF.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOTS, seedVault, shot, signIn, test } from './fixtures';
import { pick } from './archive-fixtures';

const AUDITOR = { login: 'shenji', displayName: '李审计', roles: ['auditor'], password: 'Audit-pass-2024' };
const AUDITOR2 = { login: 'fuhe', displayName: '赵复核', roles: ['auditor'], password: 'Audit2-pass-2024' };
const CLERK = { login: 'zhuanyuan', displayName: '张专员', roles: ['operator'], password: 'Clerk-pass-2024' };

test('R-IT-1 审计员：审计记录（文字描述、技术详情）→ 校验全部通过（1366×768 无需滚动）→ 运行者本人审核签名、另一审计员第二签名 → 打印审计记录为 PDF', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [AUDITOR, AUDITOR2, CLERK]);
  await page.reload();
  await signIn(page, AUDITOR.login, AUDITOR.password);

  // the menu follows 三员分立: an auditor sees the user register and the audit trail, never archives
  await expect(page.getByRole('menuitem', { name: '审计记录' })).toBeVisible();
  await page.getByRole('menuitem', { name: '审计记录' }).click();
  const audit = page.getByRole('table', { name: '审计记录' });
  await expect(audit.getByRole('row').filter({ hasText: '新建用户' }).first()).toBeVisible();
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible();
  // filter by action
  await pick(page, page, '操作类型', '新建用户');
  await page.getByRole('button', { name: '查询' }).click();
  // the administrator (created with the vault) and the three seeded users
  await expect(audit.getByRole('row').filter({ hasText: '新建用户' })).toHaveCount(4);
  await expect(page.getByText('共 4 条')).toBeVisible();
  await expect(audit.getByRole('row').filter({ has: page.getByRole('cell', { name: '登录', exact: true }) })).toHaveCount(0);
  await shot(page, 'audit-filtered');
  await page.getByRole('button', { name: '重置' }).click();
  await expect(
    audit
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '登录', exact: true }) })
      .first(),
  ).toBeVisible();
  await shot(page, 'audit');

  // the trail reads in words: who did what to whom, by name; no JSON, no `#id` on screen
  const clerkRow = audit.getByRole('row').filter({ hasText: '新建用户 张专员（zhuanyuan），角色：信息管理专员' });
  await expect(clerkRow).toHaveCount(1);
  await expect(clerkRow.getByRole('cell', { name: '用户 张专员（zhuanyuan）', exact: true })).toBeVisible();
  await expect(audit.getByRole('row').filter({ hasText: '李审计（shenji）登录' }).first()).toBeVisible();
  const onScreen = await audit.innerText();
  expect(onScreen).not.toMatch(/[{}#]|"\w+":/);
  expect(onScreen).not.toContain('user.create');
  await expect(page.getByText(/时间按 \S+ 时区显示/)).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-words-1366x768.png') });
  // the raw entry only behind 技术详情, in the entry's drawer
  await clerkRow.click();
  const drawer = page.getByRole('dialog', { name: /审计记录 第 \d+ 条/ });
  await expect(drawer.getByTestId('audit-entry')).toContainText('新建用户 张专员（zhuanyuan），角色：信息管理专员');
  await expect(drawer.getByTestId('audit-raw')).toBeHidden();
  await drawer.getByRole('button', { name: '技术详情' }).click();
  const raw = drawer.getByTestId('audit-raw');
  await expect(raw).toBeVisible();
  await expect(raw).toContainText('"action": "user.create"');
  await expect(raw).toContainText('"login": "zhuanyuan"');
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-tech-details-1366x768.png') });
  await drawer.getByRole('button', { name: /close|关闭/i }).click();
  await expect(drawer).toBeHidden();
  // verify at 1366×768: the result shows without scrolling past the table (issue 12); every check green
  await page.getByRole('button', { name: '校验审计链' }).click();
  const report = page.getByTestId('verify-report');
  await expect(report.getByText('全部检查通过')).toBeVisible({ timeout: 30_000 });
  await expect(report.getByText('全部检查通过')).toBeInViewport();
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-verified-1366x768.png') });
  await page.setViewportSize({ width: 1280, height: 860 });
  const checks = report.locator('[data-testid^="check-"]');
  expect(await checks.count()).toBeGreaterThanOrEqual(4);
  await expect(report.locator('[data-ok="false"]')).toHaveCount(0);

  // the one who ran it signs it as reviewed (attesting their own run is not self-approval) …
  await page.getByRole('button', { name: '签署校验报告' }).click();
  const dialog = page.getByRole('dialog', { name: '现场签名' });
  await dialog.getByLabel('签署人用户名').fill(AUDITOR.login);
  await dialog.getByLabel('签署人密码').fill(AUDITOR.password);
  await dialog.getByRole('button', { name: '签名' }).click();
  await expect(dialog).toBeHidden();
  await expect(report.getByTestId('signature').first()).toContainText('运行者签名');
  await expect(report.getByTestId('signature').first()).toContainText('审核');
  // … a wrong password is refused
  await page.getByRole('button', { name: '签署校验报告' }).click();
  await dialog.getByLabel('签署人用户名').fill(AUDITOR2.login);
  await dialog.getByLabel('签署人密码').fill('Not-his-password-1');
  await dialog.getByRole('button', { name: '签名' }).click();
  await expect(dialog.getByText('用户名或密码错误')).toBeVisible();
  // … and the second auditor's signature is labelled as the second one
  await dialog.getByLabel('签署人密码').fill(AUDITOR2.password);
  await shot(page, 'audit-sign-dialog');
  await dialog.getByRole('button', { name: '签名' }).click();
  await expect(dialog).toBeHidden();
  await expect(report.getByTestId('signature').filter({ hasText: '赵复核' })).toContainText('第二签名');
  await shot(page, 'audit-verified');

  // print the audit register to PDF and read it back
  await page.getByRole('button', { name: '打印审计记录（PDF）' }).click();
  const saved = page.getByText(/^已保存到 /);
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  expect(existsSync(path)).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('审计记录');
  expect(text).toContain('李审计');
});

test('R-IT-1 审计记录虚拟列表：超过一页（100 条）时滚动按需加载，最早的记录可见；时钟回拨在校验结果中提示', async ({ app: page, bridge }) => {
  await seedVault(bridge, [AUDITOR, CLERK]);
  // 150 more audited changes by the administrator (display-name edits), through the same dispatcher
  const d = (name: string, input: unknown) => bridge.dispatch(name, input, { trustedSender: true });
  await d('auth.signIn', { login: 'admin', password: 'Admin-pass-2024' });
  const users = (await d('users.list', {})) as { ok: true; value: { id: number; login: string }[] };
  const clerk = users.value.find((u) => u.login === CLERK.login)!;
  for (let i = 0; i < 150; i++) {
    const r = await d('users.update', { id: clerk.id, displayName: `张专员${i}`, roles: ['operator'], disabled: false });
    expect(r.ok).toBe(true);
  }
  // issue 11: the workstation clock is set back a day for one change — the verifier's notice shows on the audit screen
  const realClock = bridge.ctx.clock;
  bridge.ctx.clock = { now: () => new Date(realClock.now().getTime() - 86_400_000) };
  expect((await d('users.update', { id: clerk.id, displayName: '张专员', roles: ['operator'], disabled: false })).ok).toBe(true);
  bridge.ctx.clock = realClock;
  await d('auth.signOut', {});
  await page.reload();
  await signIn(page, AUDITOR.login, AUDITOR.password);
  await page.getByRole('menuitem', { name: '审计记录' }).click();
  const audit = page.getByRole('table', { name: '审计记录' });
  const total = Number((await page.getByText(/共 \d+ 条/).innerText()).match(/\d+/)![0]);
  expect(total).toBeGreaterThan(150);
  // only a window of rows is in the DOM, not all of them
  expect(await audit.getByRole('row').count()).toBeLessThan(60);
  await expect(audit.getByRole('row').filter({ has: page.getByRole('cell', { name: '创建档案库', exact: true }) })).toHaveCount(0);
  // scroll to the end: the next page is fetched and the first entry (seq 1, vault.create) shows
  await audit.locator('.vtable-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(audit.getByRole('row').filter({ has: page.getByRole('cell', { name: '创建档案库', exact: true }) })).toBeVisible();
  await shot(page, 'audit-scrolled');

  // the clock set back is a notice, not a failed check: every check passes and the notice names the entry
  await page.getByRole('button', { name: '校验审计链' }).click();
  const report = page.getByTestId('verify-report');
  await expect(report.getByText('全部检查通过')).toBeVisible({ timeout: 30_000 });
  const notices = report.getByTestId('verify-notices');
  await expect(notices).toContainText('时间提示（1 条）：工作站时钟曾被回拨');
  await expect(notices).toContainText(/第 \d+ 条审计记录的时间（.+）早于前一条（.+）/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await notices.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-clock-notice-1366x768.png') });
});
