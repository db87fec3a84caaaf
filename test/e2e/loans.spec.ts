// The loan register in the Chinese UI at 1366×768, clicking as the information specialists would
// (R-LOAN-1..4): a loan requested from the paper form, approved at the machine by a second
// specialist with the due time shown, issued with the borrower's signature on the pad; the
// bridge's clock moves past the due time → the overdue alert on the home screen and the menu
// badge, the 催还通知单 printed; returned with the page check and struck off (struck through on
// screen); the 借阅登记簿 printed to PDF and read back with pdftotext (page 1 rendered to PNG).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { ARCHIVE_STAFF, OPERATOR, openMenu, pick, seedArchive } from './archive-fixtures';

/** Clicks 「<button>（PDF）」 in scope, waits for the 已保存到 toast naming that printout's file and
 *  returns its path and pdftotext -raw text (cells in order, whitespace dropped: narrow columns wrap). */
async function printPdf(page: Page, scope: Page | Locator, button: string, file: string): Promise<{ path: string; text: string }> {
  await scope.getByRole('button', { name: `${button}（PDF）` }).click();
  const saved = page.getByText(new RegExp(`^已保存到 .*${file}-\\d{8}-\\d{4}\\.pdf$`));
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  return { path, text: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '') };
}
import { clockedTest, expect, SCREENSHOTS, type SeedUser, seedVault, shot, signIn, signOut } from './fixtures';

const APPROVER: SeedUser = { login: 'liuzy', displayName: '刘专员', roles: ['operator'], password: 'Approver-pass-2024' };

/** The e2e bridge with a clock the test moves (the app's own ManualClock: time is injected everywhere). */
const test = clockedTest(new Date('2026-12-01T09:00:00+08:00'), 'ar-e2e-loans-');
test.use({ viewport: { width: 1366, height: 768 } });
// one long flow (two sign-ins, two PDFs) on a shared 2-core machine
test.setTimeout(360_000);

test('R-LOAN-1 R-LOAN-2 R-LOAN-3 R-LOAN-4 借阅：登记申请 → 审批（显示应还时间）→ 签名板签名出借 → 逾期（首页告警、菜单角标、催还通知单）→ 归还核对页数并注销 → 打印借阅登记簿', async ({
  app: page,
  bridge,
  clock,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, APPROVER]);
  const seeded = await seedArchive(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '借阅登记');
  await expect(page.getByRole('heading', { name: '借阅登记簿' })).toBeVisible();

  // ---- the request, from the paper form (R-LOAN-2): the engine's shared request fields + the loan's items
  await page.getByRole('button', { name: '新建借阅申请' }).click();
  const form = page.getByRole('dialog', { name: '借阅申请（据纸质申请单登记）' });
  await form.getByLabel('姓名', { exact: true }).fill('马晓东');
  await form.getByLabel('部门', { exact: true }).fill('市场部');
  await form.getByLabel('联系方式', { exact: true }).fill('分机 8021');
  await form.getByLabel('借阅材料（档号或题名检索，仅在架材料）').click();
  await page.locator('.ant-select-dropdown:visible').getByText('开户申请及授权书').click();
  await page.keyboard.press('Escape');
  await expect(form.getByLabel(/借阅份数$/)).toBeVisible();
  await form.getByLabel('用途', { exact: true }).fill('合同续签核对');
  await form.getByLabel('事由', { exact: true }).fill('客户续签年度协议，需核对开户授权书原件');
  await form.getByRole('checkbox', { name: '已加盖部门公章' }).check();
  await form.getByLabel('部门负责人签字').fill('吴建华');
  // Tuesday 12-01 → Wed, Thu, Fri: due Friday 12-04 17:30
  await expect(form.getByText('如今日出借，应还时间：2026-12-04 17:30（借阅期限 3 个工作日）')).toBeVisible();
  await shot(page, 'loans-request-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/借阅申请 JY-2026-0001 已提交审批/)).toBeVisible();

  // ---- approval at the machine by the second specialist, the due time shown (R-LOAN-3)
  await page.getByRole('tab', { name: '借阅申请' }).click();
  const requests = page.getByRole('table', { name: '借阅申请' });
  const reqRow = requests.getByRole('row').filter({ hasText: 'JY-2026-0001' });
  await expect(reqRow).toContainText('待审批');
  await reqRow.getByRole('button', { name: '审批' }).click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await expect(sign.getByTestId('approve-due')).toHaveText('如今日出借，应还时间：2026-12-04 17:30');
  await sign.getByLabel('签署人用户名').fill(APPROVER.login);
  await sign.getByLabel('签署人密码').fill(APPROVER.password);
  await shot(page, 'loans-approve');
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(reqRow).toContainText('已批准');

  // ---- issue with the borrower's signature on the pad (R-LOAN-3)
  await reqRow.getByRole('button', { name: '出借' }).click();
  const issue = page.getByRole('dialog', { name: '办理出借：JY-2026-0001' });
  const pad = issue.getByTestId('signature-pad');
  // hover() waits for the dialog's opening animation to settle and aims inside the canvas
  await pad.hover({ position: { x: 40, y: 100 } });
  await page.mouse.down();
  for (const [x, y] of [
    [90, 60],
    [140, 110],
    [190, 50],
    [260, 105],
    [330, 70],
  ] as const)
    await pad.hover({ position: { x, y } });
  await page.mouse.up();
  await shot(page, 'loans-issue-signature');
  await issue.getByRole('button', { name: '出借' }).click();
  await expect(page.getByText('已出借，登记 1 行')).toBeVisible();
  await expect(reqRow).toContainText('已出借');

  await page.getByRole('tab', { name: '借阅登记簿' }).click();
  const register = page.getByRole('table', { name: '借阅登记簿' });
  const row = register.getByRole('row').filter({ hasText: '开户申请及授权书' });
  await expect(row).toContainText('马晓东');
  await expect(row).toContainText('2026-12-04 17:30');
  await expect(row).toContainText('借出中');
  await expect(row).toContainText('刘专员');

  // a second request for the same item is refused in Chinese: it is out (R-LOAN-1)
  await page.getByRole('button', { name: '新建借阅申请' }).click();
  const again = page.getByRole('dialog', { name: '借阅申请（据纸质申请单登记）' });
  await again.getByLabel('借阅材料（档号或题名检索，仅在架材料）').click();
  await expect(page.locator('.ant-select-dropdown:visible').getByText('授信业务往来传真')).toBeVisible();
  await expect(page.locator('.ant-select-dropdown:visible').getByText('开户申请及授权书')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await again.getByRole('button', { name: '取消' }).click();

  // ---- the clock moves past the due time: overdue, loudly (R-LOAN-3)
  await signOut(page);
  clock.set(new Date('2026-12-08T10:00:00+08:00'));
  await signIn(page, OPERATOR.login, OPERATOR.password);
  const alert = page.getByTestId('loans-overdue-alert');
  await expect(alert).toContainText('有 1 笔借阅已逾期未还');
  await expect(page.getByRole('menuitem', { name: /借阅登记/ }).getByTestId('loans-overdue-badge')).toContainText('1');
  await shot(page, 'loans-home-overdue');
  await openMenu(page, '借阅登记');
  await page.getByText('逾期', { exact: true }).click();
  await expect(row).toContainText('逾期 4 天');
  const n = (await printPdf(page, row, '催还通知单', '催还通知单')).text;
  for (const w of ['催还通知单', '马晓东（市场部）：', '已超过借阅期限', '开户申请及授权书', '4天', '借阅人签收']) expect(n, w).toContain(w);

  // ---- return with the page-by-page check: struck off, back on its shelf (R-LOAN-4)
  await row.getByRole('button', { name: '归还' }).click();
  const ret = page.getByRole('dialog', { name: /^归还：第 1 号/ });
  await pick(page, ret, '逐页核对', '缺页');
  await ret.getByRole('button', { name: '保存' }).click();
  await expect(ret.getByText('缺页时须填写缺少的页码')).toBeVisible();
  await ret.getByLabel('缺少的页码').fill('第 7 页');
  await ret.getByLabel('情况说明').fill('借阅人称复印时遗失，已要求补交');
  await expect(ret.getByText(/原库位：一号库房 › A01柜/)).toBeVisible();
  await shot(page, 'loans-return');
  await ret.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已全部归还，登记已注销')).toBeVisible();
  await page.getByText('已归还', { exact: true }).first().click();
  await expect(row).toContainText('注销：2026-12-08 10:00 张专员');
  await expect(row.locator('.loan-struck').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(page.getByTestId('loans-overdue-badge')).toHaveCount(0);
  await shot(page, 'loans-register-struck');

  // ---- the bound book (R-LOAN-3 R-LOAN-4)
  await page.getByText('全部', { exact: true }).click();
  const { path: pdf, text: b } = await printPdf(page, page, '借阅登记簿', '借阅登记簿');
  for (const w of [
    '借阅登记簿',
    '马晓东（市场部）',
    '开户申请及授权书',
    `${seeded.archiveNo}-001`,
    '刘专员（JY-2026-0001）',
    '缺页',
    '第7页',
    '接收人张专员',
    '经办人',
    '信息主管',
  ])
    expect(b, w).toContain(w);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/);
  expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').length).toBeGreaterThan(2); // the pad signature
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, join(SCREENSHOTS, 'loans-register-pdf-page1')]);
});

