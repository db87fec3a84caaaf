// Item holds (R-SEC-7, R-SEC-6): an item needed as evidence — affected by an open leak incident —
// is held until what holds it ends; destruction refuses a held item and re-checks at execution
// (activeHolds). A hold row is placed once and released once, never deleted (0170 triggers).
import type { Actor } from '../core/context';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';

export interface ActiveHold {
  itemId: number;
  /** why, in words (e.g. 泄密事件证据保全) */
  reason: string;
  /** what holds it, e.g. the incident's number XM-2026-001 */
  ref: string;
}

interface HoldRow {
  itemId: number;
  reason: string;
  refType: string;
  refId: number;
  incidentNo: string | null;
}

/** The unreleased holds on these items (several per item possible), in item order. */
export function activeHolds(db: Db | Reader, itemIds: number[]): ActiveHold[] {
  if (itemIds.length === 0) return [];
  const r = 'prepare' in db ? reader(db) : db;
  const rows = r.all<HoldRow>(sql`SELECT h.item_id, h.reason, h.ref_type, h.ref_id, i.no AS incident_no
                                    FROM item_holds h LEFT JOIN incidents i ON h.ref_type = 'incident' AND i.id = h.ref_id
                                   WHERE h.released_at IS NULL AND h.item_id IN ${[...new Set(itemIds)]}
                                   ORDER BY h.item_id, h.id`);
  return rows.map((h) => ({ itemId: h.itemId, reason: h.reason, ref: h.incidentNo ?? `${h.refType} ${h.refId}` }));
}

/** Places one hold per item (an item already held by the same ref keeps its hold), in the caller's transaction. */
export function placeHolds(w: Writer, at: string, actor: Actor, itemIds: number[], hold: { reason: string; refType: string; refId: number }): void {
  for (const itemId of new Set(itemIds))
    w.run(sql`INSERT INTO item_holds(item_id, reason, ref_type, ref_id, placed_at, placed_by)
              VALUES (${itemId}, ${hold.reason}, ${hold.refType}, ${hold.refId}, ${at}, ${actor.id})
              ON CONFLICT (item_id, ref_type, ref_id) DO NOTHING`);
}

/** Releases every hold of one ref (the incident closed), in the caller's transaction; returns the items released. */
export function releaseHolds(w: Writer, at: string, actor: Actor, ref: { refType: string; refId: number }): number[] {
  const ids = w.values<number>(
    sql`SELECT item_id FROM item_holds WHERE ref_type = ${ref.refType} AND ref_id = ${ref.refId} AND released_at IS NULL ORDER BY item_id`,
  );
  w.run(
    sql`UPDATE item_holds SET released_at = ${at}, released_by = ${actor.id} WHERE ref_type = ${ref.refType} AND ref_id = ${ref.refId} AND released_at IS NULL`,
  );
  return ids;
}
