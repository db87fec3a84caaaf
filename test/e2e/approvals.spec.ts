// The approval engine in the Chinese UI at 1366×768 (R-GOV-1, R-USE-3): a request recorded by the
// operator (through the same dispatcher, as the paper form would be) waits in the CS manager's
// 审批 inbox with the count on the menu; the applicant — who holds the step's role — tries to sign
// their own request at the machine and is refused in Chinese; the CS manager signs, and the
// chain shows the signature 已验证.
import { registerRequestType, requestType } from '../../electron/approvals';
import { ARCHIVE_STAFF, d, OPERATOR, openMenu, seedArchive } from './archive-fixtures';
import { expect, seedVault, shot, signIn, test, type SeedUser } from './fixtures';

const CS_MANAGER: SeedUser = { login: 'zhangjl', displayName: '张经理', roles: ['csManager'], password: 'Manager-pass-2024' };
const SUPERVISOR: SeedUser = { login: 'lizg', displayName: '李主管', roles: ['infoSupervisor'], password: 'Super-pass-2024' };

// a request type of the engine's own for this flow (the consumer domains test theirs): one step
// that the CS department signs, as the default access review
const TYPE = 'e2eReview';
if (!requestType(TYPE)) registerRequestType({ type: TYPE, prefix: 'SP', label: { zh: '调阅申请', en: 'Review request' } });

test.use({ viewport: { width: 1366, height: 768 } });

test('R-GOV-1 R-USE-3 审批：申请进入客服部经理的待审批（菜单角标）→ 申请人本人签字被拒绝 → 客服部经理签字 → 审批流程显示已验证', async ({
  app: page,
  bridge,
}) => {
  await seedVault(bridge, [...ARCHIVE_STAFF, CS_MANAGER, SUPERVISOR]);
  const seeded = await seedArchive(bridge);

  // the operator records 李主管's request for the 机密 item from the paper form
  await d(bridge, 'auth.signIn', { login: OPERATOR.login, password: OPERATOR.password });
  bridge.ctx
    .vault!.db.prepare(`INSERT INTO settings(key, value_json) VALUES ('approvals.chains', ?)`)
    .run(JSON.stringify({ [TYPE]: [{ key: 'review', label: { zh: '客服部审核', en: 'CS review' }, anyOf: ['infoSupervisor', 'csManager'] }] }));
  const staff = (await d(bridge, 'archive.staff', {})) as unknown as { id: number; login: string }[];
  const req = await d(bridge, 'approvals.create', {
    type: TYPE,
    applicant: { kind: 'staff', userId: staff.find((u) => u.login === SUPERVISOR.login)!.id, name: SUPERVISOR.displayName, unit: '客户信息部' },
    targets: { scope: 'items', itemIds: [seeded.items.secret] },
    purpose: '核对对账单',
    reason: '客户对 2024 年度对账单有异议，需核对原件',
    urgency: 'urgent',
    evidence: { stampPresent: true, headName: '吴建华' },
    submit: true,
  });
  expect(req.no).toMatch(/^SP-\d{4}-0001$/);
  await d(bridge, 'auth.signOut', {});

  // ---- the CS manager: the count on the menu, the request in the inbox
  await page.reload();
  await signIn(page, CS_MANAGER.login, CS_MANAGER.password);
  const menuItem = page.getByRole('menuitem', { name: /审批/ });
  await expect(menuItem.getByTestId('approvals-badge')).toHaveText('1');
  await openMenu(page, '审批 1');
  const inbox = page.getByRole('table', { name: '待我审批' });
  const row = inbox.getByRole('row').filter({ hasText: req.no as string });
  await expect(row).toContainText('李主管（客户信息部）');
  await expect(row).toContainText('客服部审核');
  await expect(row).toContainText('紧急');
  await shot(page, 'approvals-inbox');
  await row.click();

  const drawer = page.getByRole('dialog', { name: `申请 ${req.no as string}` });
  await expect(drawer.getByTestId('request-status')).toHaveText('审批中');
  await expect(drawer.getByTestId('request-scope')).toHaveText('指定材料');
  await expect(drawer).toContainText('账户对账单（2024 年度）');
  await expect(drawer).toContainText('已加盖部门公章；部门负责人签字：吴建华');
  await drawer.getByTestId('request-sign').click();

  // ---- the applicant signs her own request: refused, in Chinese, nothing signed
  const sign = page.getByRole('dialog', { name: '现场签名' });
  await sign.getByLabel('签署人用户名').fill(SUPERVISOR.login);
  await sign.getByLabel('签署人密码').fill(SUPERVISOR.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign.getByRole('alert')).toContainText('不得审批或签署本人提出的申请');
  await shot(page, 'approvals-self-refused');

  // ---- the CS manager signs
  await sign.getByLabel('签署人用户名').fill(CS_MANAGER.login);
  await sign.getByLabel('签署人密码').fill(CS_MANAGER.password);
  await sign.getByRole('button', { name: '签名' }).click();
  await expect(sign).toBeHidden();
  await expect(drawer.getByTestId('request-status')).toHaveText('已批准');
  const step = drawer.getByTestId('chain-step-0');
  await expect(step).toContainText('张经理 于');
  await expect(step.getByTestId('signature-verified')).toHaveText('已验证');
  await shot(page, 'approvals-request-approved');

  // the inbox is empty now and the badge gone
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
  await expect(inbox.getByRole('row').filter({ hasText: req.no as string })).toHaveCount(0);
  await expect(menuItem.getByTestId('approvals-badge')).toHaveCount(0);
  await page.getByRole('tab', { name: '全部申请' }).click();
  await expect(
    page
      .getByRole('table', { name: '全部申请' })
      .getByRole('row')
      .filter({ hasText: req.no as string }),
  ).toContainText('已批准');
});
