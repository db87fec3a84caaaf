// Statistical reports in the Chinese UI at 1366×768 (R-REP-1..5): the 风险管理部's request for this
// month's report recorded by the information specialist (after a template change the GM approved: version 2); the CS manager's review and the GM's
// approval signed at the machine in the request's chain; the report compiled for it from live data
// (naming template version 1), with its charts and figures; reviewed by the information supervisor
// and the CS manager, each signing; released in 3 numbered copies, each printed to PDF with
// 第 n 份 / 共 3 份 on every page (pdftotext per page; page 1 to PNG); the copies distributed, one
// recalled and struck off; the distribution register printed; the figures exported to .xlsx.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ARCHIVE_STAFF, attachFileSaver, OPERATOR, openMenu, readXlsxText, seedArchive } from './archive-fixtures';
import { expect, PDF_DIR, seedVault, shot, signIn, test, type SeedUser } from './fixtures';

const SUPERVISOR: SeedUser = { login: 'lizhuguan', displayName: '李主管', roles: ['infoSupervisor'], password: 'Supervisor-pass-2024' };
const CSM: SeedUser = { login: 'zhangjingli', displayName: '张经理', roles: ['csManager'], password: 'Manager-pass-2024' };
const GM: SeedUser = { login: 'chenzong', displayName: '陈总', roles: ['gm'], password: 'General-pass-2024' };
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(300_000);

