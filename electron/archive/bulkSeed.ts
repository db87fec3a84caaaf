// Bulk sample data for the benchmark and the demo at volume (100 000 customers / 1 000 000
// items): the same rows seed.ts writes through insertCustomer/insertItem, but as plain prepared
// INSERTs in large transactions. At that volume the per-row domain path (~1 ms/row: a hash-chained
// audit entry per row, pinyin per row) would take half an hour; this takes minutes.
//
// What stays real, so search results and the index are exactly what the app would show:
//   - archive numbers come from nextArchiveNo() with the policy pattern (counters advance too),
//     item numbers (件号) from nextItemNo() (the archive's counter advances too), as for insertItem();
//   - retention end and the non-durable flag from retentionUntil() / NON_DURABLE_MEDIA;
//   - the search index rows use the SQL of upsertSearchDoc() and its pinyinForms()/searchGrams()
//     (memoised per distinct name: the sample vocabulary is small, and pinyin costs ~60 µs).
// What differs on purpose: ONE audit entry per batch ('archive.seed' with counts and the id
// ranges) instead of one per row. This is a bench/demo tool run on a fresh or demo vault, never
// an operator path — no person created these records, so per-record entries would describe
// nothing that happened, and the summary entry still puts the bulk write in the hash chain.
import { appendAudit } from '../audit/append';
import type { Actor } from '../people/users';
import { NON_DURABLE_MEDIA, type CustomerInput, type ItemInput } from './contract/calls';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { retentionUntil } from './items';
import { nextArchiveNo, nextItemNo } from './numbering';
import { getArchivePolicy } from './policy';
import { rng, sampleCustomer, sampleItem } from './seed';
import { pinyinForms, searchGrams, type PinyinForms } from './searchIndex';
import { stmt, writeTx } from '../vault/sql';

/** Bump when the generated data changes: the bench cache keys on it. */
export const BULK_SEED_FORMAT = 2;

export interface BulkSeedOptions {
  customers: number;
  /** spread evenly over the customers (the first ones get one more when it does not divide) */
  items: number;
  /** customers per transaction (their items go into the same transaction) */
  batchCustomers?: number;
  seed?: number;
  actor?: Actor;
  /** called after each committed batch */
  onProgress?: (done: { customers: number; items: number }) => void;
}

interface SearchRowInput {
  kind: 'customer' | 'item';
  refId: number;
  customerId: number;
  name: string;
  extra: string[];
}

/**
 * Writes n customers (each with its archive) and m items into db — a vault's db or a plain one
 * with the same schema. Deterministic: the same options give the same rows.
 */
