// Search at scale (R-ARCH-3, issue 11): the streamed, capped search returns exactly the hits of
// the plain "every match, sorted" query — same docs, same order — up to SEARCH_COUNT_CAP; the
// total says how many can be paged through (capped: "1 000+"); the 档号-prefix source gives the
// same rows whether collected (narrow) or walked in doc order (broad prefix, > 1000 archives).
import { afterEach, describe, expect, test } from 'vitest';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import type { SearchPage } from '../../electron/archive/contract/calls';
import { SEARCH_COUNT_CAP } from '../../electron/archive/search';
import { afterPrefix } from '../../electron/archive/searchIndex';
import type { Db } from '../../electron/vault/db';
import { ok, setupArchive } from './archive-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The reference: every matching doc id, in order, by the pre-0050 query shape (prefix range over bigrams, no cap). */
function reference(db: Db, query: string): number[] {
  const q = query.trim().toLowerCase();
  const len = Array.from(q).length;
  const no = q.toUpperCase();
  const text =
    len >= 3
      ? { sql: 'SELECT rowid AS doc_id FROM search_fts WHERE search_fts MATCH ?', p: [`"${q.replaceAll('"', '""')}"`] }
      : len === 2
        ? { sql: 'SELECT doc_id FROM search_grams WHERE gram = ?', p: [q] }
        : {
            sql: 'SELECT doc_id FROM search_grams WHERE gram >= ? AND gram < ? AND length(gram) = 2 UNION SELECT doc_id FROM search_grams WHERE gram = ?',
            p: [q, afterPrefix(q), q],
          };
  return db
    .prepare(
      `${text.sql} UNION SELECT d.id FROM archives a JOIN search_docs d ON d.customer_id = a.customer_id WHERE a.archive_no >= ? AND a.archive_no < ? ORDER BY 1`,
    )
    .pluck()
    .all(...text.p, no, `${no}\uffff`) as number[];
}

async function scaled(customers: number, items: number) {
  const v = await setupArchive();
  cleanup = v.cleanup;
  const db = v.ctx.vault!.db;
  bulkSeedArchive(db, v.ctx.clock, { customers, items });
  const docId = db.prepare('SELECT id FROM search_docs WHERE kind = ? AND ref_id = ?').pluck();
  /** every hit the UI can page through, 500 at a time, as doc ids */
  const pageAll = async (query: string) => {
    const first = ok<SearchPage>(await v.call('archive.search', { query, limit: 500 }));
    const ids: number[] = [];
    for (let offset = 0; offset < first.total; offset += 500) {
      const p = ok<SearchPage>(await v.call('archive.search', { query, offset, limit: 500 }));
      expect(p.total).toBe(first.total);
      ids.push(...p.hits.map((h) => docId.get(h.kind, h.id) as number));
    }
    const beyond = ok<SearchPage>(await v.call('archive.search', { query, offset: first.total, limit: 50 }));
    return { total: first.total, capped: first.capped, ids, beyond: beyond.hits.length };
  };
  return { ...v, db, pageAll };
}

describe('search at scale (R-ARCH-3)', () => {
  test('R-ARCH-3 a capped total: exactly the first SEARCH_COUNT_CAP hits in order can be paged through, none beyond; below the cap the total is exact', async () => {
    const v = await scaled(120, 1200);
    // the most frequent character: more hits than the cap
    const common = v.db
      .prepare(`SELECT gram FROM search_grams WHERE length(gram) = 1 AND unicode(gram) > 13312 GROUP BY gram ORDER BY count(*) DESC LIMIT 1`)
      .pluck()
      .get() as string;
    const ref = reference(v.db, common);
    expect(ref.length).toBeGreaterThan(SEARCH_COUNT_CAP);
    const got = await v.pageAll(common);
    expect([got.total, got.capped, got.beyond]).toEqual([SEARCH_COUNT_CAP, true, 0]);
    expect(got.ids).toEqual(ref.slice(0, SEARCH_COUNT_CAP));
    // a rarer one (1, 2 and 3+ characters, pinyin initials): the exact total, every hit reachable
    const title = v.db.prepare('SELECT title FROM items WHERE id = 7').pluck().get() as string;
    const rare = [Array.from(title).slice(-2).join(''), Array.from(title).slice(0, 3).join(''), 'yh', 'zgyh'];
    for (const q of rare) {
      const r = reference(v.db, q);
      const g = await v.pageAll(q);
      expect({ q, total: g.total, capped: g.capped ?? false }).toEqual({ q, total: Math.min(r.length, SEARCH_COUNT_CAP), capped: r.length > SEARCH_COUNT_CAP });
      expect(g.ids).toEqual(r.slice(0, SEARCH_COUNT_CAP));
    }
  });

  test('R-ARCH-3 a 档号 prefix over more than 1000 archives (walked in doc order) gives the same hits as collecting them; a narrow one too', async () => {
    const v = await scaled(2200, 2200);
    const someNo = v.db.prepare('SELECT archive_no FROM archives WHERE id = 1500').pluck().get() as string;
    // 'YB' / 'TS': ~1100 archives each; 'YB-2026-0': the same; a 档号 cut before its last two digits: ~100
    for (const q of [someNo.slice(0, 2), `${someNo.slice(0, 8)}0`, someNo.slice(0, -2), someNo.slice(0, -1), someNo]) {
      const r = reference(v.db, q);
      expect(r.length, q).toBeGreaterThan(0);
      const g = await v.pageAll(q);
      expect({ q, total: g.total, capped: g.capped ?? false, beyond: g.beyond }).toEqual({
        q,
        total: Math.min(r.length, SEARCH_COUNT_CAP),
        capped: r.length > SEARCH_COUNT_CAP,
        beyond: 0,
      });
      expect(g.ids).toEqual(r.slice(0, SEARCH_COUNT_CAP));
    }
    // a filter on a broad prefix counts through the filter (customers only)
    const q = someNo.slice(0, 2);
    const kind = v.db.prepare('SELECT kind FROM search_docs WHERE id = ?').pluck();
    const refCustomers = reference(v.db, q).filter((id) => kind.get(id) === 'customer');
    expect(refCustomers.length).toBeGreaterThan(500);
    const cust = ok<SearchPage>(await v.call('archive.search', { query: q, filter: { kind: 'customer' }, offset: 490, limit: 20 }));
    expect([cust.total, cust.capped, cust.hits.length]).toEqual([Math.min(refCustomers.length, SEARCH_COUNT_CAP), undefined, 20]);
    expect(cust.hits.map((h) => v.db.prepare("SELECT id FROM search_docs WHERE kind = 'customer' AND ref_id = ?").pluck().get(h.id))).toEqual(
      refCustomers.slice(490, 510),
    );
  });
});
