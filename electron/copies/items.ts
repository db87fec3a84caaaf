// The few item facts the copies registers cite (档号, title, classification), read through the SQL
// kit; and the user names they print.
import { itemArchiveNo } from '../archive/contract/itemNumber';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { reader, sql } from '../vault/sql';

export interface ItemFacts {
  id: number;
  archiveNo: string;
  title: string;
  classification: number;
  custodyState: string;
}

interface ItemFactRow {
  id: number;
  archiveNo: string;
  itemNo: number | null;
  title: string;
  classification: number;
  custodyState: string;
}

export function itemFacts(db: Db, ids: readonly number[]): ItemFacts[] {
  if (ids.length === 0) return [];
  const rows = reader(db).all<ItemFactRow>(
    sql`SELECT i.id, a.archive_no, i.item_no, i.title, i.classification, i.custody_state FROM items i JOIN archives a ON a.id = i.archive_id
        WHERE i.id IN ${[...ids]}`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) throw new DomainError('NOT_FOUND', `item ${id} not found`);
    return {
      id: r.id,
      archiveNo: r.itemNo ? itemArchiveNo(r.archiveNo, r.itemNo) : r.archiveNo,
      title: r.title,
      classification: r.classification,
      custodyState: r.custodyState,
    };
  });
}

export const itemFact = (db: Db, id: number): ItemFacts => itemFacts(db, [id])[0]!;

export function userName(db: Db, id: number | null): string {
  if (id === null) return '';
  return reader(db).value<string>(sql`SELECT display_name FROM users WHERE id = ${id}`) ?? `#${id}`;
}
