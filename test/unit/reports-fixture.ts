// Reports test rig: a real vault (test/unit/kit.ts) with an information specialist (compiles), two
// information supervisors, the CS manager, the GM and one person holding both reviewer roles;
// customers and items recorded through the real calls at chosen times on the injected clock.
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { bank, item, person, USCC } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const REPORT_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  { login: 'sup2', roles: ['infoSupervisor' as const], name: '刘主管' },
  { login: 'csm', roles: ['csManager' as const], name: '张经理' },
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
  { login: 'both', roles: ['infoSupervisor' as const, 'csManager' as const], name: '双职' },
];
export { PW };

const at = (iso: string) => new Date(iso);

/** November 2026: 2 special + 1 general customer, 5 items (4 paper 普通/秘密, 1 optical disc),
 *  one item at 23:30 on the 30th (inside) — then December: 1 customer, 1 item (outside). */
export async function setupReports(locale: MessageLocale = 'en') {
  const v = await vaultWith(REPORT_USERS, { as: 'op', locale });
  const clock = v.ctx.clock;
  clock.set(at('2026-10-31T23:50:00+08:00'));
  const oct = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '平安银行', idNumber: USCC.pingan })));
  clock.set(at('2026-11-03T10:00:00+08:00'));
  const boc = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const hw = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '华为技术有限公司', subType: 'otherPartner', idNumber: USCC.huawei })));
  const zhang = ok<CustomerCreated>(await v.call('customers.create', person()));
  for (const [cid, over] of [
    [boc.customerId, {}],
    [boc.customerId, { classification: 1 }],
    [hw.customerId, { carrier: 'opticalDisc' }],
    [zhang.customerId, {}],
  ] as const)
    ok<ItemCreated>(await v.call('items.create', item(cid, over as never)));
  clock.set(at('2026-11-30T23:30:00+08:00'));
  ok<ItemCreated>(await v.call('items.create', item(zhang.customerId, { classification: 1 })));
  clock.set(at('2026-12-01T00:10:00+08:00'));
  ok<ItemCreated>(await v.call('items.create', item(oct.customerId)));
  clock.set(at('2026-12-03T09:00:00+08:00'));
  return { ...v, clock };
}
export type ReportsRig = Awaited<ReturnType<typeof setupReports>>;

export const NOV = { from: '2026-11-01', to: '2026-11-30' };
export const count = (ctx: AppContext, table: string) => ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const TABLES = [
  'report_templates',
  'report_template_versions',
  'reports',
  'report_reviews',
  'report_copies',
  'report_distributions',
  'report_copy_strikes',
  'requests',
  'signatures',
  'audit_entry',
];
export const counts = (ctx: AppContext) => Object.fromEntries(TABLES.map((t) => [t, count(ctx, t)]));

/** The department's request, through both steps, as the GM and CS manager sign at the machine. */
export async function approvedRequest(v: ReportsRig, copies = 3) {
  const req = ok(
    await v.call('reports.request', {
      templateId: 1,
      department: '风险管理部',
      requesterName: '周敏',
      period: NOV,
      frequency: 'monthly',
      copies,
      purpose: '月度风险分析',
    }),
  );
  ok(await v.call('approvals.sign', { requestId: req.requestId, meaning: 'approved', signerLogin: 'csm', signerPassword: PW }));
  ok(await v.call('approvals.sign', { requestId: req.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
  return req;
}
