// 0030: scanned attachments on archive items (issue 3; R-USE-1, R-SEC-2). The bytes are a BLOB
// in the vault (SQLCipher encrypts them at rest) — never loose files. Metadata and bytes are in
// separate tables so listing an item's attachments never walks a 20 MB overflow chain.
// Archive content is never deleted or rewritten: an attachment can only be withdrawn, once.
import type { Migration } from '../../vault/migrations/types';

export const m0030: Migration = {
  version: 30,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        id               INTEGER PRIMARY KEY,
        item_id          INTEGER NOT NULL REFERENCES items(id),
        file_name        TEXT NOT NULL,
        mime             TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')),
        size             INTEGER NOT NULL CHECK (size > 0),
        sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
        added_at         TEXT NOT NULL,
        added_by         INTEGER NOT NULL REFERENCES users(id),
        withdrawn_at     TEXT,
        withdrawn_by     INTEGER REFERENCES users(id),
        withdrawn_reason TEXT,
        CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
      ) STRICT;
      CREATE INDEX attachments_item ON attachments(item_id, id);
      CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
        BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
      CREATE TRIGGER attachments_fixed BEFORE UPDATE OF id, item_id, file_name, mime, size, sha256, added_at, added_by ON attachments
        BEGIN SELECT RAISE(ABORT, 'attachments never change'); END;
      CREATE TRIGGER attachments_withdraw_once BEFORE UPDATE OF withdrawn_at, withdrawn_by, withdrawn_reason ON attachments
        WHEN OLD.withdrawn_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'attachments are withdrawn once'); END;

      CREATE TABLE attachment_blobs (
        attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
        data          BLOB NOT NULL
      ) STRICT;
      CREATE TRIGGER attachment_blobs_no_update BEFORE UPDATE ON attachment_blobs
        BEGIN SELECT RAISE(ABORT, 'attachments never change'); END;
      CREATE TRIGGER attachment_blobs_no_delete BEFORE DELETE ON attachment_blobs
        BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
    `);
  },
};
