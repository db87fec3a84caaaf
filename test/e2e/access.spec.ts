// 查阅 in the Chinese UI at 1366×768 (R-USE-1, R-USE-2, R-USE-3): the operator records an
// outsider's request to consult a 机密 file from the paper form; the CS-department review (李明)
// and the CS manager (张伟) sign at the machine; the grant appears; at the reading desk the time in
// opens the content in the operator's session; when the grant's time is up (the bridge's
// injected clock moves) the content closes in the open window; time out; the access register
// printed to PDF and read back.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openMenu, OPERATOR, pick, printPdfText, seedArchive } from './archive-fixtures';
import { ACCESS_STAFF, CS_MANAGER, expect, SUPERVISOR, test } from './access-fixtures';
import { ROOT, type SeedUser, seedVault, shot, signIn, signOut } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

async function signStep(page: Page, no: string, signer: SeedUser, waiting: string) {
  await signIn(page, signer.login, signer.password);
  await openMenu(page, '审批 1');
  const row = page.getByRole('table', { name: '待我审批' }).getByRole('row').filter({ hasText: no });
  await expect(row).toContainText(waiting);
  await row.click();
  const drawer = page.getByRole('dialog', { name: `申请 ${no}` });
  await expect(drawer).toContainText('账户对账单（2024 年度）');
  await drawer.getByTestId('request-sign').click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(signer.login);
  await sign.getByLabel('签署人密码').fill(signer.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  return drawer;
}

test('R-USE-1 R-USE-2 R-USE-3 查阅：外来人员申请查阅机密档案 → 客服部审核（李明）→ 客服部经理（张伟）签字 → 生成授权 → 登记到达后内容可见 → 授权到期内容自动关闭 → 登记离开 → 打印查阅登记簿', async ({
  app: page,
  bridge,
  clock,
}) => {
  test.setTimeout(300_000); // four sign-ins with real Ed25519 signing on a shared 2-core machine
  await seedVault(bridge, ACCESS_STAFF);
  await seedArchive(bridge);
  await page.reload();

  // ---- the operator records the paper form (R-USE-2, R-USE-3)
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '查阅授权');
  await page.getByRole('button', { name: '新建查阅申请' }).click();
  const form = page.getByRole('dialog', { name: '查阅申请（查阅档案材料）' });
  await pick(page, form, '申请人身份', '外来人员');
  await expect(form.getByLabel('证明文件编号')).toBeVisible();
  await form.getByLabel('姓名').fill('周律师');
  await form.getByLabel('单位', { exact: true }).fill('金杜律师事务所');
  await form.getByLabel('联系方式').fill('13800000000');
  await pick(page, form, '证明文件', '介绍信');
  await form.getByLabel('证明文件编号').fill('JD-2026-118');
  await form.getByLabel('开具单位').fill('金杜律师事务所');
  await form.getByLabel('申请范围').fill('账户对账单');
  await page
    .locator('.ant-select-dropdown:visible')
    .getByText(/账户对账单（2024 年度）/)
    .click();
  await page.keyboard.press('Escape');
  await form.getByLabel('用途').fill('诉讼取证');
  await form.getByLabel('事由').fill('代理中国银行对账纠纷案件，需查阅 2024 年度对账单原件');
  await form.getByRole('checkbox', { name: '已加盖部门公章' }).check();
  await form.getByLabel('部门负责人签字').fill('吴建华');
  await shot(page, 'access-request-form');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(/已提交查阅申请 CY-\d{4}-0001，等待审批/)).toBeVisible();
  await expect(form).toBeHidden();
  const no = (await page.getByText(/已提交查阅申请 CY-/).innerText()).match(/CY-\d{4}-\d{4}/)![0];
  await signOut(page);

  // ---- review, then the CS manager (机密 → both steps, R-USE-3)
  let drawer = await signStep(page, no, SUPERVISOR, '客服部审核');
  await expect(drawer.getByTestId('chain-step-0').getByTestId('signature-verified')).toHaveText('已验证');
  await expect(drawer.getByTestId('request-status')).toHaveText('审批中');
  await drawer.locator('.ant-drawer-close').click();
  await signOut(page);
  drawer = await signStep(page, no, CS_MANAGER, '客服部经理审批');
  await expect(drawer.getByTestId('request-status')).toHaveText('已批准');
  await expect(drawer.getByTestId('chain-step-1').getByTestId('signature-verified')).toHaveText('已验证');
  await shot(page, 'access-request-approved');
  await drawer.locator('.ant-drawer-close').click();
  await signOut(page);

  // ---- the grant; the reading desk
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '查阅授权');
  const grantRow = page.getByRole('table', { name: '查阅授权' }).getByRole('row').filter({ hasText: no });
  await expect(grantRow).toContainText('周律师');
  await expect(grantRow).toContainText('外来');
  await expect(grantRow).toContainText('金杜律师事务所');
  await expect(grantRow).toContainText('机密');
  await expect(grantRow.getByTestId('grant-state')).toHaveText('有效');
  await shot(page, 'access-grants');
  await grantRow.click();
  const grant = page.getByRole('dialog', { name: `查阅授权 ${no}` });
  await expect(grant).toContainText('介绍信 JD-2026-118（金杜律师事务所）');
  await expect(grant).toContainText('外来人员无账号');
  // before the time in the content stays closed, even for the operator
  const items = grant.getByRole('table', { name: '查阅档案' });
  await items.getByRole('row').filter({ hasText: '账户对账单（2024 年度）' }).getByRole('button', { name: '打开查阅' }).click();
  let item = page.getByRole('dialog', { name: '档案材料详情' });
  await expect(item.getByTestId('no-access')).toBeVisible();
  await item.locator('.ant-drawer-close').click();
  await expect(item).toBeHidden();

  await grant.getByRole('button', { name: '登记到达（开始查阅）' }).click();
  await expect(page.getByText('已登记到达，可在下方打开档案材料查阅')).toBeVisible();
  await items.getByRole('row').filter({ hasText: '账户对账单（2024 年度）' }).getByRole('button', { name: '打开查阅' }).click();
  item = page.getByRole('dialog', { name: '档案材料详情' });
  await expect(item.getByTestId('item-detail')).toContainText('账户对账单（2024 年度）');
  await expect(item.getByTestId('content-until')).toContainText(`依查阅授权 ${no} 查阅`);
  await shot(page, 'access-content-open');

  // ---- the grant's time is up (the same day's 18:00 on the bridge's wall clock): the open window closes its content
  const until = ((await bridge.dispatch('access.grants', {}, { trustedSender: true })) as { ok: true; value: { validUntil: string }[] }).value[0]!.validUntil;
  clock.set(new Date(Date.parse(until) + 60_000));
  await expect(item.getByTestId('content-closed')).toHaveText('查阅授权已结束，内容已关闭', { timeout: 20_000 });
  await expect(item.getByTestId('item-detail')).toHaveCount(0);
  await expect(item.getByTestId('no-access')).toBeVisible();
  await shot(page, 'access-content-closed');
  await item.locator('.ant-drawer-close').click();

  // ---- time out, the register, printed (查阅登记簿)
  await grant.getByRole('button', { name: '登记离开（结束查阅）' }).click();
  await expect(page.getByText('已登记离开')).toBeVisible();
  await grant.locator('.ant-drawer-close').first().click();
  await openMenu(page, '查阅登记');
  const reg = page.getByRole('table', { name: '查阅登记' }).getByRole('row').filter({ hasText: no });
  await expect(reg).toContainText('周律师');
  await expect(reg).toContainText('张专员');
  await shot(page, 'access-register');
  const pdf = (await printPdfText(page, page, '查阅登记簿')).replace(/\s+/g, '');
  for (const s of ['查阅登记簿', '周律师（外来）', '金杜律师事务所', '账户对账单', '（2024年度）', no, '查阅人签字', '经办人', '张专员', '机密', '共1条记录']) {
    expect(pdf, s).toContain(s.replace(/\s+/g, ''));
  }
  const path = (
    await page
      .getByText(/^已保存到 /)
      .last()
      .innerText()
  )
    .replace(/^已保存到 /, '')
    .trim();
  const out = join(ROOT, 'test/output/screenshots');
  mkdirSync(out, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', path, join(out, 'access-register-pdf')]);
});
