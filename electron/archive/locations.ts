// Locations (R-ARCH-4, R-SEC-2): room › cabinet › shelf › position. Proposes the next free
// position in reading order (cabinet, then shelf top→bottom, then position left→right) inside
// the zone of the item's customer category; classified items only in segregated cabinets and
// only by their custodian. Every placement writes a movements row + audit entry.
import { appendAudit } from '../audit/append';
import type { Actor } from '../people/users';
import {
  CLASSIFIED_FROM,
  type CabinetInput,
  type CustomerCategory,
  type LocationRef,
  type MovementRow,
  type PlacementAdvice,
  type RoomRow,
  type ShelfMap,
  type ShelfMapCell,
  type Zone,
} from './contract/calls';
import { DomainError } from '../contract/result';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';
import { recordCustodyEvent } from './custody';
import { itemArchiveNo } from './contract/itemNumber';

export function createRoom(vault: Vault, clock: Clock, actor: Actor, name: string): { id: number } {
  return vault.tx((w) => {
    if (vault.db.prepare('SELECT 1 FROM rooms WHERE name = ?').get(name)) throw new DomainError('DUPLICATE', `room ${name} exists`);
    const id = Number(vault.db.prepare('INSERT INTO rooms(name) VALUES (?)').run(name).lastInsertRowid);
    appendAudit(w, clock, { actorId: actor.id, actorName: actor.name, action: 'archive.room.create', entity: 'room', entityId: id, detail: { name } });
    return { id };
  });
}

/** One call creates the cabinet and all its shelves × positions. */
export function createCabinet(vault: Vault, clock: Clock, actor: Actor, c: CabinetInput): { id: number; locations: number } {
  return vault.tx((w) => {
    const db = vault.db;
    if (!db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(c.roomId)) throw new DomainError('NOT_FOUND', `room ${c.roomId} not found`);
    if (db.prepare('SELECT 1 FROM cabinets WHERE room_id = ? AND code = ?').get(c.roomId, c.code))
      throw new DomainError('DUPLICATE', `cabinet ${c.code} exists`);
    const id = Number(
      db
        .prepare('INSERT INTO cabinets(room_id, code, name, zone, segregated, shelves, positions) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(c.roomId, c.code, c.name ?? null, c.zone, c.segregated ? 1 : 0, c.shelves, c.positions).lastInsertRowid,
    );
    const ins = db.prepare('INSERT INTO locations(cabinet_id, shelf, position) VALUES (?, ?, ?)');
    for (let s = 1; s <= c.shelves; s++) for (let p = 1; p <= c.positions; p++) ins.run(id, s, p);
    appendAudit(w, clock, { actorId: actor.id, actorName: actor.name, action: 'archive.cabinet.create', entity: 'cabinet', entityId: id, detail: { ...c } });
    return { id, locations: c.shelves * c.positions };
  });
}

const isForeignKeyError = (e: unknown) => (e as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';

export function renameRoom(vault: Vault, clock: Clock, actor: Actor, id: number, name: string): { id: number } {
  return vault.tx((w) => {
    const db = vault.db;
    const before = db.prepare('SELECT name FROM rooms WHERE id = ?').pluck().get(id) as string | undefined;
    if (before === undefined) throw new DomainError('NOT_FOUND', `room ${id} not found`);
    if (before === name) return { id };
    if (db.prepare('SELECT 1 FROM rooms WHERE name = ? AND id <> ?').get(name, id)) throw new DomainError('DUPLICATE', `room ${name} exists`);
    db.prepare('UPDATE rooms SET name = ? WHERE id = ?').run(name, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.room.rename',
      entity: 'room',
      entityId: id,
      detail: { from: before, to: name },
    });
    return { id };
  });
}

/** Only an empty room goes: no cabinets, and nothing else (readings, inspections) recorded against it. */
export function removeRoom(vault: Vault, clock: Clock, actor: Actor, id: number): { id: number } {
  return vault.tx((w) => {
    const db = vault.db;
    const name = db.prepare('SELECT name FROM rooms WHERE id = ?').pluck().get(id) as string | undefined;
    if (name === undefined) throw new DomainError('NOT_FOUND', `room ${id} not found`);
    const cabinets = db.prepare('SELECT count(*) FROM cabinets WHERE room_id = ?').pluck().get(id) as number;
    if (cabinets > 0) throw new DomainError('ROOM_NOT_EMPTY', `room ${id} has ${cabinets} cabinets`, { count: cabinets });
    try {
      db.prepare('DELETE FROM rooms WHERE id = ?').run(id);
    } catch (e) {
      if (isForeignKeyError(e)) throw new DomainError('ROOM_IN_USE', `room ${id} is referenced by other records`);
      throw e;
    }
    appendAudit(w, clock, { actorId: actor.id, actorName: actor.name, action: 'archive.room.remove', entity: 'room', entityId: id, detail: { name } });
    return { id };
  });
}

/** 柜名 only: the 柜号 is printed on the cabinet, its labels and every location of its history. */
export function renameCabinet(vault: Vault, clock: Clock, actor: Actor, id: number, name: string | null): { id: number } {
  return vault.tx((w) => {
    const db = vault.db;
    const cb = db.prepare('SELECT code, name FROM cabinets WHERE id = ?').get(id) as { code: string; name: string | null } | undefined;
    if (!cb) throw new DomainError('NOT_FOUND', `cabinet ${id} not found`);
    if (cb.name === name) return { id };
    db.prepare('UPDATE cabinets SET name = ? WHERE id = ?').run(name, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.cabinet.rename',
      entity: 'cabinet',
      entityId: id,
      detail: { code: cb.code, from: cb.name, to: name },
    });
    return { id };
  });
}

