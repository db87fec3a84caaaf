// 0175: an optional photo per condition finding (R-INSP-1: "with note and optional photo"). One
// JPEG/PNG per item row of a record, with its sha256; replaced or removed only while the record is
// open — once the inspector signed it is frozen like the rows (triggers), and the signed content
// hash covers its sha256.
import type { Migration } from '../../vault/migrations/types';

export const m0175: Migration = {
  version: 175,
  name: 'inspection-photos',
  up(db) {
    db.exec(`
      CREATE TABLE inspection_photos (
        inspection_id INTEGER NOT NULL REFERENCES inspections(id),
        item_id       INTEGER NOT NULL REFERENCES items(id),
        mime          TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
        size          INTEGER NOT NULL CHECK (size > 0),
        sha256        TEXT NOT NULL,
        data          BLOB NOT NULL,
        added_at      TEXT NOT NULL,
        added_by      INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (inspection_id, item_id)
      ) STRICT;
      CREATE TRIGGER inspection_photos_frozen_insert BEFORE INSERT ON inspection_photos
        WHEN (SELECT status FROM inspections WHERE id = NEW.inspection_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
      CREATE TRIGGER inspection_photos_frozen_update BEFORE UPDATE ON inspection_photos
        WHEN (SELECT status FROM inspections WHERE id = OLD.inspection_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
      CREATE TRIGGER inspection_photos_frozen_delete BEFORE DELETE ON inspection_photos
        WHEN (SELECT status FROM inspections WHERE id = OLD.inspection_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'a signed inspection record is never changed'); END;
    `);
  },
};
