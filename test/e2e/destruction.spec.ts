// Retention appraisal and destruction in the Chinese UI at 1366×768 (R-SEC-6, R-LOAN-1): an item
// whose ten years ran out appears in 鉴定, is appraised 销毁, listed in a 销毁清册, approved by the
// CS manager and the GM (each signing at the machine on the batch's page), refused during the cooling-off
// and executed once the injected clock passed it: method and place recorded, the CS manager
// refused as a witness (an approver), two witnesses sign with their own passwords, confirmed —
// custody 已销毁; the register and the certificate printed to PDF (text read back, page 1 to PNG).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CUSTODIAN, d, openMenu, OPERATOR, seedArchive, setOptions } from './archive-fixtures';
import { ACCESS_STAFF, CS_MANAGER, expect, SUPERVISOR, test } from './access-fixtures';
import { PDF_DIR, seedVault, shot, signIn, type SeedUser } from './fixtures';

const GM: SeedUser = { login: 'chenjing', displayName: '陈静', roles: ['gm'], password: 'Demo-2026-chenjing' };
const DAY = 86_400_000;
test.use({ viewport: { width: 1366, height: 768 } });

async function printPdf(page: Page, button: string, png: string): Promise<string> {
  // the PDF notice names the file: wait for this print's own (the title is in the file name)
  const saved = page.getByText(new RegExp(`^已保存到 .*${button.replace('打印', '')}`)).last();
  await page.getByRole('button', { name: `${button}（PDF）` }).click();
  await expect(saved).toBeVisible({ timeout: 45_000 });
  const path = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  expect(existsSync(path)).toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(PDF_DIR, png)]);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

