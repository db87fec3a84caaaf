// 0120: the loan register (借阅登记簿, R-LOAN-1..4). A register row (loans) is written once at
// issue and never changed or deleted: what happens later — returns of some or all copies, renewals
// (each a new approval), the strike-off once every copy is back — are rows of their own tables,
// append-only too, shown on the same register row. The triggers refuse a second issue of an item
// that is still out (double issue), a return of more copies than are out, and anything after the
// strike-off. Custody state (onShelf → onLoan → onShelf) is the archive's custody_events, written
// in the same transaction. The working-day calendar's edited years live in loan_calendar_years
// (shipped years are code: electron/loans/contract/calendar.ts).
import type { Migration } from '../../vault/migrations/types';

export const m0120: Migration = {
  version: 120,
  name: 'loans',
  up(db) {
    db.exec(`
      CREATE TABLE loans (
        id               INTEGER PRIMARY KEY,          -- 序号 of the bound book
        request_id       INTEGER NOT NULL,             -- the approved 'loan' request (approvals)
        request_no       TEXT NOT NULL,                -- JY-2026-0001
        item_id          INTEGER NOT NULL REFERENCES items(id),
        item_archive_no  TEXT NOT NULL,                -- 档号 at issue
        item_title       TEXT NOT NULL,
        classification   INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 3),
        copies           INTEGER NOT NULL CHECK (copies >= 1),
        pages            INTEGER,
        borrower_kind    TEXT NOT NULL CHECK (borrower_kind IN ('staff', 'outsider')),
        borrower_user_id INTEGER REFERENCES users(id),
        borrower_name    TEXT NOT NULL,
        borrower_unit    TEXT NOT NULL,
        borrower_contact TEXT,
        reason           TEXT NOT NULL,
        approver         TEXT NOT NULL,                -- who signed the request's steps
        out_at           TEXT NOT NULL,
        due_at           TEXT NOT NULL,
        signature_kind   TEXT NOT NULL CHECK (signature_kind IN ('pad', 'slip')),
        signature_png    BLOB,                         -- the borrower's signature on the pad
        signature_sha256 TEXT,
        issued_by        INTEGER NOT NULL REFERENCES users(id),
        issued_by_name   TEXT NOT NULL,
        from_location_id INTEGER REFERENCES locations(id),
        from_location    TEXT,                         -- its shelf position in words, at issue
        CHECK ((signature_kind = 'pad') = (signature_png IS NOT NULL))
      ) STRICT;
      CREATE INDEX loans_item ON loans(item_id, id);
      CREATE INDEX loans_request ON loans(request_id);
      CREATE INDEX loans_due ON loans(due_at);

      CREATE TABLE loan_returns (
        id               INTEGER PRIMARY KEY,
        loan_id          INTEGER NOT NULL REFERENCES loans(id),
        copies           INTEGER NOT NULL CHECK (copies >= 1),
        page_check       TEXT NOT NULL CHECK (page_check IN ('complete', 'damaged', 'missingPages')),
        missing_pages    TEXT,
        note             TEXT,
        received_by      INTEGER NOT NULL REFERENCES users(id),
        received_by_name TEXT NOT NULL,
        returned_at      TEXT NOT NULL,
        location_id      INTEGER REFERENCES locations(id),
        location_label   TEXT
      ) STRICT;
      CREATE INDEX loan_returns_loan ON loan_returns(loan_id, id);

      CREATE TABLE loan_renewals (
        id           INTEGER PRIMARY KEY,
        loan_id      INTEGER NOT NULL REFERENCES loans(id),
        request_id   INTEGER NOT NULL UNIQUE,
        request_no   TEXT NOT NULL,
        approver     TEXT NOT NULL,
        prev_due_at  TEXT NOT NULL,
        due_at       TEXT NOT NULL,
        at           TEXT NOT NULL,
        by_id        INTEGER NOT NULL REFERENCES users(id),
        by_name      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX loan_renewals_loan ON loan_renewals(loan_id, id);

      -- 注销 (struck off): written with the return of the last copy out
      CREATE TABLE loan_strikes (
        loan_id  INTEGER PRIMARY KEY REFERENCES loans(id),
        at       TEXT NOT NULL,
        by_id    INTEGER NOT NULL REFERENCES users(id),
        by_name  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE loan_calendar_years (
        year        INTEGER PRIMARY KEY,
        days_json   TEXT NOT NULL,
        source      TEXT NOT NULL,
        confirmed   INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      -- R-LOAN-4: never edited, never deleted
      CREATE TRIGGER loans_no_update BEFORE UPDATE ON loans BEGIN SELECT RAISE(ABORT, 'loan register rows are never changed'); END;
      CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans BEGIN SELECT RAISE(ABORT, 'loan register rows are never deleted'); END;
      CREATE TRIGGER loan_returns_no_update BEFORE UPDATE ON loan_returns BEGIN SELECT RAISE(ABORT, 'loan returns are append-only'); END;
      CREATE TRIGGER loan_returns_no_delete BEFORE DELETE ON loan_returns BEGIN SELECT RAISE(ABORT, 'loan returns are append-only'); END;
      CREATE TRIGGER loan_renewals_no_update BEFORE UPDATE ON loan_renewals BEGIN SELECT RAISE(ABORT, 'loan renewals are append-only'); END;
      CREATE TRIGGER loan_renewals_no_delete BEFORE DELETE ON loan_renewals BEGIN SELECT RAISE(ABORT, 'loan renewals are append-only'); END;
      CREATE TRIGGER loan_strikes_no_update BEFORE UPDATE ON loan_strikes BEGIN SELECT RAISE(ABORT, 'a strike-off is never changed'); END;
      CREATE TRIGGER loan_strikes_no_delete BEFORE DELETE ON loan_strikes BEGIN SELECT RAISE(ABORT, 'a strike-off is never deleted'); END;

      -- R-LOAN-1: an item still out cannot be issued again
      CREATE TRIGGER loans_no_double_issue BEFORE INSERT ON loans
        WHEN EXISTS (SELECT 1 FROM loans o WHERE o.item_id = NEW.item_id AND NOT EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = o.id))
        BEGIN SELECT RAISE(ABORT, 'item already on loan'); END;
      CREATE TRIGGER loan_returns_not_struck BEFORE INSERT ON loan_returns
        WHEN EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = NEW.loan_id)
        BEGIN SELECT RAISE(ABORT, 'loan already struck off'); END;
      CREATE TRIGGER loan_returns_not_more BEFORE INSERT ON loan_returns
        WHEN NEW.copies > (SELECT l.copies FROM loans l WHERE l.id = NEW.loan_id)
                          - (SELECT coalesce(sum(r.copies), 0) FROM loan_returns r WHERE r.loan_id = NEW.loan_id)
        BEGIN SELECT RAISE(ABORT, 'more copies returned than are out'); END;
      CREATE TRIGGER loan_strikes_all_back BEFORE INSERT ON loan_strikes
        WHEN (SELECT l.copies FROM loans l WHERE l.id = NEW.loan_id)
             > (SELECT coalesce(sum(r.copies), 0) FROM loan_returns r WHERE r.loan_id = NEW.loan_id)
        BEGIN SELECT RAISE(ABORT, 'copies still out'); END;
      CREATE TRIGGER loan_renewals_not_struck BEFORE INSERT ON loan_renewals
        WHEN EXISTS (SELECT 1 FROM loan_strikes s WHERE s.loan_id = NEW.loan_id)
        BEGIN SELECT RAISE(ABORT, 'loan already struck off'); END;
    `);
  },
};
