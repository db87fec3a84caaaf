// The migration test case for 0120-loans (spread into MIGRATION_CASES in migrations.test.ts): the
// register row is never changed or deleted, an item still out cannot get a second row, returns
// cannot exceed the copies out, the strike-off needs every copy back and ends the row.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

function seed(db: Db) {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'bank', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
  db.prepare(
    `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
     VALUES (1, 1, 1, '授信合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
  ).run();
}
const loan = (db: Db, id: number, copies = 2) =>
  db
    .prepare(
      `INSERT INTO loans(id, request_id, request_no, item_id, item_archive_no, item_title, classification, copies, borrower_kind, borrower_name, borrower_unit,
         reason, approver, out_at, due_at, signature_kind, issued_by, issued_by_name)
       VALUES (?, ?, 'JY-2026-0001', 1, 'TS-2026-00001-001', '授信合同', 0, ?, 'staff', '周明', '市场部', '核对', '刘专员', 'now', 'later', 'slip', 1, '专员')`,
    )
    .run(id, id, copies);
const ret = (db: Db, loanId: number, copies: number) =>
  db
    .prepare(`INSERT INTO loan_returns(loan_id, copies, page_check, received_by, received_by_name, returned_at) VALUES (?, ?, 'complete', 1, '专员', 'now')`)
    .run(loanId, copies);

export const loansMigrationCase = {
  120: {
    check(db: Db) {
      seed(db);
      loan(db, 1);
      expect(() => loan(db, 2)).toThrow(/already on loan/);
      expect(() => db.prepare(`UPDATE loans SET borrower_name = 'x'`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM loans`).run()).toThrow(/never deleted/);
      expect(() => ret(db, 1, 3)).toThrow(/more copies/);
      ret(db, 1, 1);
      expect(() => db.prepare(`INSERT INTO loan_strikes(loan_id, at, by_id, by_name) VALUES (1, 'now', 1, '专员')`).run()).toThrow(/copies still out/);
      ret(db, 1, 1);
      db.prepare(`INSERT INTO loan_strikes(loan_id, at, by_id, by_name) VALUES (1, 'now', 1, '专员')`).run();
      expect(() => ret(db, 1, 1)).toThrow(/struck off|more copies/);
      expect(() => db.prepare(`DELETE FROM loan_strikes`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE loan_returns SET copies = 2`).run()).toThrow(/append-only/);
      // struck off: the item may go out again
      loan(db, 2, 1);
      // a pad signature needs its image, a slip none
      expect(() =>
        db
          .prepare(
            `INSERT INTO loans(request_id, request_no, item_id, item_archive_no, item_title, classification, copies, borrower_kind, borrower_name, borrower_unit,
               reason, approver, out_at, due_at, signature_kind, issued_by, issued_by_name)
             VALUES (9, 'x', 1, 'x', 'x', 0, 1, 'staff', 'x', 'x', 'x', 'x', 'now', 'later', 'pad', 1, 'x')`,
          )
          .run(),
      ).toThrow(/CHECK|already on loan/);
    },
  },
};