async function witness(page: Page, login: string, password: string) {
  await page.getByRole('button', { name: '监销人签字' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('签署人用户名').fill(login);
  await dialog.getByLabel('签署人密码').fill(password);
  await dialog.getByRole('button', { name: '签名' }).click();
}

test('R-SEC-6 R-LOAN-1 鉴定与销毁：保管期满 → 鉴定销毁 → 编制销毁清册 → 经理、总经理审批 → 冷静期内不能执行 → 登记销毁 → 两名监销人现场签字（审批人不得监销）→ 已销毁 → 打印销毁清册与销毁证明', async ({
  app: page,
  bridge,
  clock,
}) => {
  test.setTimeout(240_000);
  await seedVault(bridge, [...ACCESS_STAFF, GM]);
  const seeded = await seedArchive(bridge);
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  const expired = (
    await d(bridge, 'items.create', {
      customerId: seeded.customerId,
      title: '2012年度贷款合同',
      docType: '合同',
      docDate: '2012-06-30',
      pages: 20,
      carrier: 'paper',
      writingMedium: 'print',
      retention: '10y',
      classification: 0,
      remarks: '含抵押物清单',
    })
  ).id as number;
  const slot = await d(bridge, 'locations.proposeSlot', { itemId: expired });
  await d(bridge, 'locations.place', { itemId: expired, locationId: slot.locationId });
  await d(bridge, 'auth.signOut', {});
  const no = `${seeded.archiveNo}-004`;

  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '鉴定与销毁');
  await expect(page.getByRole('heading', { name: '档案鉴定与销毁' })).toBeVisible();
  const list = page.getByRole('table', { name: '鉴定' });
  const row = list.getByRole('row').filter({ hasText: no });
  await expect(row).toContainText('2012年度贷款合同');
  await expect(row).toContainText('2022-06-30');
  await expect(row).toContainText('待鉴定');
  await shot(page, 'destruction-appraisal');

  // 鉴定：销毁（默认结论），写明理由
  await row.getByRole('button', { name: '鉴定' }).click();
  const appraise = page.getByRole('dialog', { name: `鉴定 ${no}` });
  await appraise.getByLabel('鉴定意见（理由）').fill('保管期满，贷款已结清，经鉴定小组审查无保存价值');
  await appraise.getByRole('button', { name: '保存' }).click();
  await expect(appraise).toBeHidden();
  await expect(list.getByRole('row').filter({ hasText: no })).toHaveCount(0);
  await page.locator('.ant-segmented').getByText('拟销毁', { exact: true }).click();
  await expect(list.getByRole('row').filter({ hasText: no })).toContainText('拟销毁');

  // 编制销毁清册
  await page.getByRole('button', { name: '编制销毁清册' }).click();
  const create = page.getByRole('dialog', { name: '编制销毁清册' });
  await expect(create).toContainText('7 天冷静期');
  await setOptions(page, create, '列入清册的材料（已鉴定为销毁）', { on: [`${no} 2012年度贷款合同`] }, false);
  await create.getByLabel('销毁说明').fill('2012 年形成的 10 年期档案保管期满，经逐件鉴定无继续保存价值，申请销毁');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /销毁清册 XH-\d{4}-0001/ })).toBeVisible();
  await expect(page.getByTestId(/^batch-state-XH-/)).toHaveText('审批中');
  const batchNo = (await page.getByRole('heading', { name: /销毁清册 XH-/ }).innerText()).replace('销毁清册 ', '').trim();

  // 审批：客户服务部经理、总经理，各自在本机签名
  for (const [signer, step] of [
    [CS_MANAGER, '客服部经理审批'],
    [GM, '总经理审批'],
  ] as const) {
    await page.getByRole('button', { name: '审批签名' }).click();
    const dialog = page.getByRole('dialog', { name: '现场签名' });
    await expect(dialog).toContainText(`待审批：${step}`);
    await dialog.getByLabel('签署人用户名').fill(signer.login);
    await dialog.getByLabel('签署人密码').fill(signer.password);
    await dialog.getByRole('button', { name: '签名' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId(`batch-state-${batchNo}`)).toHaveText('冷静期');
  await expect(page.getByText(/冷静期至 .*期满后方可执行销毁/)).toBeVisible();
  await expect(page.getByRole('button', { name: '登记销毁执行' })).toHaveCount(0);
  await shot(page, 'destruction-cooling-off');

  // 冷静期满（注入的时钟前进 8 天）
  clock.advance(8 * DAY);
  await page.getByRole('button', { name: '返回清册列表' }).click();
  await page.locator('.ant-segmented').getByText('销毁清册', { exact: true }).click();
  await page.getByRole('table', { name: '销毁清册' }).getByRole('button', { name: '查看' }).click();
  await expect(page.getByTestId(`batch-state-${batchNo}`)).toHaveText('待执行');
  await page.getByRole('button', { name: '登记销毁执行' }).click();
  const record = page.getByRole('dialog', { name: `登记销毁执行 ${batchNo}` });
  await expect(record).toContainText('不得作为废品出售');
  await record.getByLabel('销毁地点').fill('一号库房 销毁工作间');
  await record.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId(`batch-state-${batchNo}`)).toHaveText('执行中（监销签字）');

  // 审批人不得监销；两名监销人各自签字
  await witness(page, CS_MANAGER.login, CS_MANAGER.password);
  await expect(page.getByRole('dialog').locator('.ant-alert-error')).toContainText('监销人不能是执行销毁的经办人或审批人');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await witness(page, SUPERVISOR.login, SUPERVISOR.password);
  await expect(page.getByTestId('dx-witnesses')).toContainText('李明');
  await witness(page, CUSTODIAN.login, CUSTODIAN.password);
  await expect(page.getByTestId('dx-witnesses')).toContainText('李保管');
  await expect(page.getByTestId('dx-witnesses')).toContainText('签名有效');
  await shot(page, 'destruction-witnessed');

  await page.getByRole('button', { name: '确认销毁完成' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认销毁完成' }).click();
  await expect(page.getByTestId(`batch-state-${batchNo}`)).toHaveText('已销毁');
  await expect(page.getByRole('table', { name: '清册材料' })).toContainText('已销毁');
  await shot(page, 'destruction-executed');

  const register = await printPdf(page, '打印销毁清册', 'destruction-register-e2e');
  expect(register).toContain('档案销毁清册');
  expect(register).toContain(no);
  expect(register).toContain('监销人（1）李明');
  expect(register).toContain('碎纸机粉碎');
  const certificate = await printPdf(page, '打印销毁证明', 'destruction-certificate-e2e');
  expect(certificate).toContain('档案销毁证明');
  expect(certificate).toContain('兹证明');
  expect(certificate).toContain('李保管');
  expect(certificate).toContain(no);

  // R-LOAN-1: the index keeps the line, custody 已销毁
  const item = (await d(bridge, 'items.get', { id: expired })) as { custodyState: string; title: string; remarks: string | null };
  expect([item.custodyState, item.title, item.remarks]).toEqual(['destroyed', '2012年度贷款合同', null]);
});
