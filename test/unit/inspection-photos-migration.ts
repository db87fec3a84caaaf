// Migration case for 0175 inspection-photos (spread into MIGRATION_CASES in migrations.test.ts):
// JPEG/PNG only, one per item row, changed only while the record is open.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

export const inspectionPhotosMigrationCase: Record<number, { check(db: Db): void }> = {
  175: {
    check(db) {
      db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '王专员', '["operator"]', 'now')`).run();
      db.prepare(`INSERT INTO rooms(id, name) VALUES (1, '一号库房')`).run();
      db.prepare(
        `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'x', 'institution', '中国银行', 'other', 'now')`,
      ).run();
      db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
      db.prepare(
        `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
         VALUES (1, 1, 1, '贷款合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
      ).run();
      db.prepare(`INSERT INTO inspection_plans(id, scope, scope_key, room_id, created_at, created_by) VALUES (1, 'room', 'room:1', 1, 'now', 1)`).run();
      db.prepare(
        `INSERT INTO inspections(id, no, plan_id, scope_name, status, started_at, inspector_id, inspector_name) VALUES (1, 'JC-2026-001', 1, '一号库房', 'open', 'now', 1, '王专员')`,
      ).run();
      const put = (mime: string) =>
        db
          .prepare(
            `INSERT INTO inspection_photos(inspection_id, item_id, mime, size, sha256, data, added_at, added_by) VALUES (1, 1, ?, 3, 'h', x'FFD8FF', 'now', 1)`,
          )
          .run(mime);
      expect(() => put('application/pdf')).toThrow(/CHECK/);
      put('image/jpeg');
      expect(() => put('image/png')).toThrow(/UNIQUE|PRIMARY/);
      db.prepare(`UPDATE inspection_photos SET sha256 = 'h2'`).run(); // open: replaced
      db.prepare(`UPDATE inspections SET status = 'inspected' WHERE id = 1`).run();
      expect(() => db.prepare(`UPDATE inspection_photos SET sha256 = 'h3'`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM inspection_photos`).run()).toThrow(/never changed/);
    },
  },
};
