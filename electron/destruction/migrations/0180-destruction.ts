// 0180: retention appraisal and destruction (R-SEC-6, R-LOAN-1 'destroyed').
//   destruction_appraisals   鉴定: per expired item destroy / keep N more years / keep permanently,
//                            append-only (the latest decision counts)
//   destruction_batches      销毁清册: one per approval request (type 'destruction', XH-…); the
//                            approval, cancellation and execution facts are each set once
//   destruction_batch_items  the index line of every listed item, copied at listing: the register
//                            and certificate print from here forever
//   destruction_witnesses    监销人: one row per witness signature (signatures.record_type
//                            'destructionExecution')
// Executing a batch removes the items' content: attachment bytes and names, remarks. Archive
// content is otherwise never deleted (0030's triggers): those triggers are re-created here so the
// removal is allowed for an item whose custody is 'destroyed' and for nothing else.
import type { Migration } from '../../vault/migrations/types';

export const m0180: Migration = {
  version: 180,
  name: 'destruction',
  up(db) {
    db.exec(`
      -- the appraisal list reads expired items by their retention end
      CREATE INDEX items_retention_until ON items(retention_until) WHERE retention_until IS NOT NULL;

      CREATE TABLE destruction_appraisals (
        id         INTEGER PRIMARY KEY,
        item_id    INTEGER NOT NULL REFERENCES items(id),
        decision   TEXT NOT NULL CHECK (decision IN ('destroy', 'extend', 'permanent')),
        years      INTEGER CHECK (years IS NULL OR years BETWEEN 1 AND 100),
        keep_until TEXT,
        reason     TEXT NOT NULL,
        at         TEXT NOT NULL,
        by_id      INTEGER NOT NULL REFERENCES users(id),
        by_name    TEXT NOT NULL,
        CHECK ((decision = 'extend') = (years IS NOT NULL AND keep_until IS NOT NULL))
      ) STRICT;
      CREATE INDEX destruction_appraisals_item ON destruction_appraisals(item_id, id);
      CREATE TRIGGER destruction_appraisals_no_update BEFORE UPDATE ON destruction_appraisals BEGIN SELECT RAISE(ABORT, 'appraisals are append-only'); END;
      CREATE TRIGGER destruction_appraisals_no_delete BEFORE DELETE ON destruction_appraisals BEGIN SELECT RAISE(ABORT, 'appraisals are append-only'); END;

      CREATE TABLE destruction_batches (
        id                INTEGER PRIMARY KEY,
        no                TEXT NOT NULL UNIQUE,             -- the request's number, XH-2026-0001
        request_id        INTEGER NOT NULL UNIQUE REFERENCES requests(id),
        reason            TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        created_by        INTEGER NOT NULL REFERENCES users(id),
        created_by_name   TEXT NOT NULL,
        approved_at       TEXT,
        cooling_off_days  INTEGER,
        cancelled_at      TEXT,
        cancelled_by      INTEGER REFERENCES users(id),
        cancelled_by_name TEXT,
        cancel_reason     TEXT,
        method            TEXT CHECK (method IS NULL OR method IN ('shred', 'pulp', 'incinerate', 'degauss', 'wipe', 'physical')),
        place             TEXT,
        recorded_at       TEXT,
        executor_id       INTEGER REFERENCES users(id),
        executor_name     TEXT,
        executed_at       TEXT,
        CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
        CHECK ((recorded_at IS NULL) = (method IS NULL) AND (recorded_at IS NULL) = (place IS NULL) AND (recorded_at IS NULL) = (executor_id IS NULL)),
        CHECK (executed_at IS NULL OR recorded_at IS NOT NULL),
        CHECK (NOT (executed_at IS NOT NULL AND cancelled_at IS NOT NULL))
      ) STRICT;
      CREATE TRIGGER destruction_batches_no_delete BEFORE DELETE ON destruction_batches BEGIN SELECT RAISE(ABORT, 'destruction batches stay forever'); END;
      CREATE TRIGGER destruction_batches_fixed BEFORE UPDATE OF id, no, request_id, reason, created_at, created_by, created_by_name ON destruction_batches
        BEGIN SELECT RAISE(ABORT, 'a destruction batch never changes'); END;
      CREATE TRIGGER destruction_batches_once BEFORE UPDATE ON destruction_batches
        WHEN (OLD.approved_at IS NOT NULL AND NEW.approved_at IS NOT OLD.approved_at)
          OR (OLD.cancelled_at IS NOT NULL AND (NEW.cancelled_at IS NOT OLD.cancelled_at OR NEW.cancel_reason IS NOT OLD.cancel_reason))
          OR (OLD.recorded_at IS NOT NULL AND (NEW.recorded_at IS NOT OLD.recorded_at OR NEW.method IS NOT OLD.method OR NEW.place IS NOT OLD.place OR NEW.executor_id IS NOT OLD.executor_id))
          OR (OLD.executed_at IS NOT NULL AND NEW.executed_at IS NOT OLD.executed_at)
          OR (OLD.executed_at IS NOT NULL AND NEW.cancelled_at IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'destruction facts are recorded once'); END;

      CREATE TABLE destruction_batch_items (
        batch_id        INTEGER NOT NULL REFERENCES destruction_batches(id),
        item_id         INTEGER NOT NULL REFERENCES items(id),
        archive_no      TEXT NOT NULL,
        title           TEXT NOT NULL,
        doc_type        TEXT NOT NULL,
        doc_date        TEXT,
        classification  INTEGER NOT NULL,
        retention       TEXT NOT NULL,
        retention_until TEXT,
        pages           INTEGER,
        carrier         TEXT NOT NULL,
        appraisal_id    INTEGER NOT NULL REFERENCES destruction_appraisals(id),
        PRIMARY KEY (batch_id, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX destruction_batch_items_item ON destruction_batch_items(item_id);
      CREATE TRIGGER destruction_batch_items_no_update BEFORE UPDATE ON destruction_batch_items BEGIN SELECT RAISE(ABORT, 'the listed items never change'); END;
      CREATE TRIGGER destruction_batch_items_no_delete BEFORE DELETE ON destruction_batch_items BEGIN SELECT RAISE(ABORT, 'the listed items never change'); END;

      CREATE TABLE destruction_witnesses (
        id           INTEGER PRIMARY KEY,
        batch_id     INTEGER NOT NULL REFERENCES destruction_batches(id),
        user_id      INTEGER NOT NULL REFERENCES users(id),
        name         TEXT NOT NULL,
        signature_id INTEGER NOT NULL UNIQUE REFERENCES signatures(id),
        at           TEXT NOT NULL,
        UNIQUE (batch_id, user_id)
      ) STRICT;
      CREATE TRIGGER destruction_witnesses_no_update BEFORE UPDATE ON destruction_witnesses BEGIN SELECT RAISE(ABORT, 'witness signatures stay'); END;
      CREATE TRIGGER destruction_witnesses_no_delete BEFORE DELETE ON destruction_witnesses BEGIN SELECT RAISE(ABORT, 'witness signatures stay'); END;

      -- content removal, only for a destroyed item (R-SEC-6)
      DROP TRIGGER attachment_blobs_no_delete;
      CREATE TRIGGER attachment_blobs_no_delete BEFORE DELETE ON attachment_blobs
        WHEN (SELECT i.custody_state FROM attachments a JOIN items i ON i.id = a.item_id WHERE a.id = OLD.attachment_id) IS NOT 'destroyed'
        BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
      DROP TRIGGER attachments_fixed;
      CREATE TRIGGER attachments_fixed BEFORE UPDATE OF id, item_id, file_name, mime, size, sha256, added_at, added_by ON attachments
        WHEN NEW.id IS NOT OLD.id OR NEW.item_id IS NOT OLD.item_id OR NEW.mime IS NOT OLD.mime OR NEW.size IS NOT OLD.size
          OR NEW.sha256 IS NOT OLD.sha256 OR NEW.added_at IS NOT OLD.added_at OR NEW.added_by IS NOT OLD.added_by
          OR (NEW.file_name IS NOT OLD.file_name AND (SELECT custody_state FROM items WHERE id = OLD.item_id) IS NOT 'destroyed')
        BEGIN SELECT RAISE(ABORT, 'attachments never change'); END;
      -- a destroyed item's catalogue line stays as it was; its content only ever goes
      CREATE TRIGGER items_destroyed_fixed BEFORE UPDATE ON items
        WHEN OLD.custody_state = 'destroyed'
          AND (NEW.title IS NOT OLD.title OR NEW.classification IS NOT OLD.classification OR NEW.doc_date IS NOT OLD.doc_date
            OR NEW.retention IS NOT OLD.retention OR NEW.retention_until IS NOT OLD.retention_until OR NEW.archive_id IS NOT OLD.archive_id
            OR NEW.item_no IS NOT OLD.item_no OR (NEW.remarks IS NOT NULL AND NEW.remarks IS NOT OLD.remarks))
        BEGIN SELECT RAISE(ABORT, 'a destroyed item never changes'); END;
      CREATE TRIGGER custody_destroyed_final BEFORE INSERT ON custody_events
        WHEN (SELECT custody_state FROM items WHERE id = NEW.item_id) = 'destroyed'
        BEGIN SELECT RAISE(ABORT, 'a destroyed item has no further custody'); END;
    `);
  },
};
