import { afterEach, expect, test } from 'vitest';
import { today } from './policy-helpers';
import type { CustomerCreated, ItemCreated, LocationRef } from '../../electron/archive/contract/calls';
import { PW } from './auth-helpers';
import { bank, count, item, ok, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-IT-1 R-ARCH-4 every archive write appends its audit entry in the same transaction; refused writes change nothing', async () => {
  const v = await setupArchive();
  cleanup = v.cleanup;
  // the vault is reopened at every sign-in: always read through the context
  const lastAction = () => v.ctx.vault!.db.prepare('SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1').pluck().get();
  const tables = ['audit_entry', 'customers', 'items', 'movements', 'rooms', 'cabinets', 'locations', 'handovers', 'settings'];
  const snapshot = () => tables.map((t) => count(v.ctx, t));
  // Same transaction, shown: first every audit INSERT is refused (a temporary trigger aborts it)
  // and the write must leave every table as it was; then it is allowed and lands.
  const audited = async <T>(action: string, name: string, input: unknown): Promise<T> => {
    const db = v.ctx.vault!.db;
    const before = snapshot();
    db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    const refused = await v.raw(name, input);
    db.exec('DROP TRIGGER temp.refuse_audit');
    expect(refused.ok, `${name} with its audit entry refused`).toBe(false);
    expect(snapshot(), `${name} rolled back with its audit entry`).toEqual(before);
    const value = ok<T>(await v.raw(name, input));
    expect(count(v.ctx, 'audit_entry'), name).toBeGreaterThan(before[0]!);
    expect(lastAction(), name).toBe(action);
    return value;
  };
  const room = (await audited<{ id: number }>('archive.room.create', 'locations.createRoom', { name: '库房' })).id;
  await audited('archive.cabinet.create', 'locations.createCabinet', { roomId: room, code: 'A', zone: 'special', segregated: true, shelves: 1, positions: 2 });
  const c = await audited<CustomerCreated>('archive.customer.create', 'customers.create', bank());
  const it = await audited<ItemCreated>('archive.item.create', 'items.create', item(c.customerId, { classification: 2, custodianId: v.ids.cus1 }));
  await v.as('cus1');
  const slot = ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: it.id }));
  await audited('archive.item.place', 'locations.place', { itemId: it.id, locationId: slot.locationId });
  await audited('archive.handover.complete', 'items.handover', { itemId: it.id, toCustodianId: v.ids.cus2, signerLogin: 'cus2', signerPassword: PW });
  await v.as('sec');
  await audited('policy.propose', 'policy.propose', {
    key: 'archive.policy',
    value: { numberPattern: '{cat}{yyyy}{seq:6}', contentRoles: [['operator'], ['operator'], [], []] },
    effectiveFrom: today(v),
    reason: '档号规则调整',
  });

  // refused writes: no rows, no audit
  await v.as('op');
  const before = snapshot();
  const refused: [string, unknown][] = [
    ['locations.createRoom', { name: '' }],
    ['locations.createCabinet', { roomId: room, code: 'B', zone: 'special', segregated: false, shelves: 0, positions: 2 }],
    ['locations.createCabinet', { roomId: 999, code: 'B', zone: 'special', segregated: false, shelves: 1, positions: 2 }],
    ['locations.place', { itemId: it.id, locationId: slot.locationId, reason: 'x'.repeat(201) }],
    ['locations.place', { itemId: 999, locationId: slot.locationId }],
    ['items.create', { ...item(c.customerId), copies: 0 }],
    ['items.handover', { itemId: it.id, toCustodianId: v.ids.cus1, signerLogin: 'cus1' }],
    ['customers.create', { ...bank(), idKind: 'uscc', idNumber: '123' }],
  ];
  for (const [name, input] of refused) expect((await v.raw(name, input)).ok, name).toBe(false);
  expect(snapshot()).toEqual(before);
});
