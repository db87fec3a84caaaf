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
  if (f.custodianId !== undefined) add(`${itemColumnPrefix}custodian_id = ?`, f.custodianId, 'item');
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
 * A query's total is counted up to this many hits; beyond it the page says "10 000+" (capped)
 * and exactly this many hits can be paged through — the total shown and the rows reachable agree.
 */
export const SEARCH_COUNT_CAP = 1000;

/** 档号-prefix source: up to this many archives its docs are collected and sorted, beyond it walked in doc order. */
const NARROW_ARCHIVES = 1000;

interface Arm {
  /** yields doc_id, ascending */
  sql: string;
  params: unknown[];
}

interface Arms {
  /** name/title/pinyin/ID-number match, and the item-档号 prefix */
  text: Arm[];
  /** the 档号-prefix source, collected (sorted by SQLite, costs ~its doc count) */
  prefixNarrow: Arm | null;
  /** the same docs walked in doc order, each probed against the range (costs ~page end / density) */
  prefixBroad: Arm | null;
  /** the 档号-prefix source's document count, capped at SEARCH_COUNT_CAP + 1 */
  prefixDocs: number;
  /** the walk is cheaper for this page */
  broad: boolean;
}

/**
 * The sources of a non-empty query, each a stream of doc ids in ascending order (FTS5 and the
 * search_grams key give rowids in order, so SQLite merges them without sorting and stops after
 * the LIMIT).
 */
function arms(db: Db, q: string, pageEnd: number): Arms {
  const text: Arm[] = [];
  const len = Array.from(q).length;
  const no = q.toUpperCase();
  // archive-number prefix: the archives in range, then their docs (the archive and its items)
  const range = [no, `${no}\uffff`];
  const archives = stmt(db, 'SELECT count(*) FROM (SELECT 1 FROM archives WHERE archive_no >= ? AND archive_no < ? LIMIT ?)')
    .pluck()
    .get(...range, NARROW_ARCHIVES + 1) as number;
  // A 档号 being typed ('YB-2026-01…') that some archive starts with is found by the prefix source;
  // its trigrams ('-20', '202', '026' are in every customer's text) would cost a phrase match over
  // the longest doclists for nothing (a name or ID number never holds 'XX-nnnn').
  const archiveNoShape = archives > 0 && /^[a-z]+-\d/.test(q);
  if (len >= 3 && !archiveNoShape) text.push({ sql: 'SELECT rowid AS doc_id FROM search_fts WHERE search_fts MATCH ?', params: [ftsPhrase(q)] });
  else if (len <= 2) text.push({ sql: 'SELECT doc_id FROM search_grams WHERE gram = ?', params: [q] });
  const itemDocs = itemNoPrefixDocs(db, no);
  if (itemDocs.length) text.push({ sql: 'SELECT value AS doc_id FROM json_each(?)', params: [JSON.stringify(itemDocs.sort((a, b) => a - b))] });
  if (archives === 0) return { text, prefixNarrow: null, prefixBroad: null, prefixDocs: 0, broad: false };
  // every item has one doc and items are never deleted: an archive's docs = next_item_no (1 + its items)
  const prefixDocs = stmt(
    db,
    'SELECT coalesce(sum(next_item_no), 0) FROM (SELECT next_item_no FROM archives INDEXED BY archives_no_docs WHERE archive_no >= ? AND archive_no < ? LIMIT ?)',
  )
    .pluck()
    .get(...range, SEARCH_COUNT_CAP + 1) as number;
  const allDocs = (stmt(db, 'SELECT max(id) FROM search_docs').pluck().get() as number | null) ?? 0;
  return {
    text,
    prefixNarrow: {
      sql: `SELECT d2.id AS doc_id FROM archives a2 JOIN search_docs d2 ON d2.customer_id = a2.customer_id
             WHERE a2.archive_no >= ? AND a2.archive_no < ?`,
      params: range,
    },
    prefixBroad: {
      sql: `SELECT d2.id AS doc_id FROM search_docs d2
             WHERE EXISTS (SELECT 1 FROM archives a2 INDEXED BY archives_customer_no
                            WHERE a2.customer_id = d2.customer_id AND a2.archive_no >= ? AND a2.archive_no < ?)`,
      params: range,
    },
    prefixDocs,
    broad: archives > NARROW_ARCHIVES && prefixDocs * prefixDocs > pageEnd * allDocs,
  };
}

/**
 * A non-empty query: the union of its sources in doc-id order (= insertion order: a customer
 * before the items added after it), merged and cut by SQLite, so the first page of 50 reads
 * about 50 entries per source; the total is counted up to SEARCH_COUNT_CAP. Filters join only the
 * tables they read, per doc of the merged stream.
 */
