// R-IT-1 schema migrations: one file per version, all pending applied in ONE transaction,
// a vault newer than the code refused with a clear message, a test per migration.
//
// Adding a migration? Add its case to MIGRATION_CASES below — the coverage test fails until you do.
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DomainError } from '../../electron/contract/result';
import { translate } from '../../electron/contract/messages';
import { openEncrypted, type Db } from '../../electron/vault/db';
import { newDataKey } from '../../electron/vault/keyslots';
import { migrate, schemaVersion } from '../../electron/vault/migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/schema';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';
import { inspectionsMigrationCases } from './inspections-migration';
import { reportsMigrationCase } from './reports-migration';
import { incidentsMigrationCase } from './incidents-migration';
import { inspectionPhotosMigrationCase } from './inspection-photos-migration';
import { destructionMigrationCase } from './destruction-migration';
import { approvalsMigrationCase } from './approvals-migration';
import { loansMigrationCase } from './loans-migration';
import { policyMigrationCase } from './policy-migration';
import { printcheckMigrationCase } from './printcheck-migration';
import { accessMigrationCase, copiesMigrationCase } from './access-migration';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function freshDb(): Db {
  const t = tempDir('ar-mig-');
  const db = openEncrypted(join(t.dir, 'vault.db'), newDataKey());
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  return db;
}

const tables = (db: Db) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
const schemaSnapshot = (db: Db) => db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();

interface MigrationCase {
  /** optional: rows written at the PREVIOUS version, before this migration runs (data it must carry over) */
  seed?(db: Db): void;
  /** runs on a database migrated exactly up to this version */
  check(db: Db): void;
}

