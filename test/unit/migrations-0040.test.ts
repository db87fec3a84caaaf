// Migration 0040 (item numbers, 件号) applied to an encrypted vault that already lives at version
// 30 with archives and items: every existing item gets its number in creation order, the
// counters continue from there, and the item 档号 is found (search.ts's 档号 prefix path; the
// search rows written at version 30 stay as they are), listed and printed like any other.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { itemLabels } from '../../electron/archive/export/labelData';
import { indexLines } from '../../electron/archive/export/indexLines';
import { insertItem } from '../../electron/archive/items';
import { writeTx } from '../../electron/vault/sql';
import { indexPage, search } from '../../electron/archive/search';
import { upsertSearchDoc } from '../../electron/archive/searchIndex';
import { ManualClock } from '../../electron/vault/clock';
import { openEncrypted, type Db } from '../../electron/vault/db';
import { newDataKey } from '../../electron/vault/keyslots';
import { migrate, schemaVersion } from '../../electron/vault/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/schema';
import type { ItemInput } from '../../electron/archive/contract/calls';
import { tempDir } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** What version 30 wrote: a customer with its archive and search row, items with title + type search rows. */
function seedAt30(db: Db) {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
  const customers = [
    [1, '中国银行', 'special', 'TS-2026-00001'],
    [2, '张秀英', 'general', 'YB-2026-00001'],
  ] as const;
  for (const [id, name, category, no] of customers) {
    db.prepare(`INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (?, ?, 'x', 'institution', ?, 'other', 'now')`).run(
      id,
      category,
      name,
    );
    db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at) VALUES (?, ?, ?, 'now')`).run(id, id, no);
    upsertSearchDoc(db, { kind: 'customer', refId: id, customerId: id, name, extra: [no] });
  }
  const items = [
    // id, archive, title, created_at — item 4 was entered with the clock set back a day
    [1, 1, '综合授信协议', '2026-03-01T08:00:00.000Z'],
    [2, 2, '开户申请表', '2026-03-01T08:30:00.000Z'],
    [3, 1, '董事会决议', '2026-03-01T09:00:00.000Z'],
    [4, 1, '担保合同', '2026-02-28T09:00:00.000Z'],
    [5, 1, '贷款对账单', '2026-03-02T09:00:00.000Z'],
  ] as const;
  for (const [id, archiveId, title, at] of items) {
    db.prepare(
      `INSERT INTO items(id, archive_id, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at, created_by)
       VALUES (?, ?, ?, '合同', 'paper', 'print', 0, '30y', 0, ?, 1)`,
    ).run(id, archiveId, title, at);
    upsertSearchDoc(db, { kind: 'item', refId: id, customerId: archiveId, name: title, extra: ['合同'] });
  }
}

test('R-ARCH-1 R-ARCH-3 R-IT-1 0040 numbers the items of a version-30 vault in creation order; the item 档号 is searchable, indexed and printed; new items continue the count', () => {
  const t = tempDir('ar-m40-');
  const key = newDataKey();
  const file = join(t.dir, 'vault.db');
  let db = openEncrypted(file, key);
  cleanup = () => {
    if (db.open) db.close();
    t.cleanup();
  };
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 30),
  );
  expect(schemaVersion(db)).toBe(30);
  db.transaction(() => seedAt30(db))();
  db.close();

  db = openEncrypted(file, key);
  expect(migrate(db)).toEqual({ from: 30, to: LATEST_VERSION });
  // created_at, then id: item 4 (28 Feb) is the archive's first
  expect(db.prepare('SELECT id, item_no FROM items ORDER BY id').all()).toEqual([
    { id: 1, item_no: 2 },
    { id: 2, item_no: 1 },
    { id: 3, item_no: 3 },
    { id: 4, item_no: 1 },
    { id: 5, item_no: 4 },
  ]);

  // the index lists every item under its own 档号, in 档号 order
  const idx = indexPage(db, {}, 0, 50);
  expect(idx.rows.map((r) => [r.itemArchiveNo, r.title])).toEqual([
    ['TS-2026-00001-001', '担保合同'],
    ['TS-2026-00001-002', '综合授信协议'],
    ['TS-2026-00001-003', '董事会决议'],
    ['TS-2026-00001-004', '贷款对账单'],
    ['YB-2026-00001-001', '开户申请表'],
  ]);
  // paging by cursor follows the same order
  const next = indexPage(db, {}, 0, 2, { archiveNo: 'TS-2026-00001', itemId: 1 });
  expect(next.rows.map((r) => r.itemArchiveNo)).toEqual(['TS-2026-00001-003', 'TS-2026-00001-004']);

  // found by the full item 档号, by a prefix reaching into the item number, and still by the archive number
  const found = (q: string) => search(db, q, {}, 0, 50).hits.map((h) => `${h.kind}:${h.itemArchiveNo ?? h.archiveNo}`);
  expect(found('TS-2026-00001-003')).toEqual(['item:TS-2026-00001-003']);
  expect(found('ts-2026-00001-00')).toEqual(['item:TS-2026-00001-002', 'item:TS-2026-00001-003', 'item:TS-2026-00001-001', 'item:TS-2026-00001-004']);
  expect(found('TS-2026-00001')).toEqual([
    'customer:TS-2026-00001',
    'item:TS-2026-00001-002',
    'item:TS-2026-00001-003',
    'item:TS-2026-00001-001',
    'item:TS-2026-00001-004',
  ]);
  // the title still finds the item, now shown under its 档号
  expect(found('贷款对账')).toEqual(['item:TS-2026-00001-004']);

  // labels and the index register data carry the item 档号
  expect(itemLabels(db, [3]).map((l) => [l.itemArchiveNo, JSON.parse(l.qrPayload)])).toEqual([
    ['TS-2026-00001-003', { archiveNo: 'TS-2026-00001', itemArchiveNo: 'TS-2026-00001-003', itemId: 3 }],
  ]);
  expect(indexLines(db, { customerId: 2 }).map((l) => l.itemArchiveNo)).toEqual(['YB-2026-00001-001']);

  // a new item continues the archive's count (never reuses a number)
  const clock = new ManualClock();
  const input: ItemInput = {
    customerId: 1,
    title: '展期协议',
    docType: '合同',
    copies: 1,
    carrier: 'paper',
    writingMedium: 'print',
    retention: '30y',
    classification: 0,
    remarks: undefined,
  };
  const made = writeTx(db, (w) => insertItem(w, clock, { id: 1, name: '专员' }, input));
  expect([made.itemNo, made.itemArchiveNo]).toEqual([5, 'TS-2026-00001-005']);
  expect(found('TS-2026-00001-005')).toEqual(['item:TS-2026-00001-005']);
  // reopening does nothing more
  expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
});
