import { afterEach, describe, expect, test } from 'vitest';
import { deriveCustodyState, recordCustodyEvent } from '../../electron/archive/custody';
import type { CustomerCreated, ItemCreated, ItemDetail, LocationRef, MovementRow, RoomRow, ShelfMap } from '../../electron/archive/contract/calls';
import { actions, bank, count, item, ok, person, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Room with: G1 general 2×2, S1 special 2×3, X1 special segregated 1×2. */
async function withRooms() {
  const v = await setupArchive();
  cleanup = v.cleanup;
  const room = ok<{ id: number }>(await v.call('locations.createRoom', { name: '一号库房' })).id;
  const cab = async (code: string, zone: 'general' | 'special' | 'any', segregated: boolean, shelves: number, positions: number) =>
    ok<{ id: number; locations: number }>(await v.call('locations.createCabinet', { roomId: room, code, zone, segregated, shelves, positions }));
  const S1 = await cab('S1', 'special', false, 2, 3);
  const G1 = await cab('G1', 'general', false, 2, 2);
  const X1 = await cab('X1', 'special', true, 1, 2);
  const boc = ok<CustomerCreated>(await v.call('customers.create', bank())).customerId;
  const zhang = ok<CustomerCreated>(await v.call('customers.create', person())).customerId;
  const newItem = async (customerId: number, over = {}) => ok<ItemCreated>(await v.call('items.create', item(customerId, over))).id;
  return { ...v, room, S1, G1, X1, boc, zhang, newItem };
}

describe('locations, placement and custody', () => {
  test('R-ARCH-4 a cabinet is created with all its shelves × positions in one call, audited', async () => {
    const v = await withRooms();
    expect(v.S1.locations).toBe(6);
    expect(count(v.ctx, 'locations')).toBe(6 + 4 + 2);
    const tree = ok<RoomRow[]>(await v.call('locations.tree'));
    expect(tree[0]!.cabinets.map((c) => [c.code, c.zone, c.segregated, c.free])).toEqual([
      ['G1', 'general', false, 4],
      ['S1', 'special', false, 6],
      ['X1', 'special', true, 2],
    ]);
    expect(actions(v.ctx).filter((a) => a === 'archive.cabinet.create')).toHaveLength(3);
    expect(await v.call('locations.createCabinet', { roomId: v.room, code: 'S1', zone: 'any', segregated: false, shelves: 1, positions: 1 })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE' },
    });
  });

  test('R-ARCH-4 the proposed slot is the next free one left→right, top→bottom, inside the customer category zone', async () => {
    const v = await withRooms();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await v.newItem(v.boc, { title: `文件${i}` });
      const slot = ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: id }));
      order.push(`${slot.cabinetCode}:${slot.shelf}-${slot.position}`);
      ok(await v.call('locations.place', { itemId: id, locationId: slot.locationId }));
    }
    expect(order).toEqual(['S1:1-1', 'S1:1-2', 'S1:1-3', 'S1:2-1', 'S1:2-2', 'S1:2-3']);
    // the special zone is full: nothing proposed (the segregated cabinet is kept for classified items)
    const extra = await v.newItem(v.boc);
    expect(ok(await v.call('locations.proposeSlot', { itemId: extra }))).toBeNull();
    // a general customer's item goes to the general cabinet
    const g = await v.newItem(v.zhang);
    expect(ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: g }))).toMatchObject({
      cabinetCode: 'G1',
      shelf: 1,
      position: 1,
      label: '一号库房 › G1柜 › 第1层 › 第1位',
    });
    // the shelf map shows occupancy by shelf and position
    const map = ok<ShelfMap>(await v.call('locations.shelfMap', { cabinetId: v.S1.id }));
    expect(map.shelves.map((s) => s.map((c) => c.archiveNo))).toEqual([
      ['TS-2026-00001', 'TS-2026-00001', 'TS-2026-00001'],
      ['TS-2026-00001', 'TS-2026-00001', 'TS-2026-00001'],
    ]);
    expect(map.shelves[0]![1]!.title).toBe('文件1');
  });

  test('R-ARCH-4 R-SEC-2 placement enforces a free slot, the zone and segregation; only the custodian places classified items', async () => {
    const v = await withRooms();
    const loc = (cabinet: number, n: number) =>
      v.ctx.vault!.db.prepare('SELECT id FROM locations WHERE cabinet_id = ? ORDER BY shelf, position LIMIT 1 OFFSET ?').pluck().get(cabinet, n) as number;
    const a = await v.newItem(v.boc);
    const b = await v.newItem(v.boc);
    const g = await v.newItem(v.zhang);
    ok(await v.call('locations.place', { itemId: a, locationId: loc(v.S1.id, 0) }));
    expect(await v.call('locations.place', { itemId: b, locationId: loc(v.S1.id, 0) })).toMatchObject({ ok: false, error: { code: 'SLOT_OCCUPIED' } });
    expect(await v.call('locations.place', { itemId: g, locationId: loc(v.S1.id, 1) })).toMatchObject({ ok: false, error: { code: 'WRONG_ZONE' } });

    const secret = await v.newItem(v.boc, { title: '机密授信协议', classification: 2, custodianId: v.ids.cus1 });
    // proposal goes to the segregated cabinet
    expect(ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: secret }))).toMatchObject({ cabinetCode: 'X1', shelf: 1, position: 1 });
    // not in an ordinary cabinet, not by the operator, not by another custodian
    await v.as('cus1');
    expect(await v.call('locations.place', { itemId: secret, locationId: loc(v.S1.id, 2) })).toMatchObject({ ok: false, error: { code: 'NOT_SEGREGATED' } });
    await v.as('op');
    expect(await v.call('locations.place', { itemId: secret, locationId: loc(v.X1.id, 0) })).toMatchObject({ ok: false, error: { code: 'NOT_CUSTODIAN' } });
    await v.as('cus2');
    expect(await v.call('locations.place', { itemId: secret, locationId: loc(v.X1.id, 0) })).toMatchObject({ ok: false, error: { code: 'NOT_CUSTODIAN' } });
    expect(count(v.ctx, 'movements')).toBe(1);
    await v.as('cus1');
    expect(ok<LocationRef>(await v.call('locations.place', { itemId: secret, locationId: loc(v.X1.id, 0) })).cabinetCode).toBe('X1');
    expect(count(v.ctx, 'movements')).toBe(2);
  });

  test('R-ARCH-4 R-LOAN-1 every move is recorded; custody state is derived from events (intake → onShelf → …)', async () => {
    const v = await withRooms();
    const loc = (cabinet: number, n: number) =>
      v.ctx.vault!.db.prepare('SELECT id FROM locations WHERE cabinet_id = ? ORDER BY shelf, position LIMIT 1 OFFSET ?').pluck().get(cabinet, n) as number;
    const id = await v.newItem(v.boc);
    expect(ok<ItemDetail>(await v.call('items.get', { id })).custodyState).toBe('intake');
    ok(await v.call('locations.place', { itemId: id, locationId: loc(v.S1.id, 0) }));
    v.ctx.clock.advance(60_000);
    ok(await v.call('locations.place', { itemId: id, locationId: loc(v.S1.id, 4), reason: '整理上架' }));
    const moves = ok<MovementRow[]>(await v.call('items.movements', { itemId: id }));
    expect(moves.map((m) => [m.from, m.to, m.byName, m.reason])).toEqual([
      [null, '一号库房 › S1柜 › 第1层 › 第1位', '信息专员甲', null],
      ['一号库房 › S1柜 › 第1层 › 第1位', '一号库房 › S1柜 › 第2层 › 第2位', '信息专员甲', '整理上架'],
    ]);
    expect(actions(v.ctx).filter((a) => a.startsWith('archive.item.'))).toEqual(['archive.item.create', 'archive.item.place', 'archive.item.move']);
    const detail = ok<ItemDetail>(await v.call('items.get', { id }));
    expect(detail).toMatchObject({ custodyState: 'onShelf', location: { shelf: 2, position: 2 } });
    // the old position is free again
    expect(ok<ShelfMap>(await v.call('locations.shelfMap', { cabinetId: v.S1.id })).shelves[0]![0]!.itemId).toBeNull();

    // a later domain (loans) appends an event: the state follows the latest record
    const vault = v.ctx.vault!;
    vault.tx(() =>
      recordCustodyEvent(vault.db, { itemId: id, state: 'onLoan', at: v.ctx.clock.now().toISOString(), byId: v.ids.op!, refType: 'loan', refId: 1 }),
    );
    expect(deriveCustodyState(vault.db, id)).toBe('onLoan');
    expect(ok<ItemDetail>(await v.call('items.get', { id })).custodyState).toBe('onLoan');
    // an item on loan cannot be moved on the shelves
    expect(await v.call('locations.place', { itemId: id, locationId: loc(v.S1.id, 5) })).toMatchObject({ ok: false, error: { code: 'BAD_STATE' } });
    // the records cannot be rewritten to hide it (R-LOAN-1: appropriation impossible to hide)
    expect(() => vault.db.prepare('DELETE FROM custody_events WHERE item_id = ?').run(id)).toThrow(/append-only/);
    expect(() => vault.db.prepare('DELETE FROM movements WHERE item_id = ?').run(id)).toThrow(/append-only/);
    expect(() => vault.db.prepare('DELETE FROM items WHERE id = ?').run(id)).toThrow(/never deleted/);
    // the cached column equals the derivation for every item
    const mismatches = vault.db.prepare('SELECT id, custody_state FROM items').all() as { id: number; custody_state: string }[];
    for (const m of mismatches) expect(m.custody_state).toBe(deriveCustodyState(vault.db, m.id));
  });
});

