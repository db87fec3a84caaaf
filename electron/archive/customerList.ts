// 客户档案 list (R-CUST-1, issue 12): one page of customers sorted by 档号, 名称, 类别 or 建档日期.
// Without a query it pages the customers table directly (the total is exact); with a query the
// search finds the matching customers (up to SEARCH_COUNT_CAP, reported as capped) and those are
// sorted — the count shown and the rows reachable by paging are always the same set.
import type { CustomerListInput, CustomerListPage, CustomerListRow } from './contract/calls';
import type { Db } from '../vault/db';
import { search, SEARCH_COUNT_CAP } from './search';

const ORDER: Record<CustomerListInput['sort'], string> = {
  archiveNo: 'a.archive_no',
  name: 'c.name',
  category: 'c.category',
  openedAt: 'a.opened_at',
};

export function listCustomers(db: Db, input: CustomerListInput): CustomerListPage {
  const { query, category, sort, dir, offset, limit } = input;
  const where: string[] = [];
  const params: unknown[] = [];
  let capped = false;
  if (category) {
    where.push('c.category = ?');
    params.push(category);
  }
  if (query.trim() !== '') {
    const found = search(db, query, { kind: 'customer', category }, 0, SEARCH_COUNT_CAP);
    capped = found.capped === true;
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(found.hits.map((h) => h.customerId)));
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db
    .prepare(`SELECT count(*) FROM customers c ${w}`)
    .pluck()
    .get(...params) as number;
  // the archive number breaks ties, so every sort is a stable total order (pages never overlap)
  const order = `${ORDER[sort]} ${dir === 'desc' ? 'DESC' : 'ASC'}${sort === 'archiveNo' ? '' : `, a.archive_no ${dir === 'desc' ? 'DESC' : 'ASC'}`}`;
  const rows = db
    .prepare(
      `WITH page AS (SELECT c.id, a.id AS archive_id FROM customers c JOIN archives a ON a.customer_id = c.id ${w} ORDER BY ${order} LIMIT ? OFFSET ?)
       SELECT c.id AS customerId, a.archive_no AS archiveNo, c.name, c.category, c.sub_type AS subType, a.opened_at AS openedAt,
              (SELECT count(*) FROM items i WHERE i.archive_id = a.id) AS itemCount
         FROM page p JOIN customers c ON c.id = p.id JOIN archives a ON a.id = p.archive_id ORDER BY ${order}`,
    )
    .all(...params, limit, offset) as CustomerListRow[];
  return { rows, total, ...(capped ? { capped: true as const } : {}) };
}
