// The rows behind a dashboard figure that has no filtered screen of its own (R-ARCH-2): items whose
// retention ends within the window, customers of a sub-type, items of a carrier, and a month's
// intake, loans and consultations. The same conditions as the counts (figures.ts, aggregate.ts).
import { itemArchiveNo } from '../archive';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, sqlRaw } from '../vault/sql';
import type { DrillInput, DrillRow } from './contract/calls';
import { RETENTION_END, RETENTION_FROM, retentionWindow } from './figures';

/** the local (UTC+8) month of an ISO-time column chosen by code */
const month = (col: 'i.created_at' | 'l.out_at' | 'c.time_in') => sqlRaw(`substr(datetime(${col}, '+8 hours'), 1, 7)`);

interface ItemDb {
  id: number;
  archiveNo: string;
  itemNo: number;
  title: string;
  at: string | null;
  who: string | null;
}
const itemRows = (rows: ItemDb[]): DrillRow[] =>
  rows.map((r) => ({ id: r.id, no: itemArchiveNo(r.archiveNo, r.itemNo), title: r.title, at: r.at, who: r.who }));
const ITEM = sql`SELECT i.id, a.archive_no, i.item_no, i.title`;

export function drillRows(db: Db, clock: Clock, d: DrillInput): DrillRow[] {
  const r = reader(db);
  const w = retentionWindow(clock.now());
  switch (d.kind) {
    case 'retention':
      return itemRows(
        r.all<ItemDb>(sql`${ITEM}, ${RETENTION_END} AS at, NULL AS who FROM ${RETENTION_FROM} JOIN archives a ON a.id = i.archive_id
          WHERE ${RETENTION_END} >= ${w.from} AND ${RETENTION_END} <= ${w.to} AND i.custody_state <> 'destroyed' ORDER BY at, i.id`),
      );
    case 'carrier':
      return itemRows(
        r.all<ItemDb>(
          sql`${ITEM}, i.created_at AS at, NULL AS who FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.carrier = ${d.carrier} ORDER BY a.archive_no, i.item_no`,
        ),
      );
    case 'intake':
      return itemRows(
        r.all<ItemDb>(sql`${ITEM}, i.created_at AS at, NULL AS who FROM items i JOIN archives a ON a.id = i.archive_id
          WHERE ${month('i.created_at')} = ${d.month} ORDER BY i.created_at, i.id`),
      );
    case 'loans':
      return r.all<DrillRow>(
        sql`SELECT l.id, l.item_archive_no AS no, l.item_title AS title, l.out_at AS at, l.borrower_name AS who FROM loans l
            WHERE ${month('l.out_at')} = ${d.month} ORDER BY l.out_at, l.id`,
      );
    case 'consultations':
      return r.all<DrillRow>(
        sql`SELECT c.id, g.no, coalesce(g.purpose, '') AS title, c.time_in AS at, g.reader_name AS who FROM access_consultations c JOIN access_grants g ON g.id = c.grant_id
          WHERE ${month('c.time_in')} = ${d.month} ORDER BY c.time_in, c.id`,
      );
    case 'subType':
      return r.all<DrillRow>(
        sql`SELECT c.id, coalesce(a.archive_no, '') AS no, c.name AS title, c.created_at AS at, NULL AS who FROM customers c LEFT JOIN archives a ON a.customer_id = c.id
          WHERE c.sub_type = ${d.subType} ORDER BY a.archive_no, c.id`,
      );
  }
}
