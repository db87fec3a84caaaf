// 0160: the storage environment (R-INSP-3). Readings per room (by hand or from a data logger's CSV)
// are never changed or deleted; actions on out-of-range readings and the day closes are append-only;
// nothing is added to a closed day (triggers). Whether a reading is out of range is computed from
// the policy's limits when it is read, so the record is the measurement itself.
import type { Migration } from '../../vault/migrations/types';

export const m0160: Migration = {
  version: 160,
  name: 'environment',
  up(db) {
    db.exec(`
      CREATE TABLE env_readings (
        id          INTEGER PRIMARY KEY,
        room_id     INTEGER NOT NULL REFERENCES rooms(id),
        at          TEXT NOT NULL,
        day         TEXT NOT NULL,                 -- the calendar day (UTC+8) of at
        temperature REAL NOT NULL,
        humidity    REAL NOT NULL,
        checks_json TEXT NOT NULL,                 -- 八防: { damp: true (in order), … }
        source      TEXT NOT NULL CHECK (source IN ('manual', 'csv')),
        note        TEXT,
        by_id       INTEGER NOT NULL REFERENCES users(id),
        by_name     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (room_id, at)
      ) STRICT;
      CREATE INDEX env_readings_day ON env_readings(room_id, day, at);

      CREATE TABLE env_actions (
        id         INTEGER PRIMARY KEY,
        reading_id INTEGER NOT NULL REFERENCES env_readings(id),
        at         TEXT NOT NULL,
        action     TEXT NOT NULL,
        by_id      INTEGER NOT NULL REFERENCES users(id),
        by_name    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX env_actions_reading ON env_actions(reading_id);

      CREATE TABLE env_day_closes (
        room_id  INTEGER NOT NULL REFERENCES rooms(id),
        day      TEXT NOT NULL,
        at       TEXT NOT NULL,
        readings INTEGER NOT NULL,
        missing  INTEGER NOT NULL,
        by_id    INTEGER NOT NULL REFERENCES users(id),
        by_name  TEXT NOT NULL,
        PRIMARY KEY (room_id, day)
      ) STRICT;

      CREATE TRIGGER env_readings_no_update BEFORE UPDATE ON env_readings BEGIN SELECT RAISE(ABORT, 'readings are never changed'); END;
      CREATE TRIGGER env_readings_no_delete BEFORE DELETE ON env_readings BEGIN SELECT RAISE(ABORT, 'readings are never deleted'); END;
      CREATE TRIGGER env_actions_no_update BEFORE UPDATE ON env_actions BEGIN SELECT RAISE(ABORT, 'actions are append-only'); END;
      CREATE TRIGGER env_actions_no_delete BEFORE DELETE ON env_actions BEGIN SELECT RAISE(ABORT, 'actions are append-only'); END;
      CREATE TRIGGER env_day_closes_no_update BEFORE UPDATE ON env_day_closes BEGIN SELECT RAISE(ABORT, 'a closed day stays closed'); END;
      CREATE TRIGGER env_day_closes_no_delete BEFORE DELETE ON env_day_closes BEGIN SELECT RAISE(ABORT, 'a closed day stays closed'); END;
      CREATE TRIGGER env_readings_day_open BEFORE INSERT ON env_readings
        WHEN EXISTS (SELECT 1 FROM env_day_closes c WHERE c.room_id = NEW.room_id AND c.day = NEW.day)
        BEGIN SELECT RAISE(ABORT, 'day closed'); END;
    `);
  },
};
