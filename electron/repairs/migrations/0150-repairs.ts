// 0150: repair tasks (R-INSP-2). A task is written once (the finding that opened it); what happens
// to it — sent to repair, repaired with what was done, verified at the next inspection — are rows
// of repair_events, append-only, in that order only (triggers). The custody change of the item
// (onShelf → inRepair → onShelf) is the archive's custody_events, in the same transaction.
import type { Migration } from '../../vault/migrations/types';

export const m0150: Migration = {
  version: 150,
  name: 'repairs',
  up(db) {
    db.exec(`
      CREATE TABLE repairs (
        id              INTEGER PRIMARY KEY,
        no              TEXT NOT NULL UNIQUE,           -- XF-2026-001
        item_id         INTEGER NOT NULL REFERENCES items(id),
        archive_no      TEXT NOT NULL,
        title           TEXT NOT NULL,
        classification  INTEGER NOT NULL,
        finding         TEXT NOT NULL CHECK (finding IN ('faded', 'damaged', 'mould', 'pests', 'damp', 'other')),
        finding_note    TEXT,
        inspection_id   INTEGER REFERENCES inspections(id),
        inspection_no   TEXT,
        opened_at       TEXT NOT NULL,
        opened_by       INTEGER NOT NULL REFERENCES users(id),
        opened_by_name  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX repairs_item ON repairs(item_id, id);

      CREATE TABLE repair_events (
        id            INTEGER PRIMARY KEY,
        repair_id     INTEGER NOT NULL REFERENCES repairs(id),
        kind          TEXT NOT NULL CHECK (kind IN ('start', 'finish', 'verify')),
        at            TEXT NOT NULL,
        by_id         INTEGER NOT NULL REFERENCES users(id),
        by_name       TEXT NOT NULL,
        note          TEXT,
        inspection_id INTEGER REFERENCES inspections(id),
        inspection_no TEXT,
        UNIQUE (repair_id, kind)
      ) STRICT;

      CREATE TRIGGER repairs_no_update BEFORE UPDATE ON repairs BEGIN SELECT RAISE(ABORT, 'repair tasks are never changed'); END;
      CREATE TRIGGER repairs_no_delete BEFORE DELETE ON repairs BEGIN SELECT RAISE(ABORT, 'repair tasks are never deleted'); END;
      CREATE TRIGGER repair_events_no_update BEFORE UPDATE ON repair_events BEGIN SELECT RAISE(ABORT, 'repair events are append-only'); END;
      CREATE TRIGGER repair_events_no_delete BEFORE DELETE ON repair_events BEGIN SELECT RAISE(ABORT, 'repair events are append-only'); END;
      CREATE TRIGGER repair_events_order BEFORE INSERT ON repair_events
        WHEN (NEW.kind = 'finish' AND NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = NEW.repair_id AND e.kind = 'start'))
          OR (NEW.kind = 'verify' AND NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = NEW.repair_id AND e.kind = 'finish'))
        BEGIN SELECT RAISE(ABORT, 'repair steps run in order'); END;
    `);
  },
};