export function bulkSeedArchive(db: Db, clock: Clock, opts: BulkSeedOptions): { customers: number; items: number } {
  const r = rng(opts.seed ?? 20261127);
  const actor = opts.actor ?? { id: null, name: '示例数据' };
  const batch = opts.batchCustomers ?? 2000;
  const n = opts.customers;
  const perCustomer = n > 0 ? Math.floor(opts.items / n) : 0;
  const extraItems = n > 0 ? opts.items % n : 0;
  const base = (db.prepare('SELECT count(*) FROM customers').pluck().get() as number) + 1;

  const pinyinMemo = new Map<string, { py: PinyinForms; grams: string[] }>();
  const pinyinOf = (name: string) => {
    let e = pinyinMemo.get(name);
    if (!e) {
      const py = pinyinForms(name);
      pinyinMemo.set(name, (e = { py, grams: searchGrams(name, py.initials) }));
    }
    return e;
  };
  // Same statements and values as upsertSearchDoc() for a document that does not exist yet.
  const insDoc = stmt(db, 'INSERT INTO search_docs(kind, ref_id, customer_id) VALUES (?, ?, ?)');
  const insFts = stmt(db, 'INSERT INTO search_fts(rowid, text, py_full, py_init) VALUES (?, ?, ?, ?)');
  const insGram = stmt(db, 'INSERT OR IGNORE INTO search_grams(gram, doc_id) VALUES (?, ?)');
  const searchRows = (d: SearchRowInput) => {
    const id = Number(insDoc.run(d.kind, d.refId, d.customerId).lastInsertRowid);
    const { py, grams } = pinyinOf(d.name);
    insFts.run(id, [d.name, ...d.extra.filter(Boolean)].join(' '), py.full, py.initials);
    for (const g of grams) insGram.run(g, id);
  };
  // Same columns as insertCustomer() / insertItem().
  const insCustomer = stmt(
    db,
    `INSERT INTO customers(category, sub_type, party_kind, name, id_kind, id_number, contact_person, phone, email, address,
       relationship_owner_id, first_contact_date, remarks, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insArchive = stmt(db, 'INSERT INTO archives(customer_id, archive_no, opened_at) VALUES (?, ?, ?)');
  const insItem = stmt(
    db,
    `INSERT INTO items(archive_id, item_no, title, doc_type, doc_date, pages, copies, carrier, writing_medium, non_durable, retention,
       retention_until, classification, custodian_id, remarks, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const customer = (c: CustomerInput, now: Date, pattern: string) => {
    const idNumber = c.idNumber ? c.idNumber : null;
    const customerId = Number(
      insCustomer.run(
        c.category,
        c.subType,
        c.partyKind,
        c.name,
        c.idKind,
        idNumber,
        c.contactPerson ?? null,
        c.phone ?? null,
        c.email ?? null,
        c.address ?? null,
        null,
        c.firstContactDate ?? null,
        c.remarks ?? null,
        now.toISOString(),
        actor.id,
      ).lastInsertRowid,
    );
    const archiveNo = nextArchiveNo(db, pattern, c.category, now);
    const archiveId = Number(insArchive.run(customerId, archiveNo, now.toISOString()).lastInsertRowid);
    searchRows({ kind: 'customer', refId: customerId, customerId, name: c.name, extra: [archiveNo, idNumber ?? '', c.contactPerson ?? ''] });
    return { customerId, archiveId };
  };
  const item = (archiveId: number, i: ItemInput, now: Date) => {
    const nonDurable = NON_DURABLE_MEDIA.includes(i.writingMedium);
    const itemNo = nextItemNo(db, archiveId);
    const id = Number(
      insItem.run(
        archiveId,
        itemNo,
        i.title,
        i.docType,
        i.docDate ?? null,
        i.pages ?? null,
        i.copies,
        i.carrier,
        i.writingMedium,
        nonDurable ? 1 : 0,
        i.retention,
        retentionUntil(i.retention, i.docDate, now),
        i.classification,
        null,
        i.remarks ?? null,
        now.toISOString(),
        actor.id,
      ).lastInsertRowid,
    );
    searchRows({ kind: 'item', refId: id, customerId: i.customerId, name: i.title, extra: [i.docType] });
    return id;
  };

  let items = 0;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    writeTx(db, (w) => {
      const now = clock.now();
      const pattern = getArchivePolicy(db).numberPattern;
      let firstCustomer = 0;
      let firstItem = 0;
      let batchItems = 0;
      let lastItem = 0;
      for (let i = start; i < end; i++) {
        const { customerId, archiveId } = customer(sampleCustomer(base + i, r), now, pattern);
        firstCustomer ||= customerId;
        const count = perCustomer + (i < extraItems ? 1 : 0);
        // no custodian: sample items stay 普通/秘密 (a 机密 item needs a real custodian user)
        for (let k = 0; k < count; k++) {
          lastItem = item(archiveId, sampleItem(customerId, r), now);
          firstItem ||= lastItem;
          batchItems++;
        }
      }
      appendAudit(w, clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'archive.seed',
        entity: 'archive',
        entityId: null,
        detail: {
          customers: end - start,
          items: batchItems,
          customerIds: [firstCustomer, firstCustomer + (end - start) - 1],
          itemIds: batchItems ? [firstItem, lastItem] : null,
          tool: 'bulkSeedArchive',
        },
      });
      items += batchItems;
    });
    opts.onProgress?.({ customers: end, items });
  }
  return { customers: n, items };
}
