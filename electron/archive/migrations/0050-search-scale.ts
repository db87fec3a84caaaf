// 0050: search at 1M items (R-ARCH-3, issue 11). search.ts now streams each source of matches in
// doc-id order and stops after the page (and after SEARCH_COUNT_CAP for the total), so a query
// reads about as many index entries as it shows. For that:
//   - search_grams also lists every single character of name/title and initials (charGrams): a
//     1-character query becomes one exact lookup in doc-id order instead of a prefix range over
//     every bigram starting with it, sorted before the first page;
//   - archives(customer_id, archive_no): the 档号-prefix source tests "is this doc's archive in
//     the range" with one index probe while walking docs in order (a broad prefix like 'TS-2026-');
//   - archives(archive_no, next_item_no): the prefix's document count (the archive + its items,
//     items are never deleted and numbered from the counter) summed from the index alone.
// The file stays a standard SQLCipher 4 database (page size and KDF settings untouched).
import type { Migration } from '../../vault/migrations/types';
import { charGrams } from '../searchIndex';

export const m0050: Migration = {
  version: 50,
  name: 'search-scale',
  up(db) {
    db.exec(`
      CREATE INDEX archives_customer_no ON archives(customer_id, archive_no);
      CREATE INDEX archives_no_docs ON archives(archive_no, next_item_no);
    `);
    // in chunks: better-sqlite3 runs no other statement while one is being iterated
    const docs = db.prepare(
      `SELECT d.id, coalesce(c.name, i.title) AS name, f.py_init
         FROM search_docs d
         LEFT JOIN customers c ON d.kind = 'customer' AND c.id = d.ref_id
         LEFT JOIN items i ON d.kind = 'item' AND i.id = d.ref_id
         JOIN search_fts f ON f.rowid = d.id
        WHERE d.id > ? ORDER BY d.id LIMIT 20000`,
    );
    const ins = db.prepare('INSERT OR IGNORE INTO search_grams(gram, doc_id) VALUES (?, ?)');
    for (let after = 0; ;) {
      const rows = docs.all(after) as { id: number; name: string | null; py_init: string | null }[];
      if (!rows.length) break;
      for (const d of rows) for (const g of charGrams(d.name ?? '', d.py_init ?? '')) ins.run(g, d.id);
      after = rows[rows.length - 1]!.id;
    }
  },
};
