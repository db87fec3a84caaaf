// Policy under GM approval in the Chinese UI at 1366×768 (R-GOV-1): the security officer proposes
// the loan period 3 → 2 working days from a date on the 策略 page; nothing changes until the GM
// signs the ZC request at the machine on the 审批 page, and then only from that date (the bridge's
// clock is moved); the 制度/策略变更登记簿 printed to PDF shows both versions, who proposed and
// who approved (pdftotext; page 1 to PNG).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openMenu } from './archive-fixtures';
import { clockedTest, expect, PDF_DIR, type SeedUser, seedVault, shot, signIn, signOut } from './fixtures';

const SO: SeedUser = { login: 'sunbm', displayName: '孙保密', roles: ['securityOfficer'], password: 'Secur-pass-2024' };
const GM: SeedUser = { login: 'chenzong', displayName: '陈总', roles: ['gm'], password: 'General-pass-2024' };

/** The e2e bridge with a clock the test moves (the app's own ManualClock: time is injected everywhere). */
const test = clockedTest(new Date('2026-12-01T09:00:00+08:00'), 'ar-e2e-policy-');
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(240_000);

test('R-GOV-1 策略：保密员提出借阅期限 3 → 2 个工作日（自 12-03 起）→ 未经批准不生效 → 总经理在审批页现场签字 → 施行日前仍为 3 天、到日期起为 2 天 → 打印制度/策略变更登记簿', async ({
  app: page,
  bridge,
  clock,
}) => {
  await seedVault(bridge, [SO, GM]);
  await page.reload();
  await signIn(page, SO.login, SO.password);
  await openMenu(page, '策略');
  const table = page.getByRole('table', { name: '策略（制度参数）' });
  const loanRow = table.getByRole('row').filter({ hasText: '借阅期限与到期规则' });
  await expect(page.getByTestId('policy-value-loans.policy')).toContainText('天数：3');
  await expect(loanRow).toContainText('第 1 版');

  // ---- the proposal, checked by the value's own schema (4 days refused in Chinese, nothing sent)
  await page.getByTestId('policy-propose-loans.policy').click();
  const dialog = page.getByRole('dialog', { name: '提出策略变更：借阅期限与到期规则' });
  await dialog.getByLabel('借阅期限（工作日）').fill('4');
  await dialog.getByLabel('施行日期').fill('2026-12-03');
  await dialog.getByLabel('施行日期').press('Tab');
  await dialog.getByLabel('变更理由').fill('按保密检查整改意见缩短借阅期限');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('借阅期限最长 3 个工作日');
  await dialog.getByLabel('借阅期限（工作日）').fill('2');
  await shot(page, 'policy-propose');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已提交总经理审批（ZC-2026-0001）')).toBeVisible();
  await expect(loanRow).toContainText('ZC-2026-0001 待总经理审批');
  // not approved: nothing changes, even after its date
  clock.set(new Date('2026-12-03T09:00:00+08:00'));
  await openMenu(page, '设置');
  await openMenu(page, '策略');
  await expect(page.getByTestId('policy-value-loans.policy')).toContainText('天数：3');
  clock.set(new Date('2026-12-01T10:00:00+08:00'));
  await signOut(page);

  // ---- the GM signs the ZC request at the machine (审批)
  await signIn(page, GM.login, GM.password);
  await openMenu(page, '策略');
  await page.getByRole('button', { name: 'ZC-2026-0001 待总经理审批' }).click();
  await page.getByRole('row').filter({ hasText: 'ZC-2026-0001' }).first().click();
  await page.getByTestId('request-sign').click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(GM.login);
  await sign.getByLabel('签署人密码').fill(GM.password);
  await shot(page, 'policy-gm-sign');
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  await page.keyboard.press('Escape');

  // approved, dated 12-03: scheduled, the rule in force is still 3 days
  await openMenu(page, '策略');
  await expect(loanRow).toContainText('第 2 版 2026-12-03 起施行');
  await expect(page.getByTestId('policy-value-loans.policy')).toContainText('天数：3');
  expect((await bridge.dispatch('loans.policy', {}, { trustedSender: true })) as unknown).toMatchObject({ ok: true, value: { days: 3 } });

  // ---- the date comes: version 2 in force
  clock.set(new Date('2026-12-03T08:30:00+08:00'));
  await openMenu(page, '审批');
  await openMenu(page, '策略');
  await expect(page.getByTestId('policy-value-loans.policy')).toContainText('天数：2');
  await expect(loanRow).toContainText('第 2 版');
  await expect(loanRow).toContainText('2026-12-03');
  await shot(page, 'policy-in-force');
  await loanRow.getByRole('button', { name: '版本记录' }).click();
  const history = page.getByRole('dialog', { name: '版本记录：借阅期限与到期规则' });
  await expect(history).toContainText('天数 3 → 2');
  await expect(history).toContainText('陈总');
  await shot(page, 'policy-history');
  await page.keyboard.press('Escape');

  // ---- the policy register
  await page.getByRole('button', { name: '打印制度/策略变更登记簿（PDF）' }).click();
  const saved = page.getByText(/^已保存到 /).last();
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('制度/策略变更登记簿');
  expect(text).toMatch(/第\s*2\s*版/);
  expect(text).toContain('孙保密');
  expect(text).toContain('陈总');
  expect(text).toContain('ZC-2026-0001');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(PDF_DIR, 'policy-register')]);
});