/** Only a cabinet that holds nothing and never held anything goes (movements keep its positions). */
export function removeCabinet(vault: Vault, clock: Clock, actor: Actor, id: number): { id: number } {
  return vault.tx((w) => {
    const db = vault.db;
    const cb = db.prepare('SELECT c.code, c.name, r.name AS room FROM cabinets c JOIN rooms r ON r.id = c.room_id WHERE c.id = ?').get(id) as
      { code: string; name: string | null; room: string } | undefined;
    if (!cb) throw new DomainError('NOT_FOUND', `cabinet ${id} not found`);
    const held = db.prepare('SELECT count(*) FROM items i JOIN locations l ON l.id = i.location_id WHERE l.cabinet_id = ?').pluck().get(id) as number;
    if (held > 0) throw new DomainError('CABINET_NOT_EMPTY', `cabinet ${id} holds ${held} items`, { count: held });
    try {
      db.prepare('DELETE FROM locations WHERE cabinet_id = ?').run(id);
      db.prepare('DELETE FROM cabinets WHERE id = ?').run(id);
    } catch (e) {
      if (isForeignKeyError(e)) throw new DomainError('CABINET_IN_USE', `cabinet ${id} has a movement history`);
      throw e;
    }
    appendAudit(w, clock, { actorId: actor.id, actorName: actor.name, action: 'archive.cabinet.remove', entity: 'cabinet', entityId: id, detail: { ...cb } });
    return { id };
  });
}

export const locationLabel = (room: string, cabinet: string, shelf: number, position: number) => `${room} › ${cabinet}柜 › 第${shelf}层 › 第${position}位`;

interface LocDbRow {
  location_id: number;
  room_id: number;
  room_name: string;
  cabinet_id: number;
  cabinet_code: string;
  shelf: number;
  position: number;
  zone: Zone;
  segregated: number;
}
const LOC_SELECT = `SELECT l.id AS location_id, r.id AS room_id, r.name AS room_name, cb.id AS cabinet_id, cb.code AS cabinet_code,
                           l.shelf, l.position, cb.zone, cb.segregated
                      FROM locations l JOIN cabinets cb ON cb.id = l.cabinet_id JOIN rooms r ON r.id = cb.room_id`;
const toRef = (r: LocDbRow): LocationRef => ({
  locationId: r.location_id,
  roomId: r.room_id,
  roomName: r.room_name,
  cabinetId: r.cabinet_id,
  cabinetCode: r.cabinet_code,
  shelf: r.shelf,
  position: r.position,
  label: locationLabel(r.room_name, r.cabinet_code, r.shelf, r.position),
});