describe('rooms and cabinets renamed and removed while empty', () => {
  const audits = (v: { ctx: Parameters<typeof actions>[0] }) => actions(v.ctx).length;

  test('R-ARCH-4 a room and a cabinet are renamed, audited; a taken room name is refused', async () => {
    const v = await withRooms();
    ok(await v.call('locations.renameRoom', { id: v.room, name: '二号库房' }));
    ok(await v.call('locations.renameCabinet', { id: v.S1.id, name: '银行柜' }));
    const tree = ok<RoomRow[]>(await v.call('locations.tree'));
    expect(tree[0]!.name).toBe('二号库房');
    expect(tree[0]!.cabinets.find((c) => c.code === 'S1')!.name).toBe('银行柜');
    expect(actions(v.ctx).slice(-2)).toEqual(['archive.room.rename', 'archive.cabinet.rename']);
    ok(await v.call('locations.createRoom', { name: '三号库房' }));
    const before = audits(v);
    expect(await v.call('locations.renameRoom', { id: v.room, name: '三号库房' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(audits(v)).toBe(before);
    expect(ok<RoomRow[]>(await v.call('locations.tree'))[0]!.name).toBe('二号库房');
  });

  test('R-ARCH-4 only an empty cabinet and a room without cabinets are removed (audited); otherwise refused, nothing written', async () => {
    const v = await withRooms();
    const id = await v.newItem(v.boc);
    const slot = ok<LocationRef>(await v.call('locations.proposeSlot', { itemId: id }));
    ok(await v.call('locations.place', { itemId: id, locationId: slot.locationId }));
    const before = audits(v);
    const locs = count(v.ctx, 'locations');
    // S1 holds the item; the room has cabinets
    expect(await v.call('locations.removeCabinet', { id: v.S1.id })).toMatchObject({
      ok: false,
      error: { code: 'CABINET_NOT_EMPTY', message: expect.stringContaining('1 items') },
    });
    expect(await v.call('locations.removeRoom', { id: v.room })).toMatchObject({ ok: false, error: { code: 'ROOM_NOT_EMPTY' } });
    expect([audits(v), count(v.ctx, 'locations')]).toEqual([before, locs]);
    // G1 never held anything: it goes with its positions
    ok(await v.call('locations.removeCabinet', { id: v.G1.id }));
    expect(count(v.ctx, 'locations')).toBe(locs - 4);
    expect(ok<RoomRow[]>(await v.call('locations.tree'))[0]!.cabinets.map((c) => c.code)).toEqual(['S1', 'X1']);
    expect(actions(v.ctx).at(-1)).toBe('archive.cabinet.remove');
    // the item moves on to another cabinet: S1 is empty, but its history refers to its positions
    const other = ok<{ id: number }>(
      await v.call('locations.createCabinet', { roomId: v.room, code: 'S2', zone: 'special', segregated: false, shelves: 1, positions: 1 }),
    );
    const target = ok<ShelfMap>(await v.call('locations.shelfMap', { cabinetId: other.id })).shelves[0]![0]!.locationId;
    ok(await v.call('locations.place', { itemId: id, locationId: target }));
    const mid = audits(v);
    expect(await v.call('locations.removeCabinet', { id: v.S1.id })).toMatchObject({ ok: false, error: { code: 'CABINET_IN_USE' } });
    expect(audits(v)).toBe(mid);
    expect(ok<RoomRow[]>(await v.call('locations.tree'))[0]!.cabinets.map((c) => c.code)).toEqual(['S1', 'S2', 'X1']);
    // an empty new room goes
    const spare = ok<{ id: number }>(await v.call('locations.createRoom', { name: '备用库房' })).id;
    ok(await v.call('locations.removeRoom', { id: spare }));
    expect(ok<RoomRow[]>(await v.call('locations.tree')).map((r) => r.name)).toEqual(['一号库房']);
    expect(actions(v.ctx).at(-1)).toBe('archive.room.remove');
  });
});

describe('placement advice: never a dead end (issue 12)', () => {
  test('R-ARCH-4 R-SEC-2 advise: the slot; who must shelve a 机密 item; which zone has no cabinet, then none free', async () => {
    const v = await setupArchive();
    cleanup = v.cleanup;
    const room = ok<{ id: number }>(await v.call('locations.createRoom', { name: '一号库房' })).id;
    ok(await v.call('locations.createCabinet', { roomId: room, code: 'G1', zone: 'general', segregated: false, shelves: 1, positions: 1 }));
    const boc = ok<CustomerCreated>(await v.call('customers.create', bank())).customerId;
    const plain = ok<ItemCreated>(await v.call('items.create', item(boc))).id;
    const secret = ok<ItemCreated>(await v.call('items.create', item(boc, { classification: 2, custodianId: v.ids.cus1 }))).id;
    // a 特殊客户 item with only a general cabinet: the special zone has no cabinet (not "no free slot")
    expect(ok(await v.call('locations.advise', { itemId: plain }))).toEqual({ kind: 'noCabinet', zone: 'special', segregated: false });
    // the operator is told who shelves the 机密 item instead of being offered a slot that would be refused
    expect(ok(await v.call('locations.advise', { itemId: secret }))).toEqual({ kind: 'custodianOnly', custodianName: '保管员丙' });
    const before = actions(v.ctx).length;
    const S1 = ok<{ id: number }>(
      await v.call('locations.createCabinet', { roomId: room, code: 'S1', zone: 'special', segregated: false, shelves: 1, positions: 1 }),
    );
    const advice = ok<{ kind: string; slot: LocationRef }>(await v.call('locations.advise', { itemId: plain }));
    expect(advice).toMatchObject({ kind: 'slot', slot: { cabinetId: S1.id, shelf: 1, position: 1 } });
    ok(await v.call('locations.place', { itemId: plain, locationId: advice.slot.locationId }));
    const another = ok<ItemCreated>(await v.call('items.create', item(boc))).id;
    expect(ok(await v.call('locations.advise', { itemId: another }))).toEqual({ kind: 'full', zone: 'special', segregated: false });
    // its custodian is advised the segregated cabinet that is missing; advice writes nothing
    await v.as('cus1');
    expect(ok(await v.call('locations.advise', { itemId: secret }))).toEqual({ kind: 'noCabinet', zone: 'special', segregated: true });
    expect(
      actions(v.ctx)
        .slice(before)
        .filter((a) => a.startsWith('archive.')),
    ).toEqual(['archive.cabinet.create', 'archive.item.place', 'archive.item.create']);
  });
});
