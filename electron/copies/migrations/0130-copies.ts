// 0130: the copies domain (R-SEC-3..5). Three registers, each row citing the approval request
// that allowed it (requests of the approval engine, by id and its human number):
//  - copies: 复制登记 — every copy made (a photocopy, an excerpt, a marked download/print of an
//    attachment) is one row with its own number under its request or grant (第 n 份) and its own
//    custody state (issued → returned / destroyed); copy_events keep every change (append-only).
//  - carry_outs + carry_out_items: 外出携带登记 — who carried which items where, the security
//    measures, the confidentiality pledge, and the return check that closes the row.
//  - provisions + provision_items: 对外提供登记 — what was provided to which organisation, on
//    what legal basis, how, when and by whom.
// Register rows are never deleted; the facts of a row never change after it is written (the
// return check and a copy's state are the only later writes, each by its own column set).
import type { Migration } from '../../vault/migrations/types';

export const m0130: Migration = {
  version: 130,
  name: 'copies',
  up(db) {
    db.exec(`
      CREATE TABLE copies (
        id            INTEGER PRIMARY KEY,
        source        TEXT NOT NULL CHECK (source IN ('request', 'grant')),
        request_id    INTEGER,
        grant_id      INTEGER,
        ref_no        TEXT NOT NULL,
        item_id       INTEGER NOT NULL REFERENCES items(id),
        copy_no       INTEGER NOT NULL CHECK (copy_no >= 1),
        kind          TEXT NOT NULL CHECK (kind IN ('full', 'excerpt', 'download')),
        pages         TEXT,
        attachment_id INTEGER REFERENCES attachments(id),
        file_sha256   TEXT,
        mark_text     TEXT,
        for_whom      TEXT NOT NULL,
        made_at       TEXT NOT NULL,
        made_by       INTEGER NOT NULL REFERENCES users(id),
        note          TEXT,
        state         TEXT NOT NULL DEFAULT 'issued' CHECK (state IN ('issued', 'returned', 'destroyed')),
        CHECK ((source = 'request') = (request_id IS NOT NULL)),
        CHECK ((source = 'grant') = (grant_id IS NOT NULL)),
        UNIQUE (ref_no, item_id, copy_no)
      ) STRICT;
      CREATE INDEX copies_request ON copies(request_id, item_id);
      CREATE INDEX copies_item ON copies(item_id);
      CREATE TABLE copy_events (
        id       INTEGER PRIMARY KEY,
        copy_id  INTEGER NOT NULL REFERENCES copies(id),
        state    TEXT NOT NULL CHECK (state IN ('issued', 'returned', 'destroyed')),
        at       TEXT NOT NULL,
        by_id    INTEGER NOT NULL REFERENCES users(id),
        note     TEXT
      ) STRICT;
      CREATE INDEX copy_events_copy ON copy_events(copy_id, id);
      CREATE TRIGGER copies_no_delete BEFORE DELETE ON copies BEGIN SELECT RAISE(ABORT, 'register rows are never deleted'); END;
      CREATE TRIGGER copies_fixed BEFORE UPDATE OF id, source, request_id, grant_id, ref_no, item_id, copy_no, kind, pages, attachment_id,
        file_sha256, mark_text, for_whom, made_at, made_by ON copies BEGIN SELECT RAISE(ABORT, 'copy rows never change'); END;
      CREATE TRIGGER copy_events_no_delete BEFORE DELETE ON copy_events BEGIN SELECT RAISE(ABORT, 'copy events are append-only'); END;
      CREATE TRIGGER copy_events_no_update BEFORE UPDATE ON copy_events BEGIN SELECT RAISE(ABORT, 'copy events are append-only'); END;

      CREATE TABLE carry_outs (
        id              INTEGER PRIMARY KEY,
        request_id      INTEGER NOT NULL UNIQUE,
        request_no      TEXT NOT NULL,
        carrier_id      INTEGER NOT NULL REFERENCES users(id),
        purpose         TEXT NOT NULL,
        destination     TEXT NOT NULL,
        measures_json   TEXT NOT NULL,
        measures_note   TEXT,
        pledge          TEXT NOT NULL CHECK (pledge IN ('signed', 'paper')),
        pledge_note     TEXT,
        expected_return TEXT NOT NULL,
        out_at          TEXT NOT NULL,
        out_by          INTEGER NOT NULL REFERENCES users(id),
        returned_at     TEXT,
        returned_by     INTEGER REFERENCES users(id),
        return_check    TEXT CHECK (return_check IN ('intact', 'sealBroken', 'damaged', 'missing')),
        return_note     TEXT,
        CHECK ((returned_at IS NULL) = (return_check IS NULL))
      ) STRICT;
      CREATE TABLE carry_out_items (
        carry_out_id INTEGER NOT NULL REFERENCES carry_outs(id),
        item_id      INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (carry_out_id, item_id)
      ) STRICT;
      CREATE TRIGGER carry_outs_no_delete BEFORE DELETE ON carry_outs BEGIN SELECT RAISE(ABORT, 'register rows are never deleted'); END;
      CREATE TRIGGER carry_outs_fixed BEFORE UPDATE OF id, request_id, request_no, carrier_id, purpose, destination, measures_json, measures_note,
        pledge, pledge_note, expected_return, out_at, out_by ON carry_outs BEGIN SELECT RAISE(ABORT, 'carry-out rows never change'); END;
      CREATE TRIGGER carry_outs_closed BEFORE UPDATE OF returned_at, returned_by, return_check, return_note ON carry_outs
        WHEN OLD.returned_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a returned carry-out is closed'); END;
      CREATE TRIGGER carry_out_items_fixed BEFORE DELETE ON carry_out_items BEGIN SELECT RAISE(ABORT, 'register rows are never deleted'); END;

      CREATE TABLE provisions (
        id            INTEGER PRIMARY KEY,
        request_id    INTEGER NOT NULL UNIQUE,
        request_no    TEXT NOT NULL,
        recipient_org TEXT NOT NULL,
        legal_basis   TEXT NOT NULL,
        agreement_ref TEXT,
        provided_what TEXT NOT NULL,
        method        TEXT NOT NULL CHECK (method IN ('paper', 'electronic', 'onSite')),
        provided_at   TEXT NOT NULL,
        provided_by   INTEGER NOT NULL REFERENCES users(id),
        received_by   TEXT,
        note          TEXT
      ) STRICT;
      CREATE TABLE provision_items (
        provision_id INTEGER NOT NULL REFERENCES provisions(id),
        item_id      INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (provision_id, item_id)
      ) STRICT;
      CREATE TRIGGER provisions_no_delete BEFORE DELETE ON provisions BEGIN SELECT RAISE(ABORT, 'register rows are never deleted'); END;
      CREATE TRIGGER provisions_no_update BEFORE UPDATE ON provisions BEGIN SELECT RAISE(ABORT, 'provision rows never change'); END;
      CREATE TRIGGER provision_items_fixed BEFORE DELETE ON provision_items BEGIN SELECT RAISE(ABORT, 'register rows are never deleted'); END;
    `);
  },
};
