// The bench/demo bulk seed (electron/archive/bulkSeed.ts) must write what the domain path would:
// the same search index rows (so benchmarked searches are real), real archive numbers, and a
// hash chain that still verifies — with one summary audit entry per batch.
import { afterEach, describe, expect, test } from 'vitest';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import { search } from '../../electron/archive/search';
import { pinyinForms, upsertSearchDoc } from '../../electron/archive/searchIndex';
import { verifyOpenVault } from '../../electron/audit/verify';
import type { Db } from '../../electron/vault/db';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function seeded(customers: number, items: number, batchCustomers: number) {
  const t = tempDir();
  const opts = testVaultOptions();
  const { vault } = await Vault.create(t.dir, opts);
  cleanup = () => {
    vault.close();
    t.cleanup();
  };
  bulkSeedArchive(vault.db, opts.clock, { customers, items, batchCustomers });
  return { vault, clock: opts.clock };
}

function indexRows(db: Db, docId: number) {
  return {
    fts: db.prepare('SELECT text, py_full, py_init FROM search_fts WHERE rowid = ?').get(docId),
    grams: db.prepare('SELECT gram FROM search_grams WHERE doc_id = ? ORDER BY gram').pluck().all(docId),
  };
}

describe('bulkSeedArchive', () => {
  test('R-ARCH-3 writes the very search index rows upsertSearchDoc would write', async () => {
    const { vault } = await seeded(30, 100, 7);
    const db = vault.db;
    const docs = db.prepare('SELECT id, kind, ref_id, customer_id FROM search_docs ORDER BY id').all() as {
      id: number;
      kind: 'customer' | 'item';
      ref_id: number;
      customer_id: number;
    }[];
    expect(docs).toHaveLength(130);
    vault.tx(() => {
      for (const d of docs) {
        const before = indexRows(db, d.id);
        expect(before.grams.length).toBeGreaterThan(0);
        if (d.kind === 'customer') {
          const c = db
            .prepare('SELECT c.name, c.id_number, c.contact_person, a.archive_no FROM customers c JOIN archives a ON a.customer_id = c.id WHERE c.id = ?')
            .get(d.ref_id) as {
            name: string;
            id_number: string | null;
            contact_person: string | null;
            archive_no: string;
          };
          upsertSearchDoc(db, {
            kind: 'customer',
            refId: d.ref_id,
            customerId: d.customer_id,
            name: c.name,
            extra: [c.archive_no, c.id_number ?? '', c.contact_person ?? ''],
          });
        } else {
          const i = db.prepare('SELECT title, doc_type FROM items WHERE id = ?').get(d.ref_id) as { title: string; doc_type: string };
          upsertSearchDoc(db, { kind: 'item', refId: d.ref_id, customerId: d.customer_id, name: i.title, extra: [i.doc_type] });
        }
        expect(indexRows(db, d.id)).toEqual(before);
      }
    });
  });

  test('R-ARCH-3 items spread over the customers, real archive numbers, found by pinyin initials and number prefix', async () => {
    const { vault } = await seeded(12, 50, 5);
    const db = vault.db;
    const perArchive = db
      .prepare('SELECT count(i.id) FROM archives a LEFT JOIN items i ON i.archive_id = a.id GROUP BY a.id ORDER BY a.id')
      .pluck()
      .all() as number[];
    expect(perArchive).toEqual([5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const nos = db.prepare('SELECT archive_no FROM archives ORDER BY id').pluck().all() as string[];
    expect(new Set(nos).size).toBe(12);
    const counters = db.prepare('SELECT sum(last_seq) FROM archive_counters').pluck().get();
    expect(counters).toBe(12);
    const name = db.prepare('SELECT name FROM customers WHERE id = 3').pluck().get() as string;
    const hits = search(db, pinyinForms(name).initials, { kind: 'customer' }, 0, 50).hits;
    expect(hits.map((h) => h.id)).toContain(3);
    expect(search(db, nos[7]!.slice(0, -1), {}, 0, 50).hits.map((h) => h.archiveNo)).toContain(nos[7]);
  });

  test("R-ARCH-1 R-ARCH-3 item numbers: each archive's items numbered 1..n in creation order, counters advanced, found by item 档号", async () => {
    const { vault } = await seeded(6, 20, 4);
    const db = vault.db;
    const rows = db.prepare('SELECT i.archive_id, i.item_no FROM items i ORDER BY i.id').all() as { archive_id: number; item_no: number }[];
    const byArchive = new Map<number, number[]>();
    for (const r of rows) byArchive.set(r.archive_id, [...(byArchive.get(r.archive_id) ?? []), r.item_no]);
    expect([...byArchive.values()]).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(db.prepare('SELECT next_item_no FROM archives ORDER BY id').pluck().all()).toEqual([5, 5, 4, 4, 4, 4]);
    const no = db.prepare('SELECT archive_no FROM archives WHERE id = 2').pluck().get() as string;
    expect(search(db, `${no}-004`, {}, 0, 50).hits.map((h) => h.itemArchiveNo)).toEqual([`${no}-004`]);
    expect(search(db, `${no}-00`, {}, 0, 50).hits.map((h) => h.itemArchiveNo)).toEqual([1, 2, 3, 4].map((n) => `${no}-00${n}`));
  });

  test('R-IT-1 R-ARCH-3 one archive.seed audit entry per batch, none per row, and the chain verifies', async () => {
    const { vault, clock } = await seeded(25, 60, 10);
    const db = vault.db;
    const entries = db.prepare(`SELECT action, detail_json FROM audit_entry WHERE action LIKE 'archive.%' ORDER BY seq`).all() as {
      action: string;
      detail_json: string;
    }[];
    expect(entries.map((e) => e.action)).toEqual(['archive.seed', 'archive.seed', 'archive.seed']);
    const details = entries.map((e) => JSON.parse(e.detail_json) as { customers: number; items: number; customerIds: number[] });
    expect(details.map((d) => d.customers)).toEqual([10, 10, 5]);
    expect(details.reduce((n, d) => n + d.items, 0)).toBe(60);
    expect(details[2]!.customerIds).toEqual([21, 25]);
    expect(verifyOpenVault(vault, { clock }).ok).toBe(true);
  });
});
