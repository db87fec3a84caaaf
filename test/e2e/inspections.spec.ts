// Inspection and repair in the Chinese UI at 1366×768, as the information specialist walks the
// room (R-INSP-1, R-INSP-2): the plan due on the home screen and in the menu; the inspection of
// 一号库房 cabinet by cabinet, each label's 档号 typed into the scan field + Enter (what a USB
// scanner does), one misplaced-free present item with its writing faded (with a photo), one
// missing; an item at intake found on the shelf is listed as unexpected; signed at the machine by
// the inspector and the information supervisor; the 档案检查记录 printed to PDF (pdftotext, page 1 to
// PNG); the faded item's repair task sent to repair (custody 修复中) and back on its shelf
// (repaired); the missing item's leak incident opened at the signature (R-SEC-7).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARCHIVE_STAFF, d, OPERATOR, openMenu, printPdfText, seedArchive } from './archive-fixtures';
import { expect, PDF_DIR, seedVault, shot, signIn, test, type SeedUser } from './fixtures';

const SUPERVISOR: SeedUser = { login: 'lizhuguan', displayName: '李主管', roles: ['infoSupervisor'], password: 'Supervisor-pass-2024' };
test.use({ viewport: { width: 1366, height: 768 } });

async function scan(page: Page, code: string, expected: RegExp) {
  const input = page.getByTestId('insp-scan');
  await expect(input).toBeFocused();
  await input.pressSequentially(code);
  await input.press('Enter');
  await expect(page.getByTestId('insp-last-scan')).toHaveText(expected);
  await expect(input).toHaveValue('');
}

