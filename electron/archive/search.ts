// One search over customers and items (R-ARCH-3):
//   ≥ 3 characters → FTS5 trigram over name/title, archive no, pinyin (full and initials);
//   1–2 characters → the search_grams table (bigrams + last char of name/title and initials);
//   any length     → archive-number prefix (range scan on archives.archive_no's unique index),
//                    and a prefix reaching into the item number ('TS-2026-00001-0', the full
//                    item 档号) → that archive's items whose 档号 starts with it.
// The index line of a hit is visible to every archive role; content stays gated (items.ts).
import type { CustodyState, IndexPage, IndexRow, SearchFilter, SearchHit, SearchPage } from './contract/calls';
import type { Db } from '../vault/db';
import { stmt } from '../vault/sql';
import { archiveNoOfItemPrefix, itemArchiveNo } from './contract/itemNumber';
import { locationLabel } from './locations';
import { afterPrefix } from './searchIndex';
import { getSettings } from '../settings/settings';

const ftsPhrase = (q: string) => `"${q.replaceAll('"', '""')}"`;

interface HitDbRow {
  kind: 'customer' | 'item';
  ref_id: number;
  customer_id: number;
  archive_no: string;
  name: string;
  category: SearchHit['category'];
  title: string | null;
  item_no: number | null;
  classification: SearchHit['classification'];
  custody_state: CustodyState | null;
  room_name: string | null;
  cabinet_code: string | null;
  shelf: number | null;
  position: number | null;
}

interface FilterSql {
  where: string;
  params: unknown[];
  /** which tables the filter reads, so the counting query joins only those */
  needs: { customer: boolean; item: boolean; location: boolean; cabinet: boolean };
}

/** Filters on item columns drop customer hits: a customer has no classification or place. */
function filterSql(f: SearchFilter, customerIdColumn: string, itemColumnPrefix = 'i.'): FilterSql {
  const w: string[] = [];
  const params: unknown[] = [];
  const needs = { customer: false, item: false, location: false, cabinet: false };
  const add = (sql: string, v: unknown, ...tables: (keyof typeof needs)[]) => {
    w.push(sql);
    params.push(v);
    for (const t of tables) needs[t] = true;
  };
  if (f.category) add('c.category = ?', f.category, 'customer');
  if (f.classification !== undefined) add(`${itemColumnPrefix}classification = ?`, f.classification, 'item');
  if (f.custodyState) add(`${itemColumnPrefix}custody_state = ?`, f.custodyState, 'item');
  if (f.cabinetId !== undefined) add('l.cabinet_id = ?', f.cabinetId, 'item', 'location');
  if (f.roomId !== undefined) add('cb.room_id = ?', f.roomId, 'item', 'location', 'cabinet');
  if (f.customerId !== undefined) add(`${customerIdColumn} = ?`, f.customerId);
  return { where: w.length ? `WHERE ${w.join(' AND ')}` : '', params, needs };
}

/**
 * Search docs of the items whose 档号 starts with `no` when `no` reaches past an archive number
 * into the item number ('TS-2026-00001-0' → items 001–099 of TS-2026-00001): one archive found by
 * its unique number, its items tested with the one formatter (contract/itemNumber.ts).
 */
function itemNoPrefixDocs(db: Db, no: string): number[] {
  const archiveNo = archiveNoOfItemPrefix(no);
  if (archiveNo === null) return [];
  const rows = stmt(
    db,
    `SELECT d.id, i.item_no FROM archives a JOIN items i ON i.archive_id = a.id
       JOIN search_docs d ON d.kind = 'item' AND d.ref_id = i.id WHERE a.archive_no = ?`,
  ).all(archiveNo) as { id: number; item_no: number }[];
  return rows.filter((r) => itemArchiveNo(archiveNo, r.item_no).startsWith(no)).map((r) => r.id);
}

const DETAIL_JOINS = `JOIN customers c ON c.id = d.customer_id
               JOIN archives a ON a.customer_id = c.id
               LEFT JOIN items i ON d.kind = 'item' AND i.id = d.ref_id
               LEFT JOIN locations l ON l.id = i.location_id
               LEFT JOIN cabinets cb ON cb.id = l.cabinet_id
               LEFT JOIN rooms r ON r.id = cb.room_id`;

