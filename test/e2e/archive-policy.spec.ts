// 档案策略 in settings (安全保密员, Chinese UI): the archive-number pattern drives the next
// customer's 档号 (R-ARCH-1), a pattern without {seq} is refused in Chinese and nothing is saved,
// and the per-level content roles gate item detail (R-USE-1). R-GOV-1: the change is
// proposed on the 策略 page and applies once the GM signed it (audited).
import { expect, seedVault, shot, signIn, test } from './fixtures';
import { ARCHIVE_STAFF, d, OPERATOR, openMenu, pick, seedArchive, uscc } from './archive-fixtures';

const SO = { login: 'baomi', displayName: '陈保密', roles: ['securityOfficer'], password: 'Secur-pass-2024' };
const GM = { login: 'chenzong', displayName: '陈总', roles: ['gm'], password: 'General-pass-2024' };

test('R-ARCH-1 R-USE-1 R-GOV-1 档案策略：保密员在策略页提出档号规则变更（无 {seq} 以中文拒绝且不保存）→ 总经理现场签字批准 → 专员新建客户得新格式档号；秘密级仅总经理可查阅 → 专员打开秘密材料见无查阅授权', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, SO, GM]);
  // the audit trail read from the vault itself (the security officer's session is the page's)
  const policyEntries = () =>
    bridge.ctx.vault!.db.prepare(`SELECT actor_name, entity, detail_json FROM audit_entry WHERE action = 'policy.propose' ORDER BY seq`).all() as {
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
  await expect(card.getByTestId('archive-number-pattern')).toHaveText('{cat}-{yyyy}-{seq:5}');
  const year = new Date().getFullYear();
  const preview = card.getByTestId('archive-no-preview');
  await expect(preview).toContainText(`TS-${year}-00001`);
  await expect(preview).toContainText(`YB-${year}-00001`);
  // R-GOV-1: a policy value — read-only here, changed by a proposal the GM approves (策略)
  await expect(card).toContainText('这是策略值');

  await openMenu(page, '策略');
  await page.getByTestId('policy-propose-archive.policy').click();
  const dialog = page.getByRole('dialog', { name: '提出策略变更：档号规则与各密级可读角色' });
  const json = dialog.getByLabel('新值（JSON）');
  // ---- no {seq}: refused in Chinese, nothing written
  await json.fill(JSON.stringify({ numberPattern: 'KH-{yyyy}', contentRoles: [['operator'], ['gm'], [], []] }));
  await dialog.getByLabel('变更理由').fill('档号规则调整，秘密级仅总经理查阅');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('档号规则须包含 {seq} 序号')).toBeVisible();
  expect(policyEntries()).toEqual([]);
  // ---- a valid pattern; 秘密: 总经理 instead of 信息管理专员
  await json.fill(JSON.stringify({ numberPattern: 'KH-{yyyy}-{seq:4}', contentRoles: [['operator'], ['gm'], [], []] }));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已提交总经理审批（ZC-\d{4}-0001）/)).toBeVisible();
  await shot(page, 'settings-archive-policy');
  expect((await d(bridge, 'archive.policy', {})).numberPattern).toBe('{cat}-{yyyy}-{seq:5}'); // not before the GM signs

  // ---- the GM signs the request at the machine
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, GM.login, GM.password);
  await openMenu(page, '审批');
  await page
    .getByRole('row')
    .filter({ hasText: /ZC-\d{4}-0001/ })
    .first()
    .click();
  await page.getByTestId('request-sign').click();
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(GM.login);
  await sign.getByLabel('签署人密码').fill(GM.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  await page.keyboard.press('Escape');
  await openMenu(page, '策略');
  const saved = await d(bridge, 'archive.policy', {});
  expect(saved).toEqual({ numberPattern: 'KH-{yyyy}-{seq:4}', contentRoles: [['operator'], ['gm'], [], []] });
  // R-GOV-1: audited — proposed by the security officer, applied as version 2
  const entries = policyEntries();
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ actor_name: SO.displayName, entity: 'policy' });

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