test('R-LOAN-3 R-GOV-1 安全保密员：借阅期限为策略值（此处只读，经策略页提出、总经理批准：policy.spec）、2027 年日历待核对提示、添加放假日并核对保存', async ({
  app: page,
  bridge,
}) => {
  const SEC: SeedUser = { login: 'baomi', displayName: '孙保密', roles: ['securityOfficer'], password: 'Secret-pass-2024' };
  await seedVault(bridge, [SEC]);
  await page.reload();
  await signIn(page, SEC.login, SEC.password);
  await openMenu(page, '借阅期限与工作日历');
  const policy = page.getByTestId('loan-policy');
  await expect(policy).toContainText('借阅期限（工作日，最长 3 天）3');
  await expect(policy).toContainText('这是策略值：修改须在“策略”页面提出');
  await expect(policy.getByRole('button', { name: '保存借阅期限' })).toHaveCount(0);

  const cal = page.getByTestId('loan-calendar');
  await expect(cal.getByRole('cell', { name: '国庆节调休上班' })).toHaveCount(2);
  await pick(page, cal, '年度', '2027');
  await expect(cal.getByText(/2027 年日历尚未核对/)).toBeVisible();
  await cal.getByLabel('日期', { exact: true }).click();
  await cal.getByLabel('日期', { exact: true }).fill('2027-02-09');
  await page.keyboard.press('Enter');
  await cal.getByLabel('名称', { exact: true }).fill('春节');
  await cal.getByRole('button', { name: '添加' }).click();
  await expect(cal.getByRole('row').filter({ hasText: '2027-02-09' })).toContainText('放假');
  await cal.getByRole('switch', { name: '已与国务院办公厅公布的安排核对' }).click();
  await shot(page, 'loans-calendar-editor');
  await cal.getByRole('button', { name: '保存 2027 年日历' }).click();
  await expect(page.getByText('2027 年日历已保存')).toBeVisible();
  await expect(cal.getByText(/最后修改：.* 孙保密/)).toBeVisible();
  await expect(cal.getByText(/2027 年日历尚未核对/)).toHaveCount(0);
});