function locationRow(db: Db, id: number): LocDbRow | null {
  return (db.prepare(`${LOC_SELECT} WHERE l.id = ?`).get(id) as LocDbRow | undefined) ?? null;
}
export function locationRef(db: Db, id: number | null): LocationRef | null {
  const r = id == null ? null : locationRow(db, id);
  return r ? toRef(r) : null;
}

interface PlaceableItem {
  id: number;
  classification: number;
  custodian_id: number | null;
  location_id: number | null;
  custody_state: string;
  category: CustomerCategory;
  archive_no: string;
}
function placeableItem(db: Db, itemId: number): PlaceableItem {
  const it = db
    .prepare(
      `SELECT i.id, i.classification, i.custodian_id, i.location_id, i.custody_state, c.category, a.archive_no
         FROM items i JOIN archives a ON a.id = i.archive_id JOIN customers c ON c.id = a.customer_id WHERE i.id = ?`,
    )
    .get(itemId) as PlaceableItem | undefined;
  if (!it) throw new DomainError('NOT_FOUND', `item ${itemId} not found`);
  return it;
}

/** Next free position for the item, or null when its zone is full. */
export function proposeSlot(db: Db, itemId: number): LocationRef | null {
  const it = placeableItem(db, itemId);
  const classified = it.classification >= CLASSIFIED_FROM;
  // Zone-specific cabinets first, shared ('any') ones after; unclassified items keep out of the
  // segregated cabinets so their space stays for 机密/绝密 material.
  const r = db
    .prepare(
      `${LOC_SELECT}
        WHERE cb.zone IN (?, 'any') AND cb.segregated = ?
          AND NOT EXISTS (SELECT 1 FROM items o WHERE o.location_id = l.id)
        ORDER BY cb.zone = 'any', r.id, cb.code, cb.id, l.shelf, l.position
        LIMIT 1`,
    )
    .get(it.category, classified ? 1 : 0) as LocDbRow | undefined;
  return r ? toRef(r) : null;
}

/**
 * What the shelving panel offers (issue 12, no dead ends): the proposed slot; or who must shelve
 * a 机密/绝密 item when the caller is not its custodian; or which zone has no cabinet / no free
 * position, so the screen can say so and offer to create the cabinet.
 */
export function advisePlacement(db: Db, actorId: number, itemId: number): PlacementAdvice {
  const it = placeableItem(db, itemId);
  const classified = it.classification >= CLASSIFIED_FROM;
  if (classified && it.custodian_id !== actorId) {
    const custodianName =
      it.custodian_id === null
        ? null
        : ((db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(it.custodian_id) as string | undefined) ?? null);
    return { kind: 'custodianOnly', custodianName };
  }
  const slot = proposeSlot(db, itemId);
  if (slot) return { kind: 'slot', slot };
  const cabinets = db
    .prepare("SELECT count(*) FROM cabinets WHERE zone IN (?, 'any') AND segregated = ?")
    .pluck()
    .get(it.category, classified ? 1 : 0) as number;
  return { kind: cabinets > 0 ? 'full' : 'noCabinet', zone: it.category, segregated: classified };
}

export interface Placer extends Actor {
  id: number;
}

export function placeItem(vault: Vault, clock: Clock, actor: Placer, itemId: number, locationId: number, reason?: string): LocationRef {
  return vault.tx((w) => {
    const db = vault.db;
    const it = placeableItem(db, itemId);
    if (it.custody_state !== 'intake' && it.custody_state !== 'onShelf') throw new DomainError('BAD_STATE', `item is ${it.custody_state}`);
    const loc = locationRow(db, locationId);
    if (!loc) throw new DomainError('NOT_FOUND', `location ${locationId} not found`);
    const occupant = db.prepare('SELECT id FROM items WHERE location_id = ?').pluck().get(locationId) as number | undefined;
    if (occupant !== undefined) throw new DomainError('SLOT_OCCUPIED', `location ${locationId} holds item ${occupant}`);
    if (loc.zone !== 'any' && loc.zone !== it.category) throw new DomainError('WRONG_ZONE', `cabinet zone ${loc.zone} ≠ ${it.category}`);
    if (it.classification >= CLASSIFIED_FROM) {
      if (!loc.segregated) throw new DomainError('NOT_SEGREGATED', 'classified items go to segregated locations only');
      if (it.custodian_id !== actor.id) throw new DomainError('NOT_CUSTODIAN', 'only the designated custodian places a classified item');
    }
    const at = clock.now().toISOString();
    db.prepare('UPDATE items SET location_id = ? WHERE id = ?').run(locationId, itemId);
    const movementId = Number(
      db
        .prepare('INSERT INTO movements(item_id, from_location_id, to_location_id, at, by_id, reason) VALUES (?, ?, ?, ?, ?, ?)')
        .run(itemId, it.location_id, locationId, at, actor.id, reason ?? null).lastInsertRowid,
    );
    if (it.custody_state === 'intake') recordCustodyEvent(db, { itemId, state: 'onShelf', at, byId: actor.id, refType: 'movement', refId: movementId });
    const ref = toRef(loc);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: it.location_id === null ? 'archive.item.place' : 'archive.item.move',
      entity: 'item',
      entityId: itemId,
      detail: { movementId, archiveNo: it.archive_no, from: locationRef(db, it.location_id)?.label ?? null, to: ref.label, reason: reason ?? null },
    });
    return ref;
  });
}