/**
 * Two steps so a query with 100k+ matches stays fast: (1) count and page the matching doc ids,
 * joining only the tables the filter reads; (2) fetch the display columns for those ≤ limit ids.
 */
export function search(db: Db, query: string, filter: SearchFilter, offset: number, limit: number): SearchPage {
  const q = query.trim().toLowerCase();
  const p: unknown[] = [];
  let source: string;
  if (q === '') {
    source = 'search_docs d';
  } else {
    const len = Array.from(q).length;
    if (len >= 3) p.push(ftsPhrase(q));
    else if (len === 2) p.push(q);
    else p.push(q, afterPrefix(q));
    const textMatch =
      len >= 3
        ? 'SELECT rowid AS doc_id FROM search_fts WHERE search_fts MATCH ?'
        : len === 2
          ? 'SELECT doc_id FROM search_grams WHERE gram = ?'
          : 'SELECT doc_id FROM search_grams WHERE gram >= ? AND gram < ?';
    const no = q.toUpperCase();
    p.push(no, `${no}\uffff`);
    const itemDocs = itemNoPrefixDocs(db, no);
    if (itemDocs.length) p.push(JSON.stringify(itemDocs));
    source = `(${textMatch}
               UNION
               SELECT d2.id FROM archives a2 JOIN search_docs d2 ON d2.customer_id = a2.customer_id
                WHERE a2.archive_no >= ? AND a2.archive_no < ?
               ${itemDocs.length ? 'UNION SELECT value FROM json_each(?)' : ''}) m
              JOIN search_docs d ON d.id = m.doc_id`;
  }
  const f = filterSql(filter, 'd.customer_id');
  let where = f.where;
  p.push(...f.params);
  if (filter.kind) {
    where = `${where ? `${where} AND` : 'WHERE'} d.kind = ?`;
    p.push(filter.kind);
  }
  const joins = [
    f.needs.customer ? 'JOIN customers c ON c.id = d.customer_id' : '',
    f.needs.item ? `JOIN items i ON d.kind = 'item' AND i.id = d.ref_id` : '',
    f.needs.location ? 'JOIN locations l ON l.id = i.location_id' : '',
    f.needs.cabinet ? 'JOIN cabinets cb ON cb.id = l.cabinet_id' : '',
  ].join(' ');
  // unfiltered browse: every doc counts once
  const total =
    q === '' && !where
      ? (db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number)
      : (db
          .prepare(`SELECT count(*) FROM ${source} ${joins} ${where}`)
          .pluck()
          .get(...p) as number);
  const ids = db
    .prepare(`SELECT d.id FROM ${source} ${joins} ${where} ORDER BY d.kind, d.id LIMIT ? OFFSET ?`)
    .pluck()
    .all(...p, limit, offset) as number[];
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT d.kind, d.ref_id, d.customer_id, a.archive_no, c.name, c.category, i.title, i.item_no, i.classification, i.custody_state,
                  r.name AS room_name, cb.code AS cabinet_code, l.shelf, l.position
             FROM search_docs d ${DETAIL_JOINS}
            WHERE d.id IN (${ids.map(() => '?').join(',')})
            ORDER BY d.kind, d.id`,
        )
        .all(...ids) as HitDbRow[])
    : [];
  return {
    total,
    hits: rows.map((r) => ({
      kind: r.kind,
      id: r.ref_id,
      customerId: r.customer_id,
      archiveNo: r.archive_no,
      itemNo: r.kind === 'item' ? r.item_no : null,
      itemArchiveNo: r.kind === 'item' ? itemArchiveNo(r.archive_no, r.item_no!) : null,
      title: r.kind === 'item' ? r.title! : r.name,
      customerName: r.name,
      category: r.category,
      classification: r.classification,
      custodyState: r.custody_state,
      location: r.room_name ? locationLabel(r.room_name, r.cabinet_code!, r.shelf!, r.position!) : null,
    })),
  };
}

/**
 * The index (检索工具, R-ARCH-3, R-SEC-2): every item across all archives in 档号 order (archive
 * number, then item number), walked through archives.archive_no's index and items(archive_id,
 * item_no), so a page of 50 costs the same at 1M items; the remarks column carries the 机密/绝密 mark.
 * The cursor names the previous page's last row by item id; its item number is looked up here.
 */
export function indexPage(db: Db, filter: SearchFilter, offset: number, limit: number, after?: { archiveNo: string; itemId: number }): IndexPage {
  const f = filterSql(filter, 'a.customer_id');
  const p = f.params;
  const where = f.where;
  // keyset: the range on archive_no lets SQLite start the index walk at the cursor
  const kp: unknown[] = [];
  const keyset = after ? `${where ? 'AND' : 'WHERE'} a.archive_no >= ? AND (a.archive_no > ? OR i.item_no > ?)` : '';
  if (after)
    kp.push(after.archiveNo, after.archiveNo, (stmt(db, 'SELECT item_no FROM items WHERE id = ?').pluck().get(after.itemId) as number | undefined) ?? 0);
  // CROSS JOIN fixes archives as the outer loop (SQLite never reorders it): the walk follows the
  // archive_no index and items(archive_id, item_no), which is exactly the display order — no sort step.
  const from = `FROM archives a CROSS JOIN items i ON i.archive_id = a.id JOIN customers c ON c.id = a.customer_id
                LEFT JOIN locations l ON l.id = i.location_id LEFT JOIN cabinets cb ON cb.id = l.cabinet_id LEFT JOIN rooms r ON r.id = cb.room_id`;
  // the count joins only what the filter reads (classification / custody state use items' own indexes)
  const countJoins = [
    f.needs.customer || filter.customerId !== undefined ? 'JOIN archives a ON a.id = i.archive_id' : '',
    f.needs.customer ? 'JOIN customers c ON c.id = a.customer_id' : '',
    f.needs.location ? 'JOIN locations l ON l.id = i.location_id' : '',
    f.needs.cabinet ? 'JOIN cabinets cb ON cb.id = l.cabinet_id' : '',
  ].join(' ');
  const total = db
    .prepare(`SELECT count(*) FROM items i ${countJoins} ${where}`)
    .pluck()
    .get(...p) as number;
  // Rows: '+i.' keeps SQLite from picking items_classification / items_custody and then sorting a
  // third of 1M items by archive number; the ordered walk stops after `limit` matches instead.
  const walk = filterSql(filter, 'a.customer_id', '+i.');
  const rows = db
    .prepare(
      `SELECT i.id AS item_id, a.archive_no, i.item_no, c.id AS customer_id, c.name AS customer_name, c.category, i.title, i.classification,
              i.custody_state, i.remarks, r.name AS room_name, cb.code AS cabinet_code, l.shelf, l.position
         ${from} ${walk.where} ${keyset} ORDER BY a.archive_no, i.item_no LIMIT ? OFFSET ?`,
    )
    .all(...p, ...kp, limit, after ? 0 : offset) as (Omit<HitDbRow, 'kind' | 'ref_id' | 'name' | 'title' | 'item_no'> & {
    item_id: number;
    item_no: number;
    customer_name: string;
    title: string;
    remarks: string | null;
    classification: IndexRow['classification'];
  })[];
  const labels = getSettings(db).classificationLabels;
  return {
    total,
    rows: rows.map((r) => ({
      itemId: r.item_id,
      archiveNo: r.archive_no,
      itemNo: r.item_no,
      itemArchiveNo: itemArchiveNo(r.archive_no, r.item_no),
      customerId: r.customer_id,
      customerName: r.customer_name,
      category: r.category,
      title: r.title,
      classification: r.classification,
      location: r.room_name ? locationLabel(r.room_name, r.cabinet_code!, r.shelf!, r.position!) : null,
      custodyState: r.custody_state!,
      remarks: remarksWithMark(labels, r.classification, r.remarks),
    })),
  };
}

/** R-SEC-2: 机密/绝密 items carry their mark in the remarks column, ahead of any remark. */
export function remarksWithMark(labels: readonly string[], classification: number, remarks: string | null): string {
  const mark = classification >= 2 ? `【${labels[classification] ?? classification}】` : '';
  return [mark, remarks ?? ''].filter(Boolean).join(' ');
}
