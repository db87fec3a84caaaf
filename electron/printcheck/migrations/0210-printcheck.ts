// 0210: print verification (issue 9). Each printout of a register is one row of printed_registers:
// which register, the parameters that build it again, the audit head it was printed at, who and
// when; each of its pages one row of printed_pages under the short code printed on that page,
// with the page's rows (stable key, hash of the printed row, short hashes per field, struck
// through or not) and the hash of the page's rows. Written once, in the print's own audit
// transaction, never changed (triggers): the paper cannot be re-recorded after the fact.
import type { Migration } from '../../vault/migrations/types';

export const m0210: Migration = {
  version: 210,
  name: 'printcheck',
  up(db) {
    db.exec(`
      CREATE TABLE printed_registers (
        id              INTEGER PRIMARY KEY,
        register_code   TEXT NOT NULL,
        title           TEXT NOT NULL,
        params          TEXT NOT NULL,                  -- JSON: what the register was built from
        columns         TEXT NOT NULL,                  -- JSON [{ key, header }]: names the fields that differ
        audit_head      TEXT NOT NULL,
        audit_seq       INTEGER NOT NULL,               -- the print's own 'print.register' entry
        printed_at      TEXT NOT NULL,
        printed_by      INTEGER NOT NULL REFERENCES users(id),
        printed_by_name TEXT NOT NULL,
        target          TEXT NOT NULL CHECK (target IN ('pdf', 'printer')),
        pages           INTEGER NOT NULL CHECK (pages >= 1),
        row_count       INTEGER NOT NULL CHECK (row_count >= 0)
      ) STRICT;
      CREATE INDEX printed_registers_code ON printed_registers(register_code, id);

      CREATE TABLE printed_pages (
        code       TEXT PRIMARY KEY,                    -- 11 symbols, Crockford base32 with a check symbol
        print_id   INTEGER NOT NULL REFERENCES printed_registers(id),
        page_no    INTEGER NOT NULL CHECK (page_no >= 1),
        first_row  INTEGER NOT NULL CHECK (first_row >= 0),
        rows_hash  TEXT NOT NULL,
        rows       TEXT NOT NULL,                       -- JSON [{ k, h, f, s, l }]
        UNIQUE (print_id, page_no)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER printed_registers_no_update BEFORE UPDATE ON printed_registers BEGIN SELECT RAISE(ABORT, 'printouts are recorded once'); END;
      CREATE TRIGGER printed_registers_no_delete BEFORE DELETE ON printed_registers BEGIN SELECT RAISE(ABORT, 'printouts are never deleted'); END;
      CREATE TRIGGER printed_pages_no_update BEFORE UPDATE ON printed_pages BEGIN SELECT RAISE(ABORT, 'printed pages are recorded once'); END;
      CREATE TRIGGER printed_pages_no_delete BEFORE DELETE ON printed_pages BEGIN SELECT RAISE(ABORT, 'printed pages are never deleted'); END;
    `);
  },
};
