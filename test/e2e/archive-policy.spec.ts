// 档案策略 in settings (安全保密员, Chinese UI): the archive-number pattern drives the next
// customer's 档号 (R-ARCH-1), a pattern without {seq} is refused in Chinese and nothing is saved,
// and the per-level content roles gate item detail (R-USE-1). R-GOV-1 partial: the change is
// audited; GM approval of policy changes is a later issue.
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, d, OPERATOR, openMenu, pick, seedArchive, uscc } from './archive-fixtures';

const SO = { login: 'baomi', displayName: '陈保密', roles: ['securityOfficer'], password: 'Secur-pass-2024' };

test('R-ARCH-1 R-USE-1 R-GOV-1 档案策略：保密员改档号规则（无 {seq} 以中文拒绝且不保存）→ 专员新建客户得新格式档号；秘密级仅总经理可查阅 → 专员打开秘密材料见无查阅授权', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, SO]);
  // the audit trail read from the vault itself (the security officer's session is the page's)
  const policyEntries = () =>
    bridge.ctx.vault!.db.prepare(`SELECT actor_name, entity, detail_json FROM audit_entry WHERE action = 'archive.policy.update' ORDER BY seq`).all() as {
      actor_name: string;
      entity: string;
      detail_json: string;
    }[];
  const { customerId } = await seedArchive(bridge, { cabinets: false });
  // a 秘密 (level 1) item beside the seeded 普通 ones
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  await d(bridge, 'items.create', {
    customerId,
    title: '授信额度审批表',
    docType: '审批表',
    pages: 3,
    carrier: 'paper',
    writingMedium: 'print',
    retention: '30y',
    classification: 1,
  });
  await d(bridge, 'auth.signOut', {});
  await page.reload();
  await signIn(page, SO.login, SO.password);
  await openMenu(page, '设置');
  const card = page.getByTestId('archive-policy');
  const patternInput = card.getByLabel('档号规则');
  await expect(patternInput).toHaveValue('{cat}-{yyyy}-{seq:5}');
  const year = new Date().getFullYear();
  const preview = card.getByTestId('archive-no-preview');
  await expect(preview).toContainText(`TS-${year}-00001`);
  await expect(preview).toContainText(`YB-${year}-00001`);

  // ---- no {seq}: refused in Chinese, nothing saved
  await patternInput.fill(`KH-{yyyy}`);
  await expect(preview).not.toContainText('KH-');
  await card.getByRole('button', { name: '保存档案策略' }).click();
  await expect(card.getByText('档号规则须包含 {seq} 序号')).toBeVisible();
  const unchanged = await d(bridge, 'archive.policy', {});
  expect(unchanged.numberPattern).toBe('{cat}-{yyyy}-{seq:5}');
  expect(policyEntries()).toEqual([]); // refused: nothing in the audit trail either

  // ---- a valid pattern: the preview follows as you type
  await patternInput.fill('KH-{yyyy}-{seq:4}');
  await expect(preview).toContainText(`KH-${year}-0001`);
  await expect(card.getByText('档号规则须包含 {seq} 序号')).toHaveCount(0);

  // ---- 秘密: take 信息管理专员 away, grant 总经理 (multi-select: clicking an option toggles it)
  const secretRoles = card.getByLabel('秘密：可查阅角色', { exact: true });
  await secretRoles.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  // each click toggles an option; wait for the toggle to land before the next one (the list
  // re-renders after each change, and a click during that can be lost on a busy machine)
  const option = (name: string) => dropdown.locator(`.ant-select-item-option[title="${name}"]`);
  await option('信息管理专员').click();
  await expect(option('信息管理专员')).not.toHaveClass(/ant-select-item-option-selected/);
  await option('总经理').click();
  await expect(option('总经理')).toHaveClass(/ant-select-item-option-selected/);
  await page.keyboard.press('Escape');
  await card.getByRole('button', { name: '保存档案策略' }).click();
  await expect(page.getByText('档案策略已保存')).toBeVisible();
  await shot(page, 'settings-archive-policy');
  const saved = await d(bridge, 'archive.policy', {});
  expect(saved).toEqual({ numberPattern: 'KH-{yyyy}-{seq:4}', contentRoles: [['operator'], ['gm'], [], []] });
  // R-GOV-1: audited — one entry by the security officer, with the policy before and after
  const entries = policyEntries();
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ actor_name: SO.displayName, entity: 'settings' });
  expect(JSON.parse(entries[0]!.detail_json)).toMatchObject({
    before: { numberPattern: '{cat}-{yyyy}-{seq:5}' },
    after: { numberPattern: 'KH-{yyyy}-{seq:4}', contentRoles: [['operator'], ['gm'], [], []] },
  });

  // ---- the operator: a new customer gets the new-format number
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, OPERATOR.login, OPERATOR.password);
  await openMenu(page, '客户档案');
  await page.getByRole('button', { name: '新建客户' }).click();
  const custForm = page.getByRole('dialog', { name: '新建客户（同时建立客户档案）' });
  await pick(page, custForm, '客户类别', '一般客户');
  await pick(page, custForm, '客户子类型', '经销商');
  await custForm.getByLabel('客户名称').fill('华东贸易有限公司');
  await custForm.getByLabel('证件号码').fill(uscc(200002345));
  await custForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('created-archive-no')).toContainText(`档号 KH-${year}-0001`);
  await page.getByRole('button', { name: '确认' }).click();

  // ---- the 秘密 item: index line yes, detail no; a 普通 item still opens
  await page.keyboard.press('Escape');
  await openMenu(page, '档案索引');
  const index = page.getByRole('table', { name: '档案索引' });
  await index.getByRole('row').filter({ hasText: '授信额度审批表' }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '档案材料详情' });
  await expect(drawer.getByTestId('no-access')).toContainText('无查阅授权');
  await expect(drawer.getByTestId('item-detail')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await index.getByRole('row').filter({ hasText: '开户申请及授权书' }).click();
  await expect(drawer.getByTestId('item-detail')).toContainText('开户申请及授权书');
  await expect(drawer.getByTestId('no-access')).toHaveCount(0);
});
