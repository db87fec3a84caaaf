// Personal identifiers on screen (issue 12), at 1366×768: masked in the customer drawer
// (110105********002X), revealed on 显示 by the operator, each reveal an audit entry.
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, OPERATOR, d, seedArchive } from './archive-fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('R-SEC-2 R-USE-1 客户详情中身份证号与电话默认遮蔽，信息管理专员点击“显示”后显示完整号码，每次显示都记入审计', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  await seedArchive(bridge);
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  await d(bridge, 'customers.create', {
    category: 'general',
    subType: 'individual',
    partyKind: 'person',
    name: '张秀英',
    idKind: 'residentId',
    idNumber: '11010519491231002X',
    phone: '13812345678',
  });
  await d(bridge, 'auth.signOut', {});
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await page.getByRole('menuitem', { name: '客户档案' }).click(); // the operator lands on the dashboard (R-ARCH-2)
  await page.getByRole('row', { name: /张秀英/ }).click();
  const drawer = page.getByRole('dialog', { name: '客户详情' });
  await expect(drawer.getByTestId('masked-idNumber')).toHaveText('110105********002X');
  await expect(drawer.getByTestId('masked-phone')).toHaveText('138****5678');
  await expect(drawer).not.toContainText('11010519491231002X');
  await shot(page, 'customer-masked');
  await drawer.getByRole('button', { name: '显示完整证件号码（将记入审计）' }).click();
  await expect(drawer.getByText('11010519491231002X')).toBeVisible();
  await expect(drawer.getByTestId('masked-phone')).toHaveText('138****5678');
  const reveals = () =>
    bridge.ctx.vault!.db.prepare(`SELECT actor_name, detail_json FROM audit_entry WHERE action = 'archive.customer.reveal' ORDER BY seq`).all() as {
      actor_name: string;
      detail_json: string;
    }[];
  expect(reveals().map((r) => [r.actor_name, JSON.parse(r.detail_json).field])).toEqual([['张专员', 'idNumber']]);
  await drawer.getByRole('button', { name: '显示完整电话（将记入审计）' }).click();
  await expect(drawer.getByText('13812345678')).toBeVisible();
  expect(reveals().map((r) => JSON.parse(r.detail_json).field)).toEqual(['idNumber', 'phone']);
});
