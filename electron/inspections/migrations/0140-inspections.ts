// 0140: inspections (R-INSP-1). A plan per room or cabinet (its interval; null = the policy's);
// an inspection of a plan freezes the expected items at its start (every item on the shelf in the
// scope's cabinets) and records per item what the walk found and its condition. Once the inspector
// has signed (status 'inspected') nothing of the record changes any more (triggers): both
// signatures cover the same content hash.
import type { Migration } from '../../vault/migrations/types';

export const m0140: Migration = {
  version: 140,
  name: 'inspections',
  up(db) {
    db.exec(`
      CREATE TABLE inspection_plans (
        id              INTEGER PRIMARY KEY,
        scope           TEXT NOT NULL CHECK (scope IN ('room', 'cabinet')),
        scope_key       TEXT NOT NULL UNIQUE,           -- room:1 / cabinet:3
        room_id         INTEGER NOT NULL REFERENCES rooms(id),
        cabinet_id      INTEGER REFERENCES cabinets(id),
        interval_months INTEGER CHECK (interval_months IS NULL OR interval_months BETWEEN 1 AND 24),
        created_at      TEXT NOT NULL,
        created_by      INTEGER NOT NULL REFERENCES users(id),
        CHECK ((scope = 'cabinet') = (cabinet_id IS NOT NULL))
      ) STRICT;

      CREATE TABLE inspections (
        id             INTEGER PRIMARY KEY,
        no             TEXT NOT NULL UNIQUE,            -- JC-2026-001
        plan_id        INTEGER NOT NULL REFERENCES inspection_plans(id),
        scope_name     TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('open', 'inspected', 'signed')),
        started_at     TEXT NOT NULL,
        inspector_id   INTEGER NOT NULL REFERENCES users(id),
        inspector_name TEXT NOT NULL,
        inspected_at   TEXT,
        signed_at      TEXT
      ) STRICT;
      CREATE INDEX inspections_plan ON inspections(plan_id, id);

      CREATE TABLE inspection_cabinets (
        inspection_id INTEGER NOT NULL REFERENCES inspections(id),
        cabinet_id    INTEGER NOT NULL REFERENCES cabinets(id),
        code          TEXT NOT NULL,
        room_name     TEXT NOT NULL,
        PRIMARY KEY (inspection_id, cabinet_id)
      ) STRICT;

      CREATE TABLE inspection_items (
        id                  INTEGER PRIMARY KEY,
        inspection_id       INTEGER NOT NULL REFERENCES inspections(id),
        item_id             INTEGER NOT NULL REFERENCES items(id),
        archive_no          TEXT NOT NULL,
        title               TEXT NOT NULL,
        classification      INTEGER NOT NULL,
        expected            INTEGER NOT NULL CHECK (expected IN (0, 1)),
        expected_cabinet_id INTEGER REFERENCES cabinets(id),
        expected_location   TEXT,
        result              TEXT NOT NULL CHECK (result IN ('pending', 'present', 'missing', 'misplaced', 'unexpected')),
        found_cabinet_id    INTEGER REFERENCES cabinets(id),
        finding             TEXT NOT NULL DEFAULT 'none' CHECK (finding IN ('none', 'faded', 'damaged', 'mould', 'pests', 'damp', 'other')),
        finding_note        TEXT,
        note                TEXT,
        checked_at          TEXT,
        checked_by          INTEGER REFERENCES users(id),
        checked_by_name     TEXT,
        UNIQUE (inspection_id, item_id),
        CHECK (expected = 1 OR result = 'unexpected')
      ) STRICT;
      CREATE INDEX inspection_items_item ON inspection_items(item_id, inspection_id);

      CREATE TRIGGER inspection_items_frozen BEFORE UPDATE ON inspection_items
        WHEN (SELECT status FROM inspections WHERE id = OLD.inspection_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
      CREATE TRIGGER inspection_items_frozen_insert BEFORE INSERT ON inspection_items
        WHEN (SELECT status FROM inspections WHERE id = NEW.inspection_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
      CREATE TRIGGER inspection_items_no_delete BEFORE DELETE ON inspection_items BEGIN SELECT RAISE(ABORT, 'inspection rows are never deleted'); END;
      CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections BEGIN SELECT RAISE(ABORT, 'inspection records are never deleted'); END;
      CREATE TRIGGER inspections_frozen BEFORE UPDATE ON inspections
        WHEN OLD.status = 'signed' OR NEW.no <> OLD.no OR NEW.plan_id <> OLD.plan_id OR NEW.started_at <> OLD.started_at
          OR NEW.inspector_id <> OLD.inspector_id OR NEW.scope_name <> OLD.scope_name
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
      CREATE TRIGGER inspection_cabinets_no_delete BEFORE DELETE ON inspection_cabinets BEGIN SELECT RAISE(ABORT, 'inspection rows are never deleted'); END;
    `);
  },
};
