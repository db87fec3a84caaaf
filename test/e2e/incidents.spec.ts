// A leak incident in the Chinese UI at 1366×768 (R-SEC-7, Art. 27): the information specialist
// reports at once what leaked (which item, suspected channel, the measures taken); the information
// supervisor sees it at once — a red banner on the home screen and a count at 泄密事件 — and
// acknowledges it there, then records it contained, under investigation and resolved; the CS
// manager, still bannered until acknowledging, closes it; the evidence check is shown and the
// incident report (泄密事件报告) printed to PDF (pdftotext, page 1 to PNG).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARCHIVE_STAFF, OPERATOR, openMenu, printPdfText, seedArchive } from './archive-fixtures';
import { expect, PDF_DIR, type SeedUser, seedVault, shot, signIn, signOut, test } from './fixtures';

const SUPERVISOR: SeedUser = { login: 'lizhuguan', displayName: '李主管', roles: ['infoSupervisor'], password: 'Supervisor-pass-2024' };
const MANAGER: SeedUser = { login: 'chenjingli', displayName: '陈经理', roles: ['csManager'], password: 'Manager-pass-2024' };
test.use({ viewport: { width: 1366, height: 768 } });

async function step(page: Page, no: string, button: string, note: string, state: string) {
  const row = page.getByRole('row').filter({ hasText: no });
  await row.getByRole('button', { name: button }).click();
  const dlg = page.getByRole('dialog', { name: `${no}：${button}` });
  await dlg.getByRole('textbox').fill(note);
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg).toBeHidden();
  await expect(row.getByTestId(`incident-state-${no}`)).toHaveText(state);
}

test('R-SEC-7 泄密事件：专员立即报告 → 客户信息主管横幅与角标提醒、确认收到、控制/调查/处理 → 客服部经理确认并结案 → 打印泄密事件报告', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(180_000);
  await seedVault(bridge, [...ARCHIVE_STAFF, SUPERVISOR, MANAGER]);
  const seeded = await seedArchive(bridge);
  const itemNo = `${seeded.archiveNo}-001`;

  // the information specialist reports what was found
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '泄密事件');
  await expect(page.getByRole('heading', { name: '泄密事件报告与处置' })).toBeVisible();
  await page.getByRole('button', { name: '报告泄密事件' }).click();
  const form = page.getByRole('dialog', { name: '报告泄密事件' });
  await form.getByLabel('事件经过（泄露或可能泄露的内容）').fill('中国银行开户申请及授权书的复印件出现在外部微信群中');
  await form.getByLabel('涉及的档案材料').pressSequentially(itemNo);
  await page.locator('.ant-select-dropdown:visible').getByText(itemNo).click();
  await expect(form.getByText(new RegExp(`${itemNo}`))).toBeVisible();
  await form.getByLabel('涉及的档案材料').press('Escape');
  await form.getByLabel('可能的泄露途径').fill('私人通信（微信群）');
  await form.getByLabel('已采取的补救措施').fill('已要求群主删除并截图留证，已暂停该客户档案的查阅和复制');
  await shot(page, 'incidents-report-form');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('incident-state-XM-2026-001')).toHaveText('已报告');
  await signOut(page);

  // the information supervisor: banner + badge at once, acknowledges, takes it through
  await signIn(page, SUPERVISOR.login, SUPERVISOR.password);
  const banner = page.getByTestId('incident-alert');
  await expect(banner).toContainText('有 1 起泄密事件待您确认收到');
  await expect(banner).toContainText('XM-2026-001');
  await expect(page.getByTestId('incidents-badge')).toHaveText('1');
  await shot(page, 'incidents-banner');
  await banner.getByRole('button', { name: '确认收到' }).click();
  await expect(banner).toBeHidden();
  await openMenu(page, '泄密事件');
  await step(page, 'XM-2026-001', '记录已控制', '已确认群内文件删除，涉事人员暂停接触档案', '已控制');
  await step(page, 'XM-2026-001', '开始调查', '调取该材料的查阅、借阅、复制记录逐条核对', '调查中');
  await step(page, 'XM-2026-001', '记录处理结果', '查明系复印件未按规定收回，已追回并对责任人进行处理', '已处理');
  await shot(page, 'incidents-list');
  // closing is the CS manager's: no button for the supervisor
  await expect(page.getByRole('row').filter({ hasText: 'XM-2026-001' }).getByRole('button', { name: '结案' })).toHaveCount(0);
  await signOut(page);

  // the CS manager: still bannered until acknowledging; closes it
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByTestId('incident-alert')).toContainText('XM-2026-001');
  await page.getByTestId('incident-alert').getByRole('button', { name: '确认收到' }).click();
  await expect(page.getByTestId('incident-alert')).toBeHidden();
  await openMenu(page, '泄密事件');
  await step(page, 'XM-2026-001', '结案', '经复核，补救措施到位，同意结案', '已结案');
  await page.getByRole('row').filter({ hasText: 'XM-2026-001' }).getByRole('button', { name: '详情' }).click();
  const detail = page.getByRole('dialog', { name: '泄密事件 XM-2026-001' });
  await expect(detail.getByTestId('incident-evidence')).toContainText('证据完好');
  await expect(detail.getByTestId('incident-evidence')).toContainText('已解除保全');
  await shot(page, 'incidents-detail');
  const text = (await printPdfText(page, detail, '打印事件报告')).replace(/\s+/g, '');
  for (const w of [
    '泄密事件报告',
    'XM-2026-001',
    itemNo,
    '私人通信（微信群）',
    '已要求群主删除并截图留证',
    '李主管',
    '陈经理',
    '经复核，补救措施到位，同意结案',
    '与审计记录一致',
    '客户信息主管',
    '客服部经理',
  ])
    expect(text).toContain(w);
  const pdf = (
    await page
      .getByText(/^已保存到 /)
      .last()
      .innerText()
  )
    .replace(/^已保存到 /, '')
    .trim();
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(PDF_DIR, 'incident-report-e2e')]);
});
