// The archive's objects as the audit trail names them (electron/audit/entityNames.ts asks these
// through the Domain entry): customers by name, archives and items by 档号 (an item by its own
// 档号 TS-2026-00001-003 where the vault numbers items, else by its archive's number), rooms and
// cabinets by name, attachments by file name, handovers by item and custodians.
import type { EntityNamer } from '../audit/entityNames';
import type { Db } from '../vault/db';
import { itemArchiveNo } from './contract/itemNumber';

const hasItemNo = new WeakMap<Db, boolean>();
function itemsHaveNumbers(db: Db): boolean {
  let v = hasItemNo.get(db);
  if (v === undefined) {
    v = !!db.prepare(`SELECT 1 FROM pragma_table_info('items') WHERE name = 'item_no'`).get();
    hasItemNo.set(db, v);
  }
  return v;
}

const id = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);

const item: EntityNamer = (db, sid) => {
  const n = id(sid);
  if (n === null) return null;
  const r = db
    .prepare(
      `SELECT a.archive_no, ${itemsHaveNumbers(db) ? 'i.item_no' : 'NULL'} AS item_no FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ?`,
    )
    .get(n) as { archive_no: string; item_no: number | null } | undefined;
  if (!r) return null;
  return r.item_no ? itemArchiveNo(r.archive_no, r.item_no) : r.archive_no;
};

export const archiveEntityNames: Record<string, EntityNamer> = {
  customer: (db, sid) => (db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(id(sid)) as string | undefined) ?? null,
  archive: (db, sid, kit) => {
    const r = db.prepare('SELECT a.archive_no, c.name FROM archives a JOIN customers c ON c.id = a.customer_id WHERE a.id = ?').get(id(sid)) as
      { archive_no: string; name: string } | undefined;
    return r ? kit.t({ zh: `${r.archive_no}（${r.name}）`, en: `${r.archive_no} (${r.name})` }) : null;
  },
  item,
  attachment: (db, sid) => (db.prepare('SELECT file_name FROM attachments WHERE id = ?').pluck().get(id(sid)) as string | undefined) ?? null,
  room: (db, sid) => (db.prepare('SELECT name FROM rooms WHERE id = ?').pluck().get(id(sid)) as string | undefined) ?? null,
  cabinet: (db, sid, kit) => {
    const r = db.prepare('SELECT c.code, c.name, r.name AS room FROM cabinets c JOIN rooms r ON r.id = c.room_id WHERE c.id = ?').get(id(sid)) as
      { code: string; name: string | null; room: string } | undefined;
    if (!r) return null;
    const named = r.name ? kit.t({ zh: `（${r.name}）`, en: ` (${r.name})` }) : '';
    return kit.t({ zh: `${r.room} › ${r.code}柜${named}`, en: `${r.room} › cabinet ${r.code}${named}` });
  },
  handover: (db, sid, kit) => {
    const r = db.prepare('SELECT item_id, from_custodian_id, to_custodian_id FROM handovers WHERE id = ?').get(id(sid)) as
      { item_id: number; from_custodian_id: number | null; to_custodian_id: number } | undefined;
    if (!r) return null;
    const from = r.from_custodian_id === null ? kit.t({ zh: '无', en: 'none' }) : kit.name('user', r.from_custodian_id);
    return kit.t({
      zh: `档案材料 ${kit.name('item', r.item_id)}（${from} → ${kit.name('user', r.to_custodian_id)}）`,
      en: `of item ${kit.name('item', r.item_id)} (${from} → ${kit.name('user', r.to_custodian_id)})`,
    });
  },
  // the index register and the archive policy (a settings row of its own)
  register: (_db, sid, kit) => (sid === 'archiveIndex' ? kit.t({ zh: '档案索引', en: 'Archive Index' }) : null),
  settings: (_db, sid, kit) => (sid === 'archive.policy' ? kit.t({ zh: '档案策略', en: 'archive policy' }) : null),
};
