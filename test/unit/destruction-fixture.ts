// Destruction test rig: a real vault (test/unit/kit.ts) with the people the destruction chain and
// the witnesses need, one customer's archive with two expired items (10 years from 2010) and one
// still kept (30 years from 2025), and helpers that walk a batch through the real calls.
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { BatchDetail } from '../../electron/destruction/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { ManualClock } from '../../electron/vault/clock';
import { bank, item } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const DESTRUCTION_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'op2', roles: ['operator' as const], name: '刘专员' },
  { login: 'csm', roles: ['csManager' as const], name: '张经理' },
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  { login: 'cus', roles: ['custodian' as const], name: '钱保管' },
];
export const DAY = 86_400_000;

export async function setupDestruction(locale: MessageLocale = 'en', remarks?: string) {
  const v = await vaultWith(DESTRUCTION_USERS, { as: 'op', locale });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const mk = async (title: string, docDate: string, retention: '10y' | '30y', extra: { remarks?: string } = {}) =>
    ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title, docDate, retention, ...extra }))).id;
  const old1 = await mk('2010年度授信合同', '2010-03-01', '10y', remarks ? { remarks } : {});
  const old2 = await mk('2010年度开户资料', '2010-05-01', '10y');
  const kept = await mk('2025年度合作协议', '2025-03-01', '30y');
  return { ...v, clock: v.ctx.clock as ManualClock, customerId: c.customerId, items: { old1, old2, kept } };
}
export type DestructionRig = Awaited<ReturnType<typeof setupDestruction>>;

export const destroyDecision = (itemId: number) => ({ itemId, decision: 'destroy' as const, reason: '保管期满，经鉴定无保存价值' });

/** Appraises 'destroy', lists the batch, and has the CS manager and the GM approve it. */
export async function approvedBatch(v: DestructionRig, itemIds: number[]): Promise<BatchDetail> {
  for (const id of itemIds) ok(await v.call('destruction.appraise', destroyDecision(id)));
  const b = ok(await v.call('destruction.create', { itemIds, reason: '10 年期档案保管期满，申请销毁' }));
  for (const signer of ['csm', 'gm'])
    ok(await v.call('approvals.sign', { requestId: b.requestId, meaning: 'approved', signerLogin: signer, signerPassword: PW }));
  return ok(await v.call('destruction.get', { batchId: b.id }));
}

/** … past the cooling-off, the execution recorded by the signed-in operator. */
export async function recordedBatch(v: DestructionRig, itemIds: number[]): Promise<BatchDetail> {
  const b = await approvedBatch(v, itemIds);
  v.clock.advance(8 * DAY);
  return ok(await v.call('destruction.record', { batchId: b.id, method: 'shred', place: '一号库房销毁间' }));
}

export const witness = (v: DestructionRig, batchId: number, login: string, password = PW) =>
  v.call('destruction.witness', { batchId, signerLogin: login, signerPassword: password });

export const count = (v: DestructionRig, table: string) => v.ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const TABLES = [
  'destruction_appraisals',
  'destruction_batches',
  'destruction_batch_items',
  'destruction_witnesses',
  'requests',
  'custody_events',
  'audit_entry',
];
export const counts = (v: DestructionRig) => Object.fromEntries(TABLES.map((t) => [t, count(v, t)]));
export const custody = (v: DestructionRig, itemId: number) =>
  v.ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(itemId) as string;