const seedUser = (db: Db) =>
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'admin', '管理员', '["sysadmin"]', 'now')`).run();
const appendRaw = (db: Db, seq: number) =>
  db
    .prepare(`INSERT INTO audit_entry(seq, at, action, entity, detail_json, prev_hash, hash) VALUES (?, 'now', 'x', 'y', '{}', ?, ?)`)
    .run(seq, String(seq - 1), String(seq));

const MIGRATION_CASES: Record<number, MigrationCase> = {
  10: {
    check(db) {
      expect(tables(db)).toEqual(['audit_entry', 'audit_verifications', 'checkpoints', 'meta', 'settings', 'signatures', 'user_keys', 'users']);
      // audit_entry is append-only: inserts work, UPDATE and DELETE are blocked by triggers.
      appendRaw(db, 1);
      appendRaw(db, 2);
      expect(() => db.prepare(`UPDATE audit_entry SET action = 'forged' WHERE seq = 1`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM audit_entry WHERE seq = 2`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM audit_entry`).run()).toThrow(/append-only/);
      expect(db.prepare('SELECT count(*) FROM audit_entry').pluck().get()).toBe(2);
      // signatures are append-only too.
      seedUser(db);
      db.prepare(`INSERT INTO user_keys(id, user_id, public_key, wrapped_private_json, created_at) VALUES (1, 1, 'pk', '{}', 'now')`).run();
      db.prepare(
        `INSERT INTO signatures(record_type, record_id, content_hash, signer_id, signer_name, meaning, at, audit_head, key_id, signature)
         VALUES ('r', '1', 'h', 1, '管理员', 'approved', 'now', 'head', 1, 'sig')`,
      ).run();
      expect(() => db.prepare(`UPDATE signatures SET meaning = 'rejected'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM signatures`).run()).toThrow(/append-only/);
      // Constraints the domain relies on.
      expect(() => db.prepare(`INSERT INTO users(login, display_name, roles_json, created_at) VALUES ('ADMIN', 'x', '[]', 'now')`).run()).toThrow(/UNIQUE/);
      expect(() => db.prepare(`INSERT INTO user_keys(user_id, public_key, wrapped_private_json, created_at) VALUES (42, 'pk', '{}', 'now')`).run()).toThrow(
        /FOREIGN KEY/,
      );
    },
  },
  20: {
    check(db) {
      const t = tables(db);
      for (const name of [
        'customers',
        'archives',
        'archive_counters',
        'rooms',
        'cabinets',
        'locations',
        'items',
        'movements',
        'custody_events',
        'handovers',
        'search_docs',
        'search_fts',
        'search_grams',
      ]) {
        expect(t, name).toContain(name);
      }
      seedUser(db);
      db.prepare(
        `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'general', 'x', 'person', '张三', 'residentId', 'now')`,
      ).run();
      db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at) VALUES (1, 1, 'TS-2026-0001', 'now')`).run();
      db.prepare(
        `INSERT INTO items(id, archive_id, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
         VALUES (1, 1, '贷款合同', 'contract', 'paper', 'print', 0, '30y', 0, 'now')`,
      ).run();
      // Archives are never deleted or renumbered; items are never deleted.
      expect(() => db.prepare('DELETE FROM customers').run()).toThrow(/never deleted/);
      expect(() => db.prepare('DELETE FROM archives').run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE archives SET archive_no = 'TS-2026-0002'`).run()).toThrow(/never change/);
      expect(() => db.prepare('DELETE FROM items').run()).toThrow(/never deleted/);
      // Custody state is derived from the append-only custody events.
      db.prepare(`INSERT INTO custody_events(item_id, state, at) VALUES (1, 'onShelf', 'now')`).run();
      expect(db.prepare('SELECT custody_state FROM items WHERE id = 1').pluck().get()).toBe('onShelf');
      expect(() => db.prepare(`UPDATE custody_events SET state = 'destroyed'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM custody_events').run()).toThrow(/append-only/);
      db.prepare(`INSERT INTO movements(item_id, at, by_id) VALUES (1, 'now', 1)`).run();
      expect(() => db.prepare('DELETE FROM movements').run()).toThrow(/append-only/);
      // Classified items (≥ 2) need a custodian.
      expect(() =>
        db
          .prepare(
            `INSERT INTO items(archive_id, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
             VALUES (1, 'x', 'contract', 'paper', 'print', 0, '30y', 2, 'now')`,
          )
          .run(),
      ).toThrow(/CHECK/);
    },
  },
  30: {
    check(db) {
      expect(tables(db)).toEqual(expect.arrayContaining(['attachments', 'attachment_blobs']));
      seedUser(db);
      db.prepare(
        `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'general', 'x', 'person', '张三', 'residentId', 'now')`,
      ).run();
      db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at) VALUES (1, 1, 'TS-2026-0001', 'now')`).run();
      db.prepare(
        `INSERT INTO items(id, archive_id, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
         VALUES (1, 1, '贷款合同', 'contract', 'paper', 'print', 0, '30y', 0, 'now')`,
      ).run();
      const add = (mime: string) =>
        db
          .prepare(`INSERT INTO attachments(item_id, file_name, mime, size, sha256, added_at, added_by) VALUES (1, 'a.pdf', ?, 4, ?, 'now', 1)`)
          .run(mime, 'a'.repeat(64));
      add('application/pdf');
      db.prepare(`INSERT INTO attachment_blobs(attachment_id, data) VALUES (1, x'25504446')`).run();
      // Only the four scan types; never deleted; content and bytes never change.
      expect(() => add('application/zip')).toThrow(/CHECK/);
      expect(() => db.prepare('DELETE FROM attachments').run()).toThrow(/never deleted/);
      expect(() => db.prepare('DELETE FROM attachment_blobs').run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE attachments SET file_name = 'b.pdf'`).run()).toThrow(/never change/);
      expect(() => db.prepare(`UPDATE attachment_blobs SET data = x'00'`).run()).toThrow(/never change/);
      // Withdrawn once, with a reason.
      expect(() => db.prepare(`UPDATE attachments SET withdrawn_at = 'now', withdrawn_by = 1`).run()).toThrow(/CHECK/);
      db.prepare(`UPDATE attachments SET withdrawn_at = 'now', withdrawn_by = 1, withdrawn_reason = '重复扫描'`).run();
      expect(() => db.prepare(`UPDATE attachments SET withdrawn_reason = '改口'`).run()).toThrow(/withdrawn once/);
      expect(() =>
        db
          .prepare(`INSERT INTO attachments(item_id, file_name, mime, size, sha256, added_at, added_by) VALUES (42, 'a.pdf', 'image/png', 4, ?, 'now', 1)`)
          .run('a'.repeat(64)),
      ).toThrow(/FOREIGN KEY/);
    },
  },
  40: {
    // at version 30: two archives, items created out of id order in the first (a clock set back)
    seed(db) {
      seedUser(db);
      for (const [id, no] of [
        [1, 'TS-2026-00001'],
        [2, 'YB-2026-00001'],
      ] as const) {
        db.prepare(
          `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (?, 'general', 'x', 'person', '张三', 'other', 'now')`,
        ).run(id);
        db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at) VALUES (?, ?, ?, 'now')`).run(id, id, no);
      }
      const item = (id: number, archiveId: number, title: string, createdAt: string) => {
        db.prepare(
          `INSERT INTO items(id, archive_id, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
           VALUES (?, ?, ?, '合同', 'paper', 'print', 0, '30y', 0, ?)`,
        ).run(id, archiveId, title, createdAt);
        // the search row as version 30 wrote it: title + document type
        db.prepare(`INSERT INTO search_docs(id, kind, ref_id, customer_id) VALUES (?, 'item', ?, ?)`).run(100 + id, id, archiveId);
        db.prepare(`INSERT INTO search_fts(rowid, text, py_full, py_init) VALUES (?, ?, 'py', 'py')`).run(100 + id, `${title} 合同`);
      };
      item(1, 1, '授信协议', '2026-03-01T08:00:00.000Z');
      item(2, 2, '开户资料', '2026-03-01T09:00:00.000Z');
      item(3, 1, '担保合同', '2026-02-27T10:00:00.000Z');
      item(4, 1, '还款计划', '2026-03-01T08:00:00.000Z');
      item(5, 1, '对账单', '2026-03-02T08:00:00.000Z');
    },
    check(db) {
      // numbered per archive in creation order (created_at, then id); counters set past the last
      expect(db.prepare('SELECT id, archive_id, item_no FROM items ORDER BY id').all()).toEqual([
        { id: 1, archive_id: 1, item_no: 2 },
        { id: 2, archive_id: 2, item_no: 1 },
        { id: 3, archive_id: 1, item_no: 1 },
        { id: 4, archive_id: 1, item_no: 3 },
        { id: 5, archive_id: 1, item_no: 4 },
      ]);
      expect(db.prepare('SELECT next_item_no FROM archives ORDER BY id').pluck().all()).toEqual([5, 2]);
      // the search rows stay as they were (the item 档号 is found by search.ts's prefix path, migrations-0040.test.ts)
      expect(db.prepare('SELECT text FROM search_fts ORDER BY rowid').pluck().all()).toEqual([
        '授信协议 合同',
        '开户资料 合同',
        '担保合同 合同',
        '还款计划 合同',
        '对账单 合同',
      ]);
      const insert = (archiveId: number, itemNo: number | null) =>
        db
          .prepare(
            `INSERT INTO items(archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
             VALUES (?, ?, 'x', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
          )
          .run(archiveId, itemNo);
      const take = (archiveId: number) =>
        db.prepare('UPDATE archives SET next_item_no = next_item_no + 1 WHERE id = ? RETURNING next_item_no - 1').pluck().get(archiveId) as number;
      // a number comes from the archive's counter: none, or one the counter has not handed out, is refused
      expect(() => insert(1, null)).toThrow(/archive counter/);
      expect(() => insert(1, 5)).toThrow(/archive counter/);
      expect(take(1)).toBe(5);
      insert(1, 5);
      // never twice in one archive; the other archive has its own sequence
      db.prepare('UPDATE archives SET next_item_no = 7 WHERE id = 1').run();
      expect(() => insert(1, 4)).toThrow(/UNIQUE/);
      expect(take(2)).toBe(2);
      insert(2, 2);
      // never renumbered or moved to another archive; the counter never goes back (numbers never reused)
      expect(() => db.prepare('UPDATE items SET item_no = 9 WHERE id = 1').run()).toThrow(/never change/);
      expect(() => db.prepare('UPDATE items SET archive_id = 2 WHERE id = 1').run()).toThrow(/never change/);
      expect(() => db.prepare('UPDATE archives SET next_item_no = 3 WHERE id = 1').run()).toThrow(/never reused/);
      // the rest of an item still changes as before (custody cache, location)
      db.prepare(`INSERT INTO custody_events(item_id, state, at) VALUES (1, 'onShelf', 'now')`).run();
      expect(db.prepare('SELECT custody_state FROM items WHERE id = 1').pluck().get()).toBe('onShelf');
    },
  },
  50: {
    // at version 40: a customer and an item with the search rows version 40 wrote (bigrams + last character)
    seed(db) {
      seedUser(db);
      db.prepare(
        `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'x', 'institution', '中国银行', 'other', 'now')`,
      ).run();
      db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
      db.prepare(
        `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
         VALUES (1, 1, 1, '贷款合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
      ).run();
      const doc = (id: number, kind: string, text: string, init: string, grams: string[]) => {
        db.prepare(`INSERT INTO search_docs(id, kind, ref_id, customer_id) VALUES (?, ?, 1, 1)`).run(id, kind);
        db.prepare(`INSERT INTO search_fts(rowid, text, py_full, py_init) VALUES (?, ?, '', ?)`).run(id, text, init);
        for (const g of grams) db.prepare('INSERT INTO search_grams(gram, doc_id) VALUES (?, ?)').run(g, id);
      };
      doc(1, 'customer', '中国银行 TS-2026-00001', 'zgyh', ['中国', '国银', '银行', '行', 'zg', 'gy', 'yh', 'h']);
      doc(2, 'item', '贷款合同 合同', 'dkht', ['贷款', '款合', '合同', '同', 'dk', 'kh', 'ht', 't']);
    },
    check(db) {
      // every single character of name/title and initials is now a gram: a 1-character query is one exact lookup
      const grams = (docId: number) => db.prepare('SELECT gram FROM search_grams WHERE doc_id = ? ORDER BY gram').pluck().all(docId);
      expect(grams(1)).toEqual(['g', 'gy', 'h', 'y', 'yh', 'z', 'zg', '中', '中国', '国', '国银', '行', '银', '银行'].sort());
      expect(grams(2)).toEqual(['d', 'dk', 'h', 'ht', 'k', 'kh', 't', '款', '款合', '合', '合同', '同', '贷', '贷款'].sort());
      expect(db.prepare(`SELECT doc_id FROM search_grams WHERE gram = '国'`).pluck().all()).toEqual([1]);
      // the 档号-prefix source's indexes: docs per archive from the index alone, archive of a doc's customer
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
      expect(plan(`SELECT sum(next_item_no) FROM archives INDEXED BY archives_no_docs WHERE archive_no >= 'TS' AND archive_no < 'TT'`)).toMatch(
        /COVERING INDEX archives_no_docs/,
      );
      expect(plan(`SELECT archive_no FROM archives INDEXED BY archives_customer_no WHERE customer_id = 1`)).toMatch(/COVERING INDEX archives_customer_no/);
      expect(db.prepare(`SELECT sum(next_item_no) FROM archives WHERE archive_no >= 'TS' AND archive_no < 'TT'`).pluck().get()).toBe(2);
    },
  },
  ...approvalsMigrationCase,
  ...accessMigrationCase,
  ...loansMigrationCase,
  ...policyMigrationCase,
  ...copiesMigrationCase,
  ...inspectionsMigrationCases,
  ...printcheckMigrationCase,
  ...reportsMigrationCase,
  ...incidentsMigrationCase,
  ...inspectionPhotosMigrationCase,
  ...destructionMigrationCase,
};

describe('migrations', () => {
  test('R-IT-1 migrations are ordered by strictly increasing version with unique names', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  test('R-IT-1 every migration has a test case', () => {
    const missing = MIGRATIONS.filter((m) => !MIGRATION_CASES[m.version]).map((m) => `${m.version}-${m.name}`);
    expect(missing, 'add a case for each to MIGRATION_CASES in test/unit/migrations.test.ts').toEqual([]);
  });

  describe.each(MIGRATIONS.map((m, i) => [`${m.version}-${m.name}`, i] as const))('migration %s', (_label, i) => {
    const m = MIGRATIONS[i]!;
    test(`R-IT-1 applies from the previous version and its schema behaves as intended`, () => {
      const c = MIGRATION_CASES[m.version];
      if (!c) throw new Error(`no test case for migration ${m.version}-${m.name}: add one to MIGRATION_CASES`);
      const db = freshDb();
      migrate(db, MIGRATIONS.slice(0, i));
      expect(schemaVersion(db)).toBe(i === 0 ? 0 : MIGRATIONS[i - 1]!.version);
      c.seed?.(db);
      expect(migrate(db, MIGRATIONS.slice(0, i + 1))).toEqual({ from: i === 0 ? 0 : MIGRATIONS[i - 1]!.version, to: m.version });
      expect(schemaVersion(db)).toBe(m.version);
      c.check(db);
    });
  });

  test('R-IT-1 all pending migrations are applied in one transaction: a failure leaves the vault exactly as it was', () => {
    const failing: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 10, name: 'good', up: (db) => db.exec('CREATE TABLE later_good (x INTEGER) STRICT') },
      {
        version: LATEST_VERSION + 20,
        name: 'bad',
        up: (db) => {
          db.exec('CREATE TABLE later_bad (x INTEGER) STRICT');
          throw new Error('migration exploded');
        },
      },
    ];
    // From empty: nothing at all is created.
    const empty = freshDb();
    expect(() => migrate(empty, failing)).toThrow('migration exploded');
    expect(schemaVersion(empty)).toBe(0);
    expect(tables(empty)).toEqual([]);

    // From the latest version: the earlier good pending migration is rolled back too.
    const current = freshDb();
    migrate(current);
    const before = schemaSnapshot(current);
    expect(() => migrate(current, failing)).toThrow('migration exploded');
    expect(schemaVersion(current)).toBe(LATEST_VERSION);
    expect(schemaSnapshot(current)).toEqual(before);
  });

  test('R-IT-1 a vault newer than this program is refused with VAULT_NEWER and a clear message, untouched', () => {
    const db = freshDb();
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    const before = schemaSnapshot(db);
    let err: unknown;
    try {
      migrate(db);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('VAULT_NEWER');
    expect((err as DomainError).message).toMatch(new RegExp(`${LATEST_VERSION + 10}.*newer`));
    expect((err as DomainError).data).toEqual({ version: LATEST_VERSION + 10, latest: LATEST_VERSION });
    expect(translate('zh-CN', 'errors.VAULT_NEWER', (err as DomainError).data)).toContain(String(LATEST_VERSION + 10));
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 10);
    expect(schemaSnapshot(db)).toEqual(before);
  });

  test('R-IT-1 opening a newer vault through Vault refuses it (VAULT_NEWER) and closes the file', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { vault } = await Vault.create(t.dir, testVaultOptions());
    vault.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const key = vault.withDataKey((k) => Buffer.from(k));
    vault.close();
    expect(() => Vault.openWithDataKey(t.dir, key, testVaultOptions())).toThrow(expect.objectContaining({ code: 'VAULT_NEWER' }));
  });

  test('R-IT-1 migrating twice is a no-op', () => {
    const db = freshDb();
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
    db.prepare(`INSERT INTO settings(key, value_json) VALUES ('k', '"v"')`).run();
    const before = schemaSnapshot(db);
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(schemaSnapshot(db)).toEqual(before);
    expect(db.prepare(`SELECT value_json FROM settings`).pluck().all()).toEqual(['"v"']);
  });
});
