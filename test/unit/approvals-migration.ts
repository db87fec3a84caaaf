// The migration test case for 0100-approvals (spread into MIGRATION_CASES in migrations.test.ts):
// a submitted request's content never changes, a decided request never changes, targets and
// attachments are fixed, nothing is deleted; a draft may still change; an outsider's papers are
// required outside drafts.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

function seed(db: Db) {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'x', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
  db.prepare(
    `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
     VALUES (1, 1, 1, '贷款合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
  ).run();
}

const insert = (db: Db, id: number, status: string, kind = 'staff', papers = false) =>
  db
    .prepare(
      `INSERT INTO requests(id, no, type, status, scope, applicant_kind, applicant_name, applicant_unit, id_doc_kind, id_doc_no, id_doc_issuer, purpose, reason,
         urgency, stamp_present, details_json, chain_json, highest_classification, created_by, created_at, submitted_at)
       VALUES (?, ?, 'access', ?, 'items', ?, '周律师', '某所', ?, ?, ?, '核对', '诉讼', 'normal', 1, '{}', ?, 0, 1, 'now', ?)`,
    )
    .run(
      id,
      `CY-2026-000${id}`,
      status,
      kind,
      papers ? 'introLetter' : null,
      papers ? 'JS-1' : null,
      papers ? '某所' : null,
      status === 'draft' ? null : '[]',
      status === 'draft' ? null : 'now',
    );

export const approvalsMigrationCase = {
  100: {
    check(db: Db) {
      seed(db);
      insert(db, 1, 'draft', 'outsider');
      db.prepare(`UPDATE requests SET purpose = '改' WHERE id = 1`).run();
      expect(() => insert(db, 2, 'submitted', 'outsider')).toThrow(/CHECK/);
      insert(db, 2, 'submitted', 'outsider', true);
      db.prepare('INSERT INTO request_items(request_id, item_id) VALUES (2, 1)').run();
      expect(() => db.prepare(`UPDATE requests SET purpose = '改' WHERE id = 2`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`UPDATE request_items SET item_id = 1 WHERE request_id = 2`).run()).toThrow(/never change/);
      expect(() => db.prepare(`DELETE FROM request_items`).run()).toThrow(/never change/);
      db.prepare(`UPDATE requests SET status = 'approved', decided_at = 'now' WHERE id = 2`).run();
      expect(() => db.prepare(`UPDATE requests SET status = 'withdrawn' WHERE id = 2`).run()).toThrow(/decided request/);
      expect(() => db.prepare(`DELETE FROM requests WHERE id = 1`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`INSERT INTO request_items(request_id, item_id) VALUES (2, 99)`).run()).toThrow(/FOREIGN KEY/);
      expect(() => insert(db, 3, 'pending')).toThrow(/CHECK/);
    },
  },
};