async function signAt(page: Page, who: SeedUser) {
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(who.login);
  await sign.getByLabel('签署人密码').fill(who.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
}

/** Prints with the row's 「label（PDF）」 button and returns the PDF's path. */
async function printPdf(page: Page, scope: Locator, label: string): Promise<string> {
  await scope.getByRole('button', { name: `${label}（PDF）` }).click();
  const saved = page.getByText(/^已保存到 /).last();
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  await page
    .getByRole('button', { name: '知道了' })
    .last()
    .click()
    .catch(() => undefined);
  return path;
}
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const pageText = (pdf: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

test('R-REP-1 R-REP-2 R-REP-3 R-REP-4 R-REP-5 统计报表：部门申请 → 客服部经理审核、总经理审批 → 按申请编制（注明模板版本）→ 主管与经理现场审核签名 → 发布 3 份并逐份打印（第 n 份 / 共 3 份）→ 分发登记、收回注销 → 打印分发登记簿 → 导出 Excel', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, SUPERVISOR, CSM, GM]);
  await seedArchive(bridge);
  attachFileSaver(bridge);
  const now = new Date();
  const ym = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const from = `${ym}-01`;
  const to = `${ym}-${String(new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate()).padStart(2, '0')}`;

  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '统计报表');
  await expect(page.getByRole('heading', { name: '统计报表' })).toBeVisible();

  // ---- R-REP-3: the template's versions and a proposed change (no effect until the GM approves)
  await page.getByRole('tab', { name: '报表模板' }).click();
  const tpl = page.getByRole('table', { name: '报表模板' }).getByRole('row').filter({ hasText: '客户信息统计报表' });
  await expect(tpl).toContainText('第 1 版');
  await tpl.getByRole('button', { name: '提出修改' }).click();
  const propose = page.getByRole('dialog', { name: '提出模板修改（须总经理审批）' });
  await propose.getByRole('button', { name: '添加指标' }).click();
  await propose.getByTestId('figure-8').getByLabel('指标名称').fill('特殊客户新建');
  await propose.getByLabel('修改理由').fill('单列特殊客户');
  await shot(page, 'reports-template-propose');
  await propose.getByRole('button', { name: '保存' }).click();
  await expect(propose).toBeHidden();
  await expect(tpl).toContainText(/MB-\d{4}-0001/);
  await expect(tpl).toContainText('第 1 版');
  // the GM sees what changes and approves it at the machine: version 2 is filed
  await tpl.getByRole('button', { name: /MB-\d{4}-0001/ }).click();
  const mb = page.getByRole('dialog', { name: /申请 MB-\d{4}-0001/ });
  await expect(mb).toContainText('第 1 版 → 第 2 版');
  await expect(mb).toContainText('新增指标特殊客户新建');
  await mb.getByTestId('request-sign').click();
  await signAt(page, GM);
  await expect(mb.getByTestId('request-sign')).toBeHidden();
  await mb.getByRole('button', { name: '关闭' }).click();
  await expect(tpl).toContainText('第 2 版');
  await tpl.getByRole('button', { name: '版本与修改' }).click();
  const hist = page.getByRole('dialog', { name: '《客户信息统计报表》版本记录' });
  await expect(hist).toContainText('随软件提供');
  await expect(hist.getByTestId('diff-2')).toContainText('新增指标特殊客户新建');
  await shot(page, 'reports-template-history');
  await hist
    .getByRole('button', { name: 'Close' })
    .or(hist.getByRole('button', { name: '关闭' }))
    .first()
    .click();
  await expect(hist).toBeHidden();
  await page.getByRole('tab', { name: '报表', exact: true }).click();

  // ---- R-REP-2: the department's request, recorded from its paper form
  await page.getByRole('button', { name: '登记报表申请' }).click();
  const req = page.getByRole('dialog', { name: '登记其他部门的报表申请' });
  await req.getByLabel('申请部门').fill('风险管理部');
  await req.getByLabel('申请人').fill('周敏');
  await req.getByLabel('开始日期').fill(from);
  await req.getByLabel('开始日期').press('Tab');
  await req.getByLabel('结束日期').fill(to);
  await req.getByLabel('结束日期').press('Tab');
  await req.getByLabel('用途').fill('月度客户信息风险分析');
  await expect(req.getByLabel('份数')).toHaveValue('3');
  await req.getByRole('button', { name: '保存' }).click();
  await expect(req).toBeHidden();
  const requests = page.getByRole('table', { name: '报表申请' });
  const reqRow = requests.getByRole('row').filter({ hasText: '风险管理部' });
  await expect(reqRow).toContainText('审批中');
  const no = (await reqRow.getByRole('cell').first().innerText()).trim();
  expect(no).toMatch(/^BQ-\d{4}-0001$/);

  // the CS manager reviews, the GM approves, each signing at the machine
  await reqRow.getByRole('button', { name: '查看' }).click();
  const drawer = page.getByRole('dialog', { name: `申请 ${no}` });
  await expect(drawer.getByTestId('request-chain')).toContainText('客服部经理审核');
  await expect(drawer.getByTestId('request-chain')).toContainText('总经理审批');
  await drawer.getByTestId('request-sign').click();
  await signAt(page, CSM);
  await expect(drawer.getByTestId('request-sign')).toContainText('总经理审批');
  await drawer.getByTestId('request-sign').click();
  await signAt(page, GM);
  await expect(drawer.getByTestId('request-sign')).toBeHidden();
  await shot(page, 'reports-request-approved');
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(reqRow).toContainText('已批准');

  // ---- R-REP-1 / R-REP-3: compiled for the request from live data, naming the template version
  await reqRow.getByRole('button', { name: '按申请编制' }).click();
  const compile = page.getByRole('dialog', { name: `按申请编制 ${no}` });
  await expect(compile.getByLabel('开始日期')).toHaveValue(from);
  await compile.getByRole('button', { name: '保存' }).click();
  await expect(compile).toBeHidden();
  await expect(page.getByTestId('rep-status')).toHaveText('待审核');
  await expect(page.getByText('客户信息统计报表（第 2 版）')).toBeVisible();
  const figures = page.getByRole('table', { name: '统计数据' });
  await expect(figures.getByRole('row').filter({ hasText: '新建客户（按类别）' }).filter({ hasText: '特殊客户' })).toContainText('1');
  await expect(figures.getByRole('row').filter({ hasText: '入库档案（按密级）' }).filter({ hasText: '合计' })).toContainText('3');
  await expect(page.getByTestId('chart-newItems')).toBeVisible();

  // ---- R-REP-5: both reviewers sign; release only after both
  await expect(page.getByRole('button', { name: '发布' })).toBeHidden();
  await page.getByRole('button', { name: '客户信息主管审核签名' }).click();
  await signAt(page, SUPERVISOR);
  await expect(page.getByTestId('review-infoSupervisor')).toContainText('客户信息主管：李主管');
  await expect(page.getByTestId('rep-status')).toHaveText('待审核');
  await page.getByRole('button', { name: '客服部经理审核签名' }).click();
  await signAt(page, CSM);
  await expect(page.getByTestId('review-csManager')).toContainText('客服部经理：张经理');
  await expect(page.getByTestId('rep-status')).toHaveText('已审核');
  await shot(page, 'reports-reviewed');

  // ---- R-REP-4: released in 3 numbered copies, each printed with its number on every page
  await page.getByRole('button', { name: '发布' }).click();
  const release = page.getByRole('dialog', { name: '发布报表（编号份数）' });
  await expect(release.getByLabel('份数')).toHaveValue('3');
  await release.getByRole('button', { name: '保存' }).click();
  await expect(release).toBeHidden();
  await expect(page.getByTestId('rep-status')).toHaveText('已发布');
  const copies = page.getByRole('table', { name: '份数与分发' });
  const copyRow = (n: number) => copies.getByRole('row').filter({ hasText: `第 ${n} 份 / 共 3 份` });
  for (const n of [1, 2, 3]) {
    const pdf = await printPdf(page, copyRow(n), `打印第 ${n} 份`);
    const pages = pagesOf(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (let p = 1; p <= pages; p++) expect(pageText(pdf, p), `copy ${n} page ${p}`).toContain(`第${n}份/共3份`);
    if (n === 1) {
      const all = pageText(pdf, 1);
      for (const w of ['客户信息统计报表', '第2版', no, '客户信息主管审核：李主管', '客服部经理审核：张经理', '本份为第1份']) expect(all).toContain(w);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(PDF_DIR, 'report-copy-1')]);
    }
  }

  // the distribution: who received copy n; copy 3 recalled and struck off (never deleted)
  for (const [n, unit, name] of [
    [1, '风险管理部', '周敏'],
    [2, '总经理办公室', '陈总'],
    [3, '客户服务部', '吴建华'],
  ] as const) {
    await copyRow(n).getByRole('button', { name: '登记分发' }).click();
    const dist = page.getByRole('dialog', { name: `登记分发：第 ${n} 份` });
    await dist.getByLabel('接收部门').fill(unit);
    await dist.getByLabel('接收人').fill(name);
    await dist.getByRole('button', { name: '保存' }).click();
    await expect(dist).toBeHidden();
    await expect(copyRow(n)).toContainText(name);
  }
  await copyRow(3).getByRole('button', { name: '注销' }).click();
  const strike = page.getByRole('dialog', { name: '注销第 3 份（收回或销毁）' });
  await strike.getByLabel('说明').fill('存档副本收回，由档案室统一保存');
  await strike.getByRole('button', { name: '保存' }).click();
  await expect(strike).toBeHidden();
  await expect(copyRow(3)).toContainText('收回：存档副本收回');
  await expect(copyRow(3).getByRole('button', { name: '登记分发' })).toHaveCount(0);
  await shot(page, 'reports-distribution');
  const reg = await printPdf(page, page.locator('.ant-card').filter({ hasText: '份数与分发' }), '打印分发登记簿');
  const regText = execFileSync('pdftotext', ['-raw', reg, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const w of ['统计报表分发登记簿', '第1份/共3份', '风险管理部', '周敏', '总经理办公室', '收回：存档副本收回', '接收人签名']) expect(regText).toContain(w);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', reg, join(PDF_DIR, 'report-distribution')]);

  // the figures as .xlsx
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const exported = page.getByText(/^已导出：/);
  await expect(exported).toBeVisible();
  const xlsx = await readXlsxText((await exported.innerText()).replace(/^已导出：/, '').trim());
  for (const w of ['模板版本', '第 2 版', '新建客户（按类别）', '特殊客户', '特殊客户新建']) expect(xlsx).toContain(w);
});
