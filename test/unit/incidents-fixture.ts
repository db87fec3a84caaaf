// Incidents test rig: a real vault (test/unit/kit.ts) with an information specialist, the
// information supervisor, the CS manager and a custodian; one bank with three ordinary items on
// cabinet A01 of 一号库房, a second customer with one item.
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { IncidentReportInput } from '../../electron/incidents/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { bank, item, USCC } from './archive-helpers';
import { ok, vaultWith } from './kit';
import { POLICY_USERS } from './policy-helpers';

export const INCIDENT_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  { login: 'csm', roles: ['csManager' as const], name: '陈经理' },
  { login: 'cus', roles: ['custodian' as const], name: '赵保管' },
  ...POLICY_USERS,
];

export async function setupIncidents(locale: MessageLocale = 'en') {
  const v = await vaultWith(INCIDENT_USERS, { as: 'op', locale });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const c2 = ok<CustomerCreated>(await v.call('customers.create', bank({ name: '平安银行', idNumber: USCC.pingan })));
  const ids: number[] = [];
  for (const title of ['授信合同', '开户资料', '年度对账单'])
    ids.push(ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title, pages: 10 }))).id);
  const other = ok<ItemCreated>(await v.call('items.create', item(c2.customerId, { title: '贷款申请书', pages: 4 }))).id;
  const room = ok(await v.call('locations.createRoom', { name: '一号库房' }));
  const a01 = ok(await v.call('locations.createCabinet', { roomId: room.id, code: 'A01', zone: 'any', segregated: false, shelves: 2, positions: 5 })).id;
  const db = v.ctx.vault!.db;
  const loc = (pos: number) => db.prepare('SELECT id FROM locations WHERE cabinet_id = ? AND shelf = 1 AND position = ?').pluck().get(a01, pos) as number;
  for (const [i, id] of [...ids, other].entries()) ok(await v.call('locations.place', { itemId: id, locationId: loc(i + 1) }));
  return { ...v, customerId: c.customerId, otherCustomerId: c2.customerId, items: ids, otherItem: other, a01, loc };
}
export type IncidentRig = Awaited<ReturnType<typeof setupIncidents>>;

/** a valid report, found half an hour before the rig's clock */
export const report = (v: IncidentRig, over: Partial<IncidentReportInput> = {}): IncidentReportInput => ({
  summary: '中国银行授信合同复印件在外部微信群中出现',
  foundAt: new Date(v.ctx.clock.now().getTime() - 1_800_000).toISOString(),
  itemIds: [],
  customerIds: [],
  channel: '私人通信（微信群）',
  measures: '已要求群主删除并截图留证，已暂停该客户档案的查阅和复制',
  ...over,
});

const TABLES = ['incidents', 'incident_items', 'incident_customers', 'incident_steps', 'incident_acks', 'item_holds', 'audit_entry'];
export const counts = (ctx: AppContext) =>
  Object.fromEntries(TABLES.map((t) => [t, ctx.vault!.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
