// 0110: access grants and the access register (查阅, R-USE-1..3). A grant is created by an
// approved access request (the approval engine's onApproved, same transaction): which items, for
// whom, from when to when, what it allows. Grants are never deleted and never change, except
// that one may be ended early (once). A consultation is one row of the access register
// (查阅登记): time in, and once, time out.
import type { Migration } from '../../vault/migrations/types';

export const m0110: Migration = {
  version: 110,
  name: 'access',
  up(db) {
    db.exec(`
      CREATE TABLE access_grants (
        id              INTEGER PRIMARY KEY,
        no              TEXT NOT NULL UNIQUE,
        request_id      INTEGER UNIQUE,
        reader_kind     TEXT NOT NULL CHECK (reader_kind IN ('staff', 'outsider')),
        reader_user_id  INTEGER REFERENCES users(id),
        reader_name     TEXT NOT NULL,
        reader_unit     TEXT,
        reader_contact  TEXT,
        id_doc          TEXT,
        purpose         TEXT,
        valid_from      TEXT NOT NULL,
        valid_until     TEXT NOT NULL,
        allow_print     INTEGER NOT NULL CHECK (allow_print IN (0, 1)),
        allow_download  INTEGER NOT NULL CHECK (allow_download IN (0, 1)),
        created_at      TEXT NOT NULL,
        created_by      INTEGER REFERENCES users(id),
        ended_at        TEXT,
        ended_by        INTEGER REFERENCES users(id),
        end_reason      TEXT,
        CHECK (valid_until > valid_from),
        CHECK (reader_kind = 'staff' OR reader_user_id IS NULL),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      ) STRICT;
      CREATE INDEX access_grants_reader ON access_grants(reader_user_id, valid_until);
      CREATE TRIGGER access_grants_no_delete BEFORE DELETE ON access_grants
        BEGIN SELECT RAISE(ABORT, 'access grants are never deleted'); END;
      CREATE TRIGGER access_grants_fixed BEFORE UPDATE OF id, no, request_id, reader_kind, reader_user_id, reader_name, reader_unit,
          reader_contact, id_doc, purpose, valid_from, valid_until, allow_print, allow_download, created_at, created_by ON access_grants
        BEGIN SELECT RAISE(ABORT, 'access grants never change'); END;
      CREATE TRIGGER access_grants_end_once BEFORE UPDATE OF ended_at, ended_by, end_reason ON access_grants
        WHEN OLD.ended_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'an access grant ends once'); END;

      CREATE TABLE access_grant_items (
        grant_id INTEGER NOT NULL REFERENCES access_grants(id),
        item_id  INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (grant_id, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX access_grant_items_item ON access_grant_items(item_id, grant_id);
      CREATE TRIGGER access_grant_items_fixed BEFORE UPDATE ON access_grant_items
        BEGIN SELECT RAISE(ABORT, 'access grants never change'); END;
      CREATE TRIGGER access_grant_items_no_delete BEFORE DELETE ON access_grant_items
        BEGIN SELECT RAISE(ABORT, 'access grants are never deleted'); END;

      CREATE TABLE access_consultations (
        id           INTEGER PRIMARY KEY,
        grant_id     INTEGER NOT NULL REFERENCES access_grants(id),
        operator_id  INTEGER NOT NULL REFERENCES users(id),
        time_in      TEXT NOT NULL,
        time_out     TEXT,
        time_out_by  INTEGER REFERENCES users(id),
        remarks      TEXT,
        CHECK ((time_out IS NULL) = (time_out_by IS NULL)),
        CHECK (time_out IS NULL OR time_out >= time_in)
      ) STRICT;
      CREATE INDEX access_consultations_grant ON access_consultations(grant_id, time_out);
      CREATE UNIQUE INDEX access_consultations_one_open ON access_consultations(grant_id) WHERE time_out IS NULL;
      CREATE TRIGGER access_consultations_no_delete BEFORE DELETE ON access_consultations
        BEGIN SELECT RAISE(ABORT, 'the access register is never deleted'); END;
      CREATE TRIGGER access_consultations_fixed BEFORE UPDATE OF id, grant_id, operator_id, time_in ON access_consultations
        BEGIN SELECT RAISE(ABORT, 'the access register never changes'); END;
      CREATE TRIGGER access_consultations_out_once BEFORE UPDATE OF time_out, time_out_by ON access_consultations
        WHEN OLD.time_out IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a consultation has one time out'); END;
    `);
  },
};
