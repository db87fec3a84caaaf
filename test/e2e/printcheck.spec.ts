// Print verification in the Chinese UI at 1366×768 (issue 9): the operator prints the 借阅登记簿 to
// PDF, reads the page's check code off the paper (pdftotext stands in for the eye) and types it —
// as a USB scanner would, ending with Enter — on 核验打印件 → 一致; a new loan is issued; the same
// page checked again → 已过期 with the added row named. The loans themselves are issued through the
// bridge's dispatcher (their UI walk is loans.spec).
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { ARCHIVE_STAFF, d, openMenu, OPERATOR, seedArchive } from './archive-fixtures';
import { expect, seedVault, shot, signIn, test, type SeedUser } from './fixtures';
import type { Bridge } from './bridge/server';

const APPROVER: SeedUser = { login: 'liuzy', displayName: '刘专员', roles: ['operator'], password: 'Approver-pass-2024' };
test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(240_000);

/** Request → approval signed at the machine by the second specialist → issued on a signed slip. */
async function lend(bridge: Bridge, itemId: number, borrower: string): Promise<void> {
  const req = await d(bridge, 'loans.request', {
    applicant: { kind: 'staff', name: borrower, unit: '市场部', contact: '分机 8021' },
    items: [{ itemId }],
    purpose: '合同续签核对',
    reason: '续签年度协议，需核对原件',
    urgency: 'normal',
    evidence: { stampPresent: true, headName: '市场部 吴建华' },
  });
  await d(bridge, 'approvals.sign', { requestId: req.id, meaning: 'approved', signerLogin: APPROVER.login, signerPassword: APPROVER.password });
  await d(bridge, 'loans.issue', { requestId: req.id, signature: { kind: 'slip' } });
}

async function verify(page: Page, code: string): Promise<void> {
  const box = page.getByTestId('printcheck-input');
  await expect(box).toBeFocused();
  // a keyboard-wedge scanner: keystrokes, then Enter
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

test('R-LOAN-3 R-REP-4 print verification: 借阅登记簿 printed, its page code typed on 核验打印件 → 一致; after a new loan → 已过期, the added row named', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, APPROVER]);
  const seeded = await seedArchive(bridge);
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await lend(bridge, seeded.items.open, '马晓东');

  // ---- print the register (PDF) and read the code off page 1
  await openMenu(page, '借阅登记');
  await page.getByRole('button', { name: '借阅登记簿（PDF）' }).click();
  const saved = page.getByText(/^已保存到 .*借阅登记簿-\d{8}-\d{4}\.pdf$/);
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const pdf = (await saved.innerText()).replace(/^已保存到 /, '').trim();
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const code = /打印件核验码\s+([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})/.exec(text)![1]!;
  expect(text).toContain('第 1 页 / 共 1 页');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, pdf.replace(/\.pdf$/, '')]);

  // ---- 核验打印件: the fresh page matches
  await openMenu(page, '核验打印件');
  await expect(page.getByRole('heading', { name: '核验打印件' })).toBeVisible();
  await verify(page, code);
  await expect(page.getByTestId('printcheck-verdict')).toHaveText('一致');
  const result = page.getByTestId('printcheck-result');
  await expect(result).toContainText('借阅登记簿');
  await expect(result).toContainText('第 1 页 / 共 1 页');
  await expect(result).toContainText('张专员');
  await shot(page, 'printcheck-current');

  // ---- a new loan: the printed page is outdated, the added row named
  await lend(bridge, seeded.items.fax, '陈丽华');
  await verify(page, code);
  await expect(page.getByTestId('printcheck-verdict')).toHaveText('已过期（打印后有变化）');
  await expect(result).toContainText('此后新增 1 行');
  const changes = page.getByRole('table', { name: '打印后的变化' });
  await expect(changes.getByRole('row').filter({ hasText: '新增行' })).toContainText('陈丽华');
  await shot(page, 'printcheck-outdated');

  // ---- a mistyped / altered code is refused as such
  const altered = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
  await verify(page, altered);
  await expect(page.getByTestId('printcheck-verdict')).toHaveText('疑似伪造或篡改');
  await expect(result).toContainText('校验位不符');
});