test('R-INSP-1 R-INSP-2 R-SEC-7 检查：到期提醒 → 逐柜扫描档号核对（在架、缺失、非本处）→ 字迹褪色（附照片）→ 检查人与监督人现场签名 → 打印档案检查记录 → 修复任务送修、修复完成归架 → 缺失材料开立泄密事件', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(180_000);
  await seedVault(bridge, [...ARCHIVE_STAFF, SUPERVISOR]);
  const seeded = await seedArchive(bridge);
  // a third item on A01's shelf, and one still at intake (not expected anywhere)
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  const item = (title: string) =>
    d(bridge, 'items.create', {
      customerId: seeded.customerId,
      title,
      docType: '合同',
      pages: 8,
      carrier: 'paper',
      writingMedium: 'print',
      retention: '30y',
      classification: 0,
    });
  const guarantee = (await item('担保合同')).id as number;
  const slot = await d(bridge, 'locations.proposeSlot', { itemId: guarantee });
  await d(bridge, 'locations.place', { itemId: guarantee, locationId: slot.locationId });
  await item('零散收据');
  await d(bridge, 'auth.signOut', {});
  await d(bridge, 'auth.signIn', { login: SUPERVISOR.login, password: SUPERVISOR.password });
  await d(bridge, 'auth.acknowledgeRules', { accepted: true });
  await d(bridge, 'inspections.createPlan', { scope: 'room', roomId: seeded.roomId });
  await d(bridge, 'auth.signOut', {});
  const no = (n: number) => `${seeded.archiveNo}-${String(n).padStart(3, '0')}`;

  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  // due: on the home screen and next to the menu entry
  await expect(page.getByTestId('inspections-due-alert')).toContainText('1 项档案检查即将到期');
  await expect(page.getByTestId('inspections-due-badge')).toHaveText('1');
  await openMenu(page, '检查与盘点');
  await expect(page.getByRole('heading', { name: '档案检查与盘点' })).toBeVisible();
  await expect(page.getByRole('table', { name: '检查计划' })).toContainText('即将到期');
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByRole('heading', { name: /JC-2026-001 · 一号库房/ })).toBeVisible();
  await expect(page.getByTestId('insp-summary')).toContainText('在架 0 · 缺失 0 · 错架 0 · 非本处 0 · 未核对 3');

  // cabinet A01: two labels typed + Enter, one found at intake, one not found
  await scan(page, no(1), /开户申请及授权书：在架/);
  await scan(page, no(2).toLowerCase(), /授信业务往来传真：在架/);
  await scan(page, no(5), /零散收据：非本处材料/);
  await page.getByTestId('insp-scan').pressSequentially('TS-0000-00000-001');
  await page.getByTestId('insp-scan').press('Enter');
  await expect(page.getByTestId('insp-scan-error')).toContainText('没有这个档号的档案材料');
  const rowOf = (n: number) =>
    page
      .getByRole('table', { name: '正在检查的档案柜' })
      .getByRole('row')
      .filter({ hasText: no(n) });
  await rowOf(4).getByRole('button', { name: '缺失' }).click();
  const mark = page.getByRole('dialog', { name: `标记 ${no(4)}` });
  await mark.getByLabel('说明').fill('A01 柜内及相邻柜均未见');
  await mark.getByRole('button', { name: '保存' }).click();
  await expect(mark).toBeHidden();
  await expect(rowOf(4).getByTestId('result-missing')).toBeVisible();
  // the faded item
  await page
    .getByTestId(`finding-${no(1)}`)
    .first()
    .click();
  const finding = page.getByRole('dialog', { name: `保管状况 · ${no(1)}` });
  await expect(finding.getByText('字迹褪色')).toBeVisible();
  await finding.getByLabel('说明').fill('传真件字迹褪色，金额处难以辨认');
  // the optional photo of the finding (a PNG: here a snapshot of the screen stands in for the camera's)
  const photo = await page.screenshot({ clip: { x: 200, y: 0, width: 480, height: 320 } });
  await finding.locator('input[type=file]').setInputFiles({ name: '褪色传真件.png', mimeType: 'image/png', buffer: photo });
  await expect(finding.getByTestId('finding-photo-picked')).toHaveText('褪色传真件.png');
  await finding.getByRole('button', { name: '保存' }).click();
  await expect(finding).toBeHidden();
  await expect(rowOf(1)).toContainText('字迹褪色');
  await rowOf(1)
    .getByTestId(`finding-photo-${no(1)}`)
    .click();
  const photoView = page.getByRole('dialog', { name: `保管状况照片 · ${no(1)}` });
  await expect(photoView.locator('img.ant-image-img')).toBeVisible();
  await expect(photoView).toContainText('SHA-256');
  await shot(page, 'inspections-finding-photo');
  await page.keyboard.press('Escape');
  await expect(photoView).toBeHidden();
  await expect(page.getByTestId('insp-summary')).toContainText('在架 2 · 缺失 1 · 错架 0 · 非本处 1 · 未核对 0');
  await expect(page.getByText('缺失的材料已记入检查记录')).toBeVisible();
  await shot(page, 'inspections-walk');

  // signatures at the machine: the inspector, then the information supervisor
  await page.getByRole('button', { name: '检查人签名' }).click();
  let sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(OPERATOR.login);
  await sign.getByLabel('签署人密码').fill(OPERATOR.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByText('检查人已签名')).toBeVisible();
  await page.getByRole('button', { name: '监督人签名' }).click();
  sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(SUPERVISOR.login);
  await sign.getByLabel('签署人密码').fill(SUPERVISOR.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByTestId('insp-summary')).toContainText('监督人：李主管');
  await expect(page.getByTestId('insp-summary')).toContainText('检查人：张专员');

  // the record on paper
  await printPdfText(page, page, '检查记录');
  const pdf = (
    await page
      .getByText(/^已保存到 /)
      .last()
      .innerText()
  )
    .replace(/^已保存到 /, '')
    .trim();
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const w of [
    '档案检查记录',
    'JC-2026-001',
    '应在架3件：在架2件，缺失1件',
    '非本处材料1件',
    '字迹褪色',
    'A01柜内及相邻柜均未见',
    '检查人张专员于',
    '监督人李主管于',
    no(1),
    no(5),
  ])
    expect(text).toContain(w);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(PDF_DIR, 'inspection-record-e2e')]);

  // the repair task the faded finding opened (R-INSP-2)
  await openMenu(page, '档案修复');
  await expect(page.getByRole('heading', { name: '档案修复登记' })).toBeVisible();
  const task = page.getByRole('row').filter({ hasText: no(1) });
  await expect(task).toContainText('字迹褪色：传真件字迹褪色，金额处难以辨认');
  await expect(task).toContainText('检查 JC-2026-001');
  await expect(task.getByTestId('repair-state-XF-2026-001')).toHaveText('待送修');
  await task.getByRole('button', { name: '送修' }).click();
  const start = page.getByRole('dialog', { name: '送修 XF-2026-001' });
  await start.getByLabel('修复方式 / 承修人').fill('送档案修复室：字迹显色恢复');
  await start.getByRole('button', { name: '保存' }).click();
  await expect(start).toBeHidden();
  await expect(task.getByTestId('repair-state-XF-2026-001')).toHaveText('修复中');
  // off the shelf: the item's custody state says so
  const custody = () => bridge.ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(seeded.items.open);
  expect(custody()).toBe('inRepair');
  await task.getByRole('button', { name: '修复完成' }).click();
  const finish = page.getByRole('dialog', { name: '修复完成 XF-2026-001' });
  await finish.getByLabel('修复情况（做了什么）').fill('显色处理后字迹清晰，另制复制件一份附卷');
  await finish.getByRole('button', { name: '保存' }).click();
  await expect(finish).toBeHidden();
  await expect(task.getByTestId('repair-state-XF-2026-001')).toHaveText('已修复待复查');
  await expect(task).toContainText('一号库房');
  expect(custody()).toBe('onShelf');
  await shot(page, 'repairs-register');

  // the missing item opened a leak incident when the supervisor signed (R-INSP-2 → R-SEC-7)
  await openMenu(page, '泄密事件');
  const incident = page.getByRole('row').filter({ hasText: 'JC-2026-001' });
  await expect(incident).toContainText('1 件档案材料缺失');
  await expect(incident.getByTestId('incident-state-XM-2026-001')).toHaveText('已报告');
});
