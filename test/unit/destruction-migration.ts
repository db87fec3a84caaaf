// Migration case for 0180 destruction (spread into MIGRATION_CASES in migrations.test.ts): the
// appraisals are append-only, the batch facts are set once, and a destroyed item's content — and
// only a destroyed item's — can leave (attachment bytes, file names, remarks); its line stays.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

function base(db: Db): void {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '王专员', '["operator"]', 'now')`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'general', 'x', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 3)`).run();
  for (const id of [1, 2])
    db.prepare(
      `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, retention_until, classification, remarks, created_at)
       VALUES (?, 1, ?, '贷款合同', '合同', 'paper', 'print', 0, '10y', '2020-03-01', 0, '内容备注', 'now')`,
    ).run(id, id);
  for (const id of [1, 2]) {
    db.prepare(
      `INSERT INTO attachments(id, item_id, file_name, mime, size, sha256, added_at, added_by) VALUES (?, ?, 'scan.pdf', 'application/pdf', 3, ?, 'now', 1)`,
    ).run(id, id, 'a'.repeat(64));
    db.prepare(`INSERT INTO attachment_blobs(attachment_id, data) VALUES (?, x'010203')`).run(id);
  }
  db.prepare(`INSERT INTO custody_events(item_id, state, at) VALUES (1, 'onShelf', 'now'), (2, 'onShelf', 'now')`).run();
}

export const destructionMigrationCase: Record<number, { check(db: Db): void }> = {
  180: {
    check(db) {
      base(db);
      const appraise = (decision: string, years: number | null, keep: string | null) =>
        db
          .prepare(
            `INSERT INTO destruction_appraisals(item_id, decision, years, keep_until, reason, at, by_id, by_name) VALUES (1, ?, ?, ?, '期满', 'now', 1, '王专员')`,
          )
          .run(decision, years, keep);
      // R-SEC-6: an extension names its years and end; destroy / permanent name none
      expect(() => appraise('extend', null, null)).toThrow(/CHECK/);
      expect(() => appraise('destroy', 5, '2031-01-01')).toThrow(/CHECK/);
      expect(() => appraise('scrap', null, null)).toThrow(/CHECK/);
      appraise('destroy', null, null);
      expect(() => db.prepare(`UPDATE destruction_appraisals SET decision = 'permanent'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM destruction_appraisals`).run()).toThrow(/append-only/);

      db.prepare(
        `INSERT INTO requests(id, no, type, status, scope, applicant_kind, applicant_name, applicant_unit, purpose, reason, urgency, stamp_present, details_json,
                              highest_classification, created_by, created_at, chain_json, submitted_at)
         VALUES (1, 'XH-2026-0001', 'destruction', 'submitted', 'items', 'staff', '王专员', '档案鉴定小组', '销毁', '期满', 'normal', 0, '{}', 0, 1, 'now', '[]', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO destruction_batches(id, no, request_id, reason, created_at, created_by, created_by_name) VALUES (1, 'XH-2026-0001', 1, '期满', 'now', 1, '王专员')`,
      ).run();
      db.prepare(`UPDATE destruction_batches SET approved_at = 'then', cooling_off_days = 7`).run();
      expect(() => db.prepare(`UPDATE destruction_batches SET approved_at = 'later'`).run()).toThrow(/recorded once/);
      expect(() => db.prepare(`UPDATE destruction_batches SET reason = 'x'`).run()).toThrow(/never changes/);
      // Art. 25: no sale as scrap
      expect(() => db.prepare(`UPDATE destruction_batches SET method = 'scrapSale', place = '库房', recorded_at = 'now', executor_id = 1`).run()).toThrow(
        /CHECK/,
      );
      db.prepare(`UPDATE destruction_batches SET method = 'shred', place = '库房', recorded_at = 'now', executor_id = 1, executor_name = '王专员'`).run();
      expect(() => db.prepare(`UPDATE destruction_batches SET place = '别处'`).run()).toThrow(/recorded once/);
      db.prepare(`UPDATE destruction_batches SET executed_at = 'now'`).run();
      expect(() => db.prepare(`UPDATE destruction_batches SET cancelled_at = 'now', cancel_reason = 'x'`).run()).toThrow(/CHECK|recorded once/);
      expect(() => db.prepare(`DELETE FROM destruction_batches`).run()).toThrow(/stay forever/);

      // content of an item on the shelf never leaves
      expect(() => db.prepare(`DELETE FROM attachment_blobs WHERE attachment_id = 1`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE attachments SET file_name = 'x' WHERE id = 1`).run()).toThrow(/never change/);
      // R-LOAN-1: destroyed → its content may go, its line and the rest of the attachment row stay
      db.prepare(`INSERT INTO custody_events(item_id, state, at) VALUES (1, 'destroyed', 'now')`).run();
      db.prepare(`DELETE FROM attachment_blobs WHERE attachment_id = 1`).run();
      db.prepare(`UPDATE attachments SET file_name = '（已销毁）' WHERE id = 1`).run();
      db.prepare(`UPDATE items SET remarks = NULL WHERE id = 1`).run();
      expect(() => db.prepare(`UPDATE attachments SET sha256 = ? WHERE id = 1`).run('b'.repeat(64))).toThrow(/never change/);
      expect(() => db.prepare(`UPDATE items SET title = '改' WHERE id = 1`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`UPDATE items SET remarks = '复原' WHERE id = 1`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`INSERT INTO custody_events(item_id, state, at) VALUES (1, 'onShelf', 'now')`).run()).toThrow(/no further custody/);
      expect(() => db.prepare(`DELETE FROM items WHERE id = 1`).run()).toThrow(/never deleted/);
      // the other item is untouched by all of it
      expect(() => db.prepare(`DELETE FROM attachment_blobs WHERE attachment_id = 2`).run()).toThrow(/never deleted/);
      expect(db.prepare(`SELECT count(*) FROM attachment_blobs`).pluck().get()).toBe(1);
    },
  },
};