export function listMovements(db: Db, itemId: number): MovementRow[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.item_id, m.from_location_id, m.to_location_id, m.at, m.by_id, u.display_name AS by_name, m.reason
         FROM movements m JOIN users u ON u.id = m.by_id WHERE m.item_id = ? ORDER BY m.id`,
    )
    .all(itemId) as {
    id: number;
    item_id: number;
    from_location_id: number | null;
    to_location_id: number | null;
    at: string;
    by_id: number;
    by_name: string;
    reason: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    from: locationRef(db, r.from_location_id)?.label ?? null,
    to: locationRef(db, r.to_location_id)?.label ?? null,
    at: r.at,
    byId: r.by_id,
    byName: r.by_name,
    reason: r.reason,
  }));
}

export function locationTree(db: Db): RoomRow[] {
  const rooms = db.prepare('SELECT id, name FROM rooms ORDER BY id').all() as { id: number; name: string }[];
  const cabs = db
    .prepare(
      `SELECT cb.*, (SELECT count(*) FROM locations l WHERE l.cabinet_id = cb.id
                       AND NOT EXISTS (SELECT 1 FROM items i WHERE i.location_id = l.id)) AS free
         FROM cabinets cb ORDER BY cb.room_id, cb.code, cb.id`,
    )
    .all() as {
    id: number;
    room_id: number;
    code: string;
    name: string | null;
    zone: Zone;
    segregated: number;
    shelves: number;
    positions: number;
    free: number;
  }[];
  return rooms.map((r) => ({
    id: r.id,
    name: r.name,
    cabinets: cabs
      .filter((c) => c.room_id === r.id)
      .map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        zone: c.zone,
        segregated: c.segregated === 1,
        shelves: c.shelves,
        positions: c.positions,
        free: c.free,
      })),
  }));
}

export function shelfMap(db: Db, cabinetId: number): ShelfMap {
  const cb = db.prepare('SELECT * FROM cabinets WHERE id = ?').get(cabinetId) as
    { id: number; code: string; zone: Zone; segregated: number; shelves: number } | undefined;
  if (!cb) throw new DomainError('NOT_FOUND', `cabinet ${cabinetId} not found`);
  const cells = db
    .prepare(
      `SELECT l.id AS locationId, l.shelf, l.position, i.id AS itemId, a.archive_no AS archiveNo, i.item_no AS itemNo, i.title, i.classification
         FROM locations l LEFT JOIN items i ON i.location_id = l.id LEFT JOIN archives a ON a.id = i.archive_id
        WHERE l.cabinet_id = ? ORDER BY l.shelf, l.position`,
    )
    .all(cabinetId) as (Omit<ShelfMapCell, 'itemArchiveNo'> & { itemNo: number | null })[];
  const shelves: ShelfMap['shelves'] = Array.from({ length: cb.shelves }, () => []);
  for (const { itemNo, ...c } of cells)
    shelves[c.shelf - 1]!.push({ ...c, itemArchiveNo: c.archiveNo && itemNo !== null ? itemArchiveNo(c.archiveNo, itemNo) : null });
  return { cabinetId: cb.id, code: cb.code, zone: cb.zone, segregated: cb.segregated === 1, shelves };
}
