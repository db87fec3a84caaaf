// The archive's part of the demo vault: a room with general, special and segregated cabinets,
// a dozen customers of every category with their items, most of them shelved (a few still at
// intake), 机密 items with their custodian in the segregated cabinet. Written only through the
// domain functions the app uses, as the demo's operator and custodian, so numbers, search rows,
// custody events and the audit trail are all real.
import type { DemoSeedContext } from '../core/domain';
import { sampleCustomer, sampleItem, rng } from './seed';
import { createCustomer } from './customers';
import { createItem } from './items';
import { createCabinet, createRoom, placeItem, proposeSlot } from './locations';

const OPERATOR = 'wangjg';
const CUSTODIAN = 'zhaolei';

export function seedArchiveDemo({ vault, clock, users }: DemoSeedContext): void {
  const operator = { id: users[OPERATOR]!, name: '王建国' };
  const custodian = { id: users[CUSTODIAN]!, name: '赵磊' };
  const r = rng(20261201);

  const room = createRoom(vault, clock, operator, '一号档案库房');
  createCabinet(vault, clock, operator, { roomId: room.id, code: 'A01', name: '一般客户柜', zone: 'general', segregated: false, shelves: 4, positions: 10 });
  createCabinet(vault, clock, operator, { roomId: room.id, code: 'B01', name: '特殊客户柜', zone: 'special', segregated: false, shelves: 4, positions: 10 });
  createCabinet(vault, clock, operator, {
    roomId: room.id,
    code: 'M01',
    name: '涉密隔离柜（一般）',
    zone: 'general',
    segregated: true,
    shelves: 2,
    positions: 5,
  });
  createCabinet(vault, clock, operator, {
    roomId: room.id,
    code: 'M02',
    name: '涉密隔离柜（特殊）',
    zone: 'special',
    segregated: true,
    shelves: 2,
    positions: 5,
  });

  for (let i = 1; i <= 12; i++) {
    const { customerId } = createCustomer(vault, clock, operator, sampleCustomer(i, r));
    const n = 2 + r(3);
    for (let k = 0; k < n; k++) {
      const item = createItem(vault, clock, operator, sampleItem(customerId, r, custodian.id));
      // the last customer's papers have just arrived: still at intake (待上架)
      if (i === 12) continue;
      const slot = proposeSlot(vault.db, item.id);
      if (!slot) continue;
      const classified = vault.db.prepare('SELECT classification FROM items WHERE id = ?').pluck().get(item.id) as number;
      placeItem(vault, clock, classified >= 2 ? custodian : operator, item.id, slot.locationId, '入库上架');
    }
  }
}
