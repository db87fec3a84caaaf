// 0170: leak incidents (R-SEC-7, Art. 27) and item holds. An incident is written once, at the
// report: what, when found, the suspected channel, the immediate measures, and the affected items'
// access/loan/copy history frozen as evidence (canonical JSON + its sha256, also in the audit
// entry). What happens next — contained → investigating → resolved → closed — are rows of
// incident_steps, append-only and in that order only (triggers); acknowledgements by the information
// supervisor / CS manager are one row per person. item_holds keeps items from being destroyed while
// something (an incident) needs them; a hold is only ever released, once, never deleted.
import type { Migration } from '../../vault/migrations/types';

export const m0170: Migration = {
  version: 170,
  name: 'incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id               INTEGER PRIMARY KEY,
        no               TEXT NOT NULL UNIQUE,           -- XM-2026-001
        summary          TEXT NOT NULL,                  -- what leaked or may have leaked
        found_at         TEXT NOT NULL,
        channel          TEXT NOT NULL,                  -- suspected channel
        measures         TEXT NOT NULL,                  -- immediate remedial measures
        reported_at      TEXT NOT NULL,
        reported_by      INTEGER NOT NULL REFERENCES users(id),
        reported_by_name TEXT NOT NULL,
        inspection_id    INTEGER UNIQUE REFERENCES inspections(id),
        inspection_no    TEXT,
        evidence_json    TEXT NOT NULL,
        evidence_sha256  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE incident_items (
        incident_id    INTEGER NOT NULL REFERENCES incidents(id),
        item_id        INTEGER NOT NULL REFERENCES items(id),
        archive_no     TEXT NOT NULL,
        title          TEXT NOT NULL,
        classification INTEGER NOT NULL,
        PRIMARY KEY (incident_id, item_id)
      ) STRICT;
      CREATE INDEX incident_items_item ON incident_items(item_id);

      CREATE TABLE incident_customers (
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        name        TEXT NOT NULL,
        archive_no  TEXT,
        PRIMARY KEY (incident_id, customer_id)
      ) STRICT;

      CREATE TABLE incident_steps (
        id          INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        state       TEXT NOT NULL CHECK (state IN ('contained', 'investigating', 'resolved', 'closed')),
        at          TEXT NOT NULL,
        by_id       INTEGER NOT NULL REFERENCES users(id),
        by_name     TEXT NOT NULL,
        note        TEXT NOT NULL,
        UNIQUE (incident_id, state)
      ) STRICT;

      CREATE TABLE incident_acks (
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        user_id     INTEGER NOT NULL REFERENCES users(id),
        user_name   TEXT NOT NULL,
        at          TEXT NOT NULL,
        PRIMARY KEY (incident_id, user_id)
      ) STRICT;

      CREATE TABLE item_holds (
        id          INTEGER PRIMARY KEY,
        item_id     INTEGER NOT NULL REFERENCES items(id),
        reason      TEXT NOT NULL,
        ref_type    TEXT NOT NULL,                       -- 'incident'
        ref_id      INTEGER NOT NULL,
        placed_at   TEXT NOT NULL,
        placed_by   INTEGER NOT NULL REFERENCES users(id),
        released_at TEXT,
        released_by INTEGER REFERENCES users(id),
        UNIQUE (item_id, ref_type, ref_id),
        CHECK ((released_at IS NULL) = (released_by IS NULL))
      ) STRICT;
      CREATE INDEX item_holds_active ON item_holds(item_id) WHERE released_at IS NULL;

      CREATE TRIGGER incidents_no_update BEFORE UPDATE ON incidents BEGIN SELECT RAISE(ABORT, 'incident reports are never changed'); END;
      CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents BEGIN SELECT RAISE(ABORT, 'incident reports are never deleted'); END;
      CREATE TRIGGER incident_items_no_update BEFORE UPDATE ON incident_items BEGIN SELECT RAISE(ABORT, 'incident items are never changed'); END;
      CREATE TRIGGER incident_items_no_delete BEFORE DELETE ON incident_items BEGIN SELECT RAISE(ABORT, 'incident items are never deleted'); END;
      CREATE TRIGGER incident_customers_no_update BEFORE UPDATE ON incident_customers BEGIN SELECT RAISE(ABORT, 'incident customers are never changed'); END;
      CREATE TRIGGER incident_customers_no_delete BEFORE DELETE ON incident_customers BEGIN SELECT RAISE(ABORT, 'incident customers are never deleted'); END;
      CREATE TRIGGER incident_steps_no_update BEFORE UPDATE ON incident_steps BEGIN SELECT RAISE(ABORT, 'incident steps are append-only'); END;
      CREATE TRIGGER incident_steps_no_delete BEFORE DELETE ON incident_steps BEGIN SELECT RAISE(ABORT, 'incident steps are append-only'); END;
      CREATE TRIGGER incident_steps_order BEFORE INSERT ON incident_steps
        WHEN (NEW.state = 'investigating' AND NOT EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = NEW.incident_id AND s.state = 'contained'))
          OR (NEW.state = 'resolved' AND NOT EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = NEW.incident_id AND s.state = 'investigating'))
          OR (NEW.state = 'closed' AND NOT EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = NEW.incident_id AND s.state = 'resolved'))
        BEGIN SELECT RAISE(ABORT, 'incident steps run in order'); END;
      CREATE TRIGGER incident_acks_no_update BEFORE UPDATE ON incident_acks BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
      CREATE TRIGGER incident_acks_no_delete BEFORE DELETE ON incident_acks BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
      CREATE TRIGGER item_holds_no_delete BEFORE DELETE ON item_holds BEGIN SELECT RAISE(ABORT, 'holds are never deleted, only released'); END;
      CREATE TRIGGER item_holds_release_only BEFORE UPDATE ON item_holds
        WHEN OLD.released_at IS NOT NULL OR NEW.released_at IS NULL
          OR NEW.item_id <> OLD.item_id OR NEW.reason <> OLD.reason OR NEW.ref_type <> OLD.ref_type OR NEW.ref_id <> OLD.ref_id
          OR NEW.placed_at <> OLD.placed_at OR NEW.placed_by <> OLD.placed_by
        BEGIN SELECT RAISE(ABORT, 'a hold is only released, once'); END;
    `);
  },
};