function searchQuery(db: Db, q: string, filter: SearchFilter, offset: number, limit: number): { total: number; capped: boolean; ids: number[] } {
  if (offset >= SEARCH_COUNT_CAP) return { total: SEARCH_COUNT_CAP, capped: true, ids: [] };
  const pageEnd = Math.min(offset + limit, SEARCH_COUNT_CAP);
  const a = arms(db, q, pageEnd);
  const f = filterSql(filter, 'd.customer_id');
  let where = f.where;
  const fp = [...f.params];
  if (filter.kind) {
    where = `${where ? `${where} AND` : 'WHERE'} d.kind = ?`;
    fp.push(filter.kind);
  }
  const joins = [
    f.needs.customer ? 'JOIN customers c ON c.id = d.customer_id' : '',
    f.needs.item ? `JOIN items i ON d.kind = 'item' AND i.id = d.ref_id` : '',
    f.needs.location ? 'JOIN locations l ON l.id = i.location_id' : '',
    f.needs.cabinet ? 'JOIN cabinets cb ON cb.id = l.cabinet_id' : '',
  ].join(' ');
  // unfiltered: the merged stream itself; filtered: each merged doc joined to what the filter reads
  const stream = (prefix: Arm | null) => {
    const all = prefix ? [...a.text, prefix] : a.text;
    const union = all.map((x) => x.sql).join(' UNION ');
    const params = [...all.flatMap((x) => x.params), ...fp];
    const sql = where ? `SELECT m.doc_id FROM (${union} ORDER BY 1) m JOIN search_docs d ON d.id = m.doc_id ${joins} ${where}` : `${union} ORDER BY 1`;
    return { sql, params };
  };
  let total: number;
  if (!where && a.prefixDocs > SEARCH_COUNT_CAP) {
    total = SEARCH_COUNT_CAP + 1; // the 档号 prefix alone holds more docs than the cap
  } else {
    // a broad prefix holds ≤ cap docs here unless filtered: collecting them is then the cheaper count
    const c = stream(where && a.prefixDocs > SEARCH_COUNT_CAP ? a.prefixBroad : a.prefixNarrow);
    total = db
      .prepare(`SELECT count(*) FROM (${c.sql} LIMIT ?)`)
      .pluck()
      .get(...c.params, SEARCH_COUNT_CAP + 1) as number;
  }
  const pg = stream(a.broad ? a.prefixBroad : a.prefixNarrow);
  const ids = db
    .prepare(`${pg.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...pg.params, pageEnd - offset, offset) as number[];
  return total > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, capped: true, ids } : { total, capped: false, ids };
}

/**
 * Search: count and page the matching doc ids (a non-empty query: searchQuery; the empty query
 * browses, e.g. the customer list, counted exactly), then fetch the display columns of those
 * ≤ limit ids.
 */
export function search(db: Db, query: string, filter: SearchFilter, offset: number, limit: number): SearchPage {
  const q = query.trim().toLowerCase();
  let total: number;
  let capped = false;
  let ids: number[];
  if (q !== '') {
    ({ total, capped, ids } = searchQuery(db, q, filter, offset, limit));
  } else {
    const f = filterSql(filter, 'd.customer_id');
    let where = f.where;
    const p: unknown[] = [...f.params];
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
    total = !where
      ? (db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number)
      : (db
          .prepare(`SELECT count(*) FROM search_docs d ${joins} ${where}`)
          .pluck()
          .get(...p) as number);
    ids = db
      .prepare(`SELECT d.id FROM search_docs d ${joins} ${where} ORDER BY d.kind, d.id LIMIT ? OFFSET ?`)
      .pluck()
      .all(...p, limit, offset) as number[];
  }
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT d.id AS doc_id, d.kind, d.ref_id, d.customer_id, a.archive_no, c.name, c.category, i.title, i.item_no, i.classification, i.custody_state,
                  r.name AS room_name, cb.code AS cabinet_code, l.shelf, l.position
             FROM search_docs d ${DETAIL_JOINS}
            WHERE d.id IN (${ids.map(() => '?').join(',')})`,
        )
        .all(...ids) as (HitDbRow & { doc_id: number })[])
    : [];
  // in the page's order
  const byId = new Map(rows.map((r) => [r.doc_id, r]));
  return {
    total,
    ...(capped ? { capped: true } : {}),
    hits: ids
      .map((id) => byId.get(id)!)
      .map((r) => ({
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
      note: r.remarks,
    })),
  };
}

/** R-SEC-2: 机密/绝密 items carry their mark in the remarks column, ahead of any remark. */
export function remarksWithMark(labels: readonly string[], classification: number, remarks: string | null): string {
  const mark = classification >= 2 ? `【${labels[classification] ?? classification}】` : '';
  return [mark, remarks ?? ''].filter(Boolean).join(' ');
}
