// The migration test case for 0210-printcheck (spread into MIGRATION_CASES in migrations.test.ts):
// a printout and its pages are recorded once — never changed, never deleted — one row per page
// number of a printout, a page code names one page only.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

const print = (db: Db, id: number, target = 'pdf') =>
  db
    .prepare(
      `INSERT INTO printed_registers(id, register_code, title, params, columns, audit_head, audit_seq, printed_at, printed_by, printed_by_name, target, pages, row_count)
       VALUES (?, 'loanRegister', '借阅登记簿', '{"filter":"all"}', '[]', 'ab', 3, 'now', 1, '专员', ?, 2, 1)`,
    )
    .run(id, target);
const page = (db: Db, code: string, printId: number, pageNo: number) =>
  db.prepare(`INSERT INTO printed_pages(code, print_id, page_no, first_row, rows_hash, rows) VALUES (?, ?, ?, 0, 'cd', '[]')`).run(code, printId, pageNo);

export const printcheckMigrationCase = {
  210: {
    check(db: Db) {
      db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
      print(db, 1);
      page(db, 'AAAAAAAAAAA', 1, 1);
      page(db, 'BBBBBBBBBBB', 1, 2);
      expect(() => page(db, 'AAAAAAAAAAA', 1, 3)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => page(db, 'CCCCCCCCCCC', 1, 2)).toThrow(/UNIQUE/);
      expect(() => page(db, 'DDDDDDDDDDD', 9, 1)).toThrow(/FOREIGN KEY/);
      expect(() => print(db, 2, 'fax')).toThrow(/CHECK/);
      expect(() => db.prepare(`UPDATE printed_registers SET params = '{}'`).run()).toThrow(/recorded once/);
      expect(() => db.prepare(`DELETE FROM printed_registers`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE printed_pages SET rows_hash = 'ee'`).run()).toThrow(/recorded once/);
      expect(() => db.prepare(`DELETE FROM printed_pages`).run()).toThrow(/never deleted/);
    },
  },
};
