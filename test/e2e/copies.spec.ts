// Copy / excerpt and external provision in the Chinese UI at 1366×768, clicking as the operator
// and the supervisors would (R-SEC-3, R-SEC-5): a copy request recorded from the paper form,
// approved at the machine by the GM, copies counted and numbered in the copy register, the scan
// downloaded as a marked copy (the trace mark on every page of the saved PDF), the 复制登记簿
// printed; an external provision approved by the information supervisor AND the CS manager — one
// person holding both roles is refused the second step, in Chinese — recorded and printed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { ARCHIVE_STAFF, EXPORT_DIR, OPERATOR, attachFileSaver, d, openMenu, printPdfText, seedArchive } from './archive-fixtures';
import { expect, seedVault, shot, signIn, test, type SeedUser } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });
// long flows on a shared 2-core machine: generous, never a speed assertion
test.setTimeout(300_000);

const GM: SeedUser = { login: 'chenjing', displayName: '陈静', roles: ['gm'], password: 'Gm-pass-2024x' };
const SUP: SeedUser = { login: 'liming', displayName: '李明', roles: ['infoSupervisor'], password: 'Sup-pass-2024x' };
const CSM: SeedUser = { login: 'zhangwei', displayName: '张伟', roles: ['csManager'], password: 'Csm-pass-2024x' };
const BOTH: SeedUser = { login: 'zhaojr', displayName: '赵兼任', roles: ['infoSupervisor', 'csManager'], password: 'Both-pass-2024x' };
const USERS = [...ARCHIVE_STAFF, GM, SUP, CSM, BOTH];

async function scanPdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`Account opening form, scan page ${i}`, { x: 72, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}
/** The printed register's text as pdftotext -raw reads it (cells in order; whitespace dropped: narrow columns wrap). */
async function printedRaw(page: Page, label: string): Promise<string> {
  await printPdfText(page, page, label);
  const path = (
    await page
      .getByText(/^已保存到 /)
      .last()
      .innerText()
  )
    .replace(/^已保存到 /, '')
    .trim();
  return squash(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
}
const pageText = (file: string, p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

/** Fills the engine's shared request fields for a staff applicant and picks one item by its title. */
async function requestFields(page: Page, form: ReturnType<Page['getByRole']>, item: string, purpose: string, reason: string) {
  await form.getByLabel('姓名', { exact: true }).fill('马晓东');
  await form.getByLabel('部门', { exact: true }).fill('市场部');
  await form.getByLabel('联系方式', { exact: true }).fill('分机 8021');
  await form.getByLabel('申请范围').click();
  await page.keyboard.type(item.slice(0, 2));
  await page.locator('.ant-select-dropdown:visible').getByText(item).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await form.getByLabel('用途', { exact: true }).fill(purpose);
  await form.getByLabel('事由', { exact: true }).fill(reason);
  await form.getByRole('checkbox', { name: '已加盖部门公章' }).check();
  await form.getByLabel('部门负责人签字').fill('吴建华');
}

/** Opens the request from the pending list and signs its waiting step as `who`. */
async function signStep(page: Page, no: string, who: SeedUser, expectError?: string, shotName?: string) {
  const drawer = page.locator('.ant-drawer').filter({ hasText: `申请 ${no}` });
  if (!(await drawer.isVisible())) {
    await page.getByRole('table', { name: '待审批的申请' }).getByRole('row').filter({ hasText: no }).getByRole('button', { name: '审批签字' }).click();
    await expect(drawer).toBeVisible();
  }
  await drawer.getByTestId('request-sign').click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(who.login);
  await sign.getByLabel('签署人密码').fill(who.password);
  await sign.getByRole('button', { name: '签名' }).click();
  if (expectError) {
    await expect(sign.getByRole('alert')).toContainText(expectError);
    if (shotName) await shot(page, shotName);
    await sign.getByRole('button', { name: '取消' }).click();
    await expect(sign).toBeHidden();
  } else await expect(sign).toBeHidden();
  return drawer;
}

test('R-SEC-3 复制：据纸质申请登记复制申请 → 总经理在本机审批 → 登记复制件（编号）→ 下载扫描件为带复制标记的 PDF（每页标记）→ 打印复制登记簿', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, USERS);
  const seeded = await seedArchive(bridge);
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  const scan = await scanPdf(3);
  await d(bridge, 'attachments.add', { itemId: seeded.items.open, fileName: '开户申请扫描.pdf', mime: 'application/pdf', dataBase64: scan.toString('base64') });
  await d(bridge, 'auth.signOut', {});
  attachFileSaver(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);

  // ---- without an approved copy request the scan cannot be saved (a download is a copy)
  await openMenu(page, '档案索引');
  await page.getByRole('table', { name: '档案索引' }).getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  let drawer = page.locator('.ant-drawer').filter({ hasText: '档案材料详情' });
  let panel = drawer.getByTestId('attachments-panel');
  await panel.getByRole('row').filter({ hasText: '开户申请扫描.pdf' }).getByRole('button', { name: '另存为…' }).click();
  await expect(panel.getByRole('alert')).toContainText('没有允许复制或下载该档案材料的授权或已批准的复制申请');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // ---- the request, from the paper form
  await openMenu(page, '复制与外出');
  await expect(page.getByRole('heading', { name: '复制、外出携带与对外提供' })).toBeVisible();
  await page.getByRole('button', { name: '新建复制申请' }).click();
  const form = page.getByRole('dialog', { name: '复制摘录申请' });
  await requestFields(page, form, '开户申请及授权书', '合同续签', '客户续签年度协议，需开户授权书复印件交法务核对');
  await form.getByLabel('复制份数（每件）').fill('2');
  await form.getByLabel('复制页码（不填为全部）').fill('1-3');
  await shot(page, 'copies-request-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已提交申请 FZ-2026-0001')).toBeVisible();

  // ---- approved at the machine by the GM (GM or information supervisor, R-SEC-3)
  const approval = await signStep(page, 'FZ-2026-0001', GM);
  await expect(approval).toContainText('陈静');
  await shot(page, 'copies-approved-chain');
  await page.keyboard.press('Escape');
  await expect(approval).toBeHidden();

  // ---- a photocopy counted and numbered in the copy register
  const approved = page.getByRole('table', { name: '已批准、待登记的申请' });
  await approved.getByRole('row').filter({ hasText: 'FZ-2026-0001' }).getByRole('button', { name: '登记复制件' }).click();
  const rec = page.getByRole('dialog', { name: '登记复制件（FZ-2026-0001）' });
  await expect(rec).toContainText('已复制 0 / 批准 2 份');
  await rec.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记 1 份')).toBeVisible();
  const register = page.getByRole('table', { name: '复制登记' });
  await expect(register.getByRole('row').filter({ hasText: '第 1 份' })).toContainText('全文复制（1-3）');

  // ---- the scan saved as copy no. 2: a marked PDF, the mark on every page
  await openMenu(page, '档案索引');
  await page.getByRole('table', { name: '档案索引' }).getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  drawer = page.locator('.ant-drawer').filter({ hasText: '档案材料详情' });
  panel = drawer.getByTestId('attachments-panel');
  await panel.getByRole('row').filter({ hasText: '开户申请扫描.pdf' }).getByRole('button', { name: '另存为…' }).click();
  await expect(panel).toContainText('已保存至');
  const file = join(EXPORT_DIR, '开户申请扫描-FZ-2026-0001-第2份.pdf');
  expect(existsSync(file)).toBe(true);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
  for (let p = 1; p <= 3; p++) {
    const text = pageText(file, p);
    for (const w of ['FZ-2026-0001', '张专员', '第 2 份', `${seeded.archiveNo}-001`, `scan page ${p}`]) expect(text, `page ${p}: ${w}`).toContain(w);
  }
  await shot(page, 'copies-marked-download');
  await page.keyboard.press('Escape');

  // ---- the register: both copies, then on paper
  await openMenu(page, '复制与外出');
  await expect(register.getByRole('row').filter({ hasText: '第 2 份' })).toContainText('下载（带标记）');
  await shot(page, 'copies-register');
  const printed = await printedRaw(page, '复制登记簿');
  for (const w of ['复制登记簿', 'FZ-2026-0001', '第1份', '第2份', '开户申请及授权书', '张专员', '复制经办人']) expect(printed, w).toContain(w);
});

