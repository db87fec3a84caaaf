// Editing a customer in the Chinese UI (R-CUST-1): the same form as 新建客户 with the category
// locked (the 档号 carries it), the same contract schema, so a bad phone or a wrong check
// character is refused in Chinese before anything is written; a good edit is persisted and
// audited (one archive.customer.update entry, read straight from the vault).
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, OPERATOR, seedArchive, uscc } from './archive-fixtures';
import type { Bridge } from './bridge/server';

const updates = (bridge: Bridge) =>
  bridge.ctx.vault!.db.prepare(`SELECT count(*) FROM audit_entry WHERE action = 'archive.customer.update'`).pluck().get() as number;

test('R-CUST-1 编辑客户：类别锁定 → 电话格式错误、证件校验位错误以中文提示且不写入 → 修改联系人与电话 → 刷新后仍在', async ({ app: page, bridge }) => {
  await seedVault(bridge, ARCHIVE_STAFF);
  const { archiveNo } = await seedArchive(bridge, { items: false });
  await page.reload();
  await signIn(page, OPERATOR.login, OPERATOR.password);

  const openDetail = async () => {
    await page.getByRole('menuitem', { name: '客户档案' }).click(); // the operator lands on the dashboard (R-ARCH-2)
    await page.getByRole('table', { name: '客户档案' }).getByRole('row').filter({ hasText: '中国银行' }).click();
    const detail = page.locator('.ant-drawer').filter({ hasText: '客户详情' });
    await expect(detail.getByTestId('customer-detail')).toContainText(archiveNo);
    return detail;
  };
  let detail = await openDetail();
  // issue 12: the phone is masked in the drawer; 编辑客户信息 reveals it for the form (audited)
  await expect(detail.getByTestId('customer-detail')).toContainText('周经理');
  await expect(detail.getByTestId('masked-phone')).toHaveText('021-****4588');

  // ---- the form opens filled in, the category locked
  await detail.getByRole('button', { name: '编辑客户信息' }).click();
  const form = page.getByRole('dialog', { name: `编辑客户信息 — ${archiveNo}` });
  await expect(form.getByLabel('客户名称')).toHaveValue('中国银行');
  await expect(form.getByLabel('联系电话')).toHaveValue('021-38824588');
  await expect(form.locator('.ant-select-disabled').filter({ hasText: '特殊客户' })).toHaveCount(1);

  // ---- bad phone and a wrong USCC check character: Chinese messages, nothing written
  await form.getByLabel('联系电话').fill('电话：三八八');
  const good = uscc(100001234);
  await form.getByLabel('证件号码').fill(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'));
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('电话号码格式不正确')).toBeVisible();
  await expect(form.getByText('统一社会信用代码格式或校验位不正确')).toBeVisible();
  await shot(page, 'archive-customer-edit');
  expect(updates(bridge)).toBe(0);
  await form.getByRole('button', { name: '取消' }).click();
  await expect(form).toBeHidden();
  // issue 12: the phone is masked in the drawer; 编辑客户信息 reveals it for the form (audited)
  await expect(detail.getByTestId('customer-detail')).toContainText('周经理');
  await expect(detail.getByTestId('masked-phone')).toHaveText('021-****4588');
  await expect(detail.getByTestId('customer-detail')).toContainText(good);

  // ---- a good edit of contact and phone
  await detail.getByRole('button', { name: '编辑客户信息' }).click();
  await form.getByLabel('联系人').fill('钱主任');
  await form.getByLabel('联系电话').fill('021-50501234');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('客户信息已保存')).toBeVisible();
  await expect(detail.getByTestId('customer-detail')).toContainText('钱主任');
  await expect(detail.getByTestId('masked-phone')).toHaveText('021-****1234');
  expect(updates(bridge)).toBe(1);

  // ---- persisted: after a reload (and a sign-in if the page asks for one) it is still there
  await page.reload();
  const userField = page.getByLabel('用户名');
  await expect(userField.or(page.getByRole('menu'))).toBeVisible();
  if (await userField.isVisible()) await signIn(page, OPERATOR.login, OPERATOR.password);
  detail = await openDetail();
  await expect(detail.getByTestId('customer-detail')).toContainText('钱主任');
  await expect(detail.getByTestId('masked-phone')).toHaveText('021-****1234');
  await expect(detail.getByTestId('customer-detail')).toContainText('特殊客户 / 银行 / 机构');
  await expect(detail.getByTestId('customer-detail')).not.toContainText('周经理');
});
