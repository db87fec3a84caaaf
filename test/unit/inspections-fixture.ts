// Inspections test rig: a real vault (test/unit/kit.ts) with an information specialist (inspector),
// a second specialist, the information supervisor, a custodian and the security officer; one bank
// with four ordinary items, three on cabinet A01's first shelf and one in A02, of 一号库房.
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { InspectionDetail } from '../../electron/inspections/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { bank, item } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const INSPECTION_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'op2', roles: ['operator' as const], name: '刘专员' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  { login: 'cus', roles: ['custodian' as const], name: '赵保管' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '孙保密' },
  // R-GOV-1: the GM approves a policy change (test/unit/policy-helpers.ts)
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
];

export async function setupInspections(locale: MessageLocale = 'en') {
  const v = await vaultWith(INSPECTION_USERS, { as: 'op', locale });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const titles = ['授信合同', '开户资料', '年度对账单', '担保协议'];
  const ids: number[] = [];
  for (const title of titles) ids.push(ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title, pages: 10 }))).id);
  const room = ok(await v.call('locations.createRoom', { name: '一号库房' }));
  const a01 = ok(await v.call('locations.createCabinet', { roomId: room.id, code: 'A01', zone: 'any', segregated: false, shelves: 2, positions: 5 })).id;
  const a02 = ok(await v.call('locations.createCabinet', { roomId: room.id, code: 'A02', zone: 'any', segregated: false, shelves: 2, positions: 5 })).id;
  const db = v.ctx.vault!.db;
  const loc = (cab: number, pos: number) =>
    db.prepare('SELECT id FROM locations WHERE cabinet_id = ? AND shelf = 1 AND position = ?').pluck().get(cab, pos) as number;
  for (const [i, id] of ids.entries()) ok(await v.call('locations.place', { itemId: id, locationId: i < 3 ? loc(a01, i + 1) : loc(a02, 1) }));
  const archiveNo = (id: number) => labelNo(v.ctx, id);
  return { ...v, customerId: c.customerId, roomId: room.id, a01, a02, items: ids, archiveNo };
}
// the 档号 of an item as its label shows it
function labelNo(ctx: AppContext, id: number): string {
  const r = ctx.vault!.db.prepare('SELECT a.archive_no, i.item_no FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ?').get(id) as {
    archive_no: string;
    item_no: number;
  };
  return `${r.archive_no}-${String(r.item_no).padStart(3, '0')}`;
}
export type InspectionRig = Awaited<ReturnType<typeof setupInspections>>;

/** Walks a whole inspection: every expected item scanned in its own cabinet. */
export async function scanAll(v: InspectionRig, ins: InspectionDetail): Promise<InspectionDetail> {
  let cur = ins;
  for (const it of ins.items)
    cur = ok(await v.call('inspections.scan', { inspectionId: ins.id, cabinetId: it.expectedCabinetId!, code: it.archiveNo })).inspection;
  return cur;
}
export async function signBoth(v: InspectionRig, id: number): Promise<InspectionDetail> {
  ok(await v.call('inspections.sign', { inspectionId: id, as: 'inspector', signerLogin: 'op', signerPassword: PW }));
  return ok(await v.call('inspections.sign', { inspectionId: id, as: 'supervisor', signerLogin: 'sup', signerPassword: PW }));
}

export const count = (ctx: AppContext, table: string) => ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const TABLES = ['inspection_plans', 'inspections', 'inspection_items', 'repairs', 'repair_events', 'custody_events', 'signatures', 'audit_entry'];
export const counts = (ctx: AppContext) => Object.fromEntries(TABLES.map((t) => [t, count(ctx, t)]));
export const custody = (ctx: AppContext, itemId: number) => ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(itemId) as string;