test('R-SEC-5 对外提供：登记申请 → 客户信息主管签字 → 同一人不得再签客服部经理环节（中文提示）→ 客服部经理签字 → 登记提供 → 打印对外提供登记簿', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, USERS);
  await seedArchive(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '复制与外出');
  await page.getByRole('tab', { name: '对外提供登记' }).click();
  await page.getByRole('button', { name: '新建对外提供申请' }).click();
  const form = page.getByRole('dialog', { name: '对外提供申请' });
  await requestFields(page, form, '开户申请及授权书', '诉讼举证', '客户委托律师处理合同纠纷，需提供开户授权书复印件');
  await form.getByLabel('接收单位').fill('北京市中伦律师事务所');
  await form.getByLabel('法律依据').fill('《委托代理协议》第五条及客户书面授权');
  await form.getByLabel('协议编号').fill('WT-2026-015');
  await form.getByLabel('提供内容').fill('开户授权书复印件一份');
  await shot(page, 'copies-provision-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已提交申请 DW-2026-0001')).toBeVisible();

  // nothing can be recorded before both approvals: the request is not in the approved list
  await expect(page.getByRole('table', { name: '已批准、待登记的申请' })).not.toContainText('DW-2026-0001');
  // step 1 (information supervisor) by the person holding both roles …
  const drawer = await signStep(page, 'DW-2026-0001', BOTH);
  await expect(drawer.getByTestId('request-sign')).toContainText('客服部经理');
  // … who may not sign the CS manager's step too (R-SEC-5: two different people)
  await signStep(page, 'DW-2026-0001', BOTH, '同一人不得签署同一申请的两个审批环节', 'copies-provision-second-signer-refused');
  await signStep(page, 'DW-2026-0001', CSM);
  await expect(drawer.getByTestId('request-sign')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  const approved = page.getByRole('table', { name: '已批准、待登记的申请' });
  await approved.getByRole('row').filter({ hasText: 'DW-2026-0001' }).getByRole('button', { name: '登记提供' }).click();
  const rec = page.getByRole('dialog', { name: '登记对外提供（DW-2026-0001）' });
  await rec.getByLabel('对方接收人').fill('周律师');
  await rec.getByRole('button', { name: '保存' }).click();
  await expect(rec).toBeHidden();
  const row = page.getByRole('table', { name: '对外提供登记' }).getByRole('row').filter({ hasText: 'DW-2026-0001' });
  await expect(row).toContainText('北京市中伦律师事务所');
  await expect(row).toContainText('赵兼任');
  await expect(row).toContainText('张伟');
  await shot(page, 'copies-provision-register');
  const printed = await printedRaw(page, '对外提供登记簿');
  for (const w of ['对外提供登记簿', 'DW-2026-0001', '北京市中伦律师事务所', 'WT-2026-015', '纸质复制件', '赵兼任', '张伟', '客服部经理'])
    expect(printed, w).toContain(w);
});

const CARRIER: SeedUser = { login: 'liuyang', displayName: '刘洋', roles: ['devSpecialist'], password: 'Carrier-pass-2024x' };
const SEC: SeedUser = { login: 'zhouqiang', displayName: '周强', roles: ['securityOfficer'], password: 'Sec-pass-2024x' };

test('R-SEC-4 外出携带：保密员指定携带人 → 申请经客户信息主管审批 → 携带人在本机签署保密承诺后外出 → 返回检查关闭登记 → 打印外出携带登记簿', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...USERS, CARRIER, SEC]);
  const seeded = await seedArchive(bridge);
  await page.reload();

  // ---- the security officer designates the carrier
  await signIn(page, SEC.login, SEC.password);
  await openMenu(page, '指定携带人');
  const carriers = page.getByTestId('carriers-form');
  await carriers.getByLabel('按人员指定').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('刘洋（liuyang）').click();
  await page.keyboard.press('Escape');
  await carriers.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '刘洋（liuyang）' })).toBeVisible();
  await shot(page, 'copies-carriers');
  await page.getByRole('button', { name: '退出登录' }).click();

  // ---- the request from the paper form (recorded through the same calls the form makes)
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  const people = (await d(bridge, 'carryOuts.carriers', {})) as unknown as { people: { id: number }[] };
  await d(bridge, 'approvals.create', {
    type: 'carryOut',
    applicant: { kind: 'staff', name: '刘洋', unit: '客户开发部' },
    targets: { scope: 'items', itemIds: [seeded.items.open] },
    purpose: '授信复审',
    reason: '中国银行授信复审需携带原件现场核验',
    details: {
      carrierId: people.people[0]!.id,
      destination: '中国银行上海分行',
      measures: ['sealedEnvelope', 'escort'],
      expectedReturn: '2026-12-31T09:00:00.000Z',
    },
    submit: true,
  });
  await d(bridge, 'auth.signOut', {});
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '复制与外出');
  await page.getByRole('tab', { name: '外出携带登记' }).click();
  const drawer = await signStep(page, 'WC-2026-0001', SUP);
  await expect(drawer).toContainText('李明');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // ---- departure: the carrier signs the pledge at this machine
  await page
    .getByRole('table', { name: '已批准、待登记的申请' })
    .getByRole('row')
    .filter({ hasText: 'WC-2026-0001' })
    .getByRole('button', { name: '登记外出' })
    .click();
  const dep = page.getByRole('dialog', { name: '登记外出（WC-2026-0001）' });
  await expect(dep).toContainText('密封信封、专人陪同');
  await dep.getByRole('button', { name: '携带人签署承诺' }).click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(CARRIER.login);
  await sign.getByLabel('签署人密码').fill(CARRIER.password);
  await shot(page, 'copies-carry-pledge');
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  const row = page.getByRole('table', { name: '外出携带登记' }).getByRole('row').filter({ hasText: 'WC-2026-0001' });
  await expect(row).toContainText('刘洋 ✓');
  await expect(row).toContainText('未返回');

  // ---- return check closes the row
  await row.getByRole('button', { name: '返回检查' }).click();
  const ret = page.getByRole('dialog', { name: '返回检查（WC-2026-0001）' });
  await ret.getByRole('button', { name: '保存' }).click();
  await expect(ret).toBeHidden();
  await expect(row).toContainText('完好');
  await shot(page, 'copies-carry-register');
  const printed = await printedRaw(page, '外出携带登记簿');
  for (const w of ['外出携带登记簿', 'WC-2026-0001', '刘洋', '中国银行上海分行', '密封信封、专人陪同', '本机签署刘洋', '完好', '携带人'])
    expect(printed, w).toContain(w);
});
