// 0020: customers and their archives, items, locations, movements, custody events, handovers,
// and the search index (R-CUST-1, R-ARCH-1..5, R-SEC-2, R-LOAN-1). Sized for 100k customers /
// 1M items: every list is served by an index in its display order.
import type { Migration } from '../../vault/migrations/types';

export const m0020: Migration = {
  version: 20,
  name: 'archive',
  up(db) {
    db.exec(`
      CREATE TABLE customers (
        id                    INTEGER PRIMARY KEY,
        category              TEXT NOT NULL CHECK (category IN ('general', 'special')),
        sub_type              TEXT NOT NULL,
        party_kind            TEXT NOT NULL CHECK (party_kind IN ('person', 'institution')),
        name                  TEXT NOT NULL,
        id_kind               TEXT NOT NULL CHECK (id_kind IN ('uscc', 'residentId', 'passport', 'other')),
        id_number             TEXT,
        contact_person        TEXT,
        phone                 TEXT,
        email                 TEXT,
        address               TEXT,
        relationship_owner_id INTEGER REFERENCES users(id),
        first_contact_date    TEXT,
        remarks               TEXT,
        created_at            TEXT NOT NULL,
        created_by            INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE UNIQUE INDEX customers_id_number ON customers(id_kind, id_number) WHERE id_number IS NOT NULL AND id_number <> '';
      -- Archives are never deleted (Art. 6: numbers never reused).
      CREATE TRIGGER customers_no_delete BEFORE DELETE ON customers
        BEGIN SELECT RAISE(ABORT, 'customers are never deleted'); END;

      CREATE TABLE archives (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL UNIQUE REFERENCES customers(id),
        archive_no  TEXT NOT NULL UNIQUE,
        opened_at   TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER archives_no_delete BEFORE DELETE ON archives
        BEGIN SELECT RAISE(ABORT, 'archives are never deleted'); END;
      CREATE TRIGGER archives_no_renumber BEFORE UPDATE OF archive_no ON archives
        BEGIN SELECT RAISE(ABORT, 'archive numbers never change'); END;

      -- One counter per expanded prefix (e.g. 'TS-2026-'): numbers only ever go up.
      CREATE TABLE archive_counters (
        scope    TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE rooms (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TABLE cabinets (
        id         INTEGER PRIMARY KEY,
        room_id    INTEGER NOT NULL REFERENCES rooms(id),
        code       TEXT NOT NULL,
        name       TEXT,
        zone       TEXT NOT NULL CHECK (zone IN ('general', 'special', 'any')),
        segregated INTEGER NOT NULL CHECK (segregated IN (0, 1)),
        shelves    INTEGER NOT NULL,
        positions  INTEGER NOT NULL,
        UNIQUE (room_id, code)
      ) STRICT;
      -- A location is one position: cabinet › shelf (1 = top) › position (1 = left).
      CREATE TABLE locations (
        id         INTEGER PRIMARY KEY,
        cabinet_id INTEGER NOT NULL REFERENCES cabinets(id),
        shelf      INTEGER NOT NULL,
        position   INTEGER NOT NULL,
        UNIQUE (cabinet_id, shelf, position)
      ) STRICT;

      CREATE TABLE items (
        id              INTEGER PRIMARY KEY,
        archive_id      INTEGER NOT NULL REFERENCES archives(id),
        title           TEXT NOT NULL,
        doc_type        TEXT NOT NULL,
        doc_date        TEXT,
        pages           INTEGER,
        copies          INTEGER NOT NULL DEFAULT 1,
        carrier         TEXT NOT NULL CHECK (carrier IN ('paper', 'opticalDisc', 'usb', 'film', 'electronic')),
        writing_medium  TEXT NOT NULL CHECK (writing_medium IN ('carbonInk', 'blueBlackInk', 'print', 'ballpoint', 'pencil', 'thermalPaper', 'other')),
        non_durable     INTEGER NOT NULL CHECK (non_durable IN (0, 1)),
        retention       TEXT NOT NULL CHECK (retention IN ('10y', '30y', 'permanent')),
        retention_until TEXT,
        classification  INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 3),
        custodian_id    INTEGER REFERENCES users(id),
        remarks         TEXT,
        created_at      TEXT NOT NULL,
        created_by      INTEGER REFERENCES users(id),
        -- current position; UNIQUE = one item per position. Changed only together with a movements row.
        location_id     INTEGER UNIQUE REFERENCES locations(id),
        -- cache of the latest custody_events row, written ONLY by the trigger below (R-LOAN-1:
        -- the state is derived from records; the cache makes filtering 1M items indexable)
        custody_state   TEXT NOT NULL DEFAULT 'intake',
        CHECK (classification < 2 OR custodian_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX items_archive ON items(archive_id, id);
      CREATE INDEX items_classification ON items(classification, id);
      CREATE INDEX items_custody ON items(custody_state, id);
      CREATE INDEX items_custodian ON items(custodian_id);
      CREATE TRIGGER items_no_delete BEFORE DELETE ON items
        BEGIN SELECT RAISE(ABORT, 'items are never deleted; destruction is a custody state'); END;

      CREATE TABLE movements (
        id               INTEGER PRIMARY KEY,
        item_id          INTEGER NOT NULL REFERENCES items(id),
        from_location_id INTEGER REFERENCES locations(id),
        to_location_id   INTEGER REFERENCES locations(id),
        at               TEXT NOT NULL,
        by_id            INTEGER NOT NULL REFERENCES users(id),
        reason           TEXT
      ) STRICT;
      CREATE INDEX movements_item ON movements(item_id, id);
      CREATE TRIGGER movements_no_update BEFORE UPDATE ON movements BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;
      CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements BEGIN SELECT RAISE(ABORT, 'movements are append-only'); END;

      CREATE TABLE custody_events (
        id       INTEGER PRIMARY KEY,
        item_id  INTEGER NOT NULL REFERENCES items(id),
        state    TEXT NOT NULL CHECK (state IN ('onShelf', 'onLoan', 'inRepair', 'pendingDestruction', 'destroyed')),
        at       TEXT NOT NULL,
        by_id    INTEGER REFERENCES users(id),
        ref_type TEXT,
        ref_id   TEXT
      ) STRICT;
      CREATE INDEX custody_events_item ON custody_events(item_id, id);
      CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
      CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON custody_events BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
      CREATE TRIGGER custody_events_derive AFTER INSERT ON custody_events
        BEGIN UPDATE items SET custody_state = NEW.state WHERE id = NEW.item_id; END;

      -- 交接: signed by the receiving custodian (signatures.record_type = 'handover')
      CREATE TABLE handovers (
        id                INTEGER PRIMARY KEY,
        item_id           INTEGER NOT NULL REFERENCES items(id),
        from_custodian_id INTEGER REFERENCES users(id),
        to_custodian_id   INTEGER NOT NULL REFERENCES users(id),
        at                TEXT NOT NULL,
        by_id             INTEGER NOT NULL REFERENCES users(id),
        remarks           TEXT,
        status            TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed'))
      ) STRICT;
      CREATE INDEX handovers_item ON handovers(item_id, id);

      -- Search (R-ARCH-3): one document per customer and per item.
      --   text     = name/title + archive number + id number (Chinese substring, ≥ 3 chars: trigram)
      --   py_full  = full pinyin without spaces ('zhongguoyinhang')
      --   py_init  = pinyin initials ('zgyh')
      CREATE TABLE search_docs (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('customer', 'item')),
        ref_id      INTEGER NOT NULL,
        customer_id INTEGER NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE INDEX search_docs_customer ON search_docs(customer_id);
      -- result order (customers first, then items, by insertion): a page of 50 reads 50 index entries
      CREATE INDEX search_docs_order ON search_docs(kind, id);
      CREATE VIRTUAL TABLE search_fts USING fts5(text, py_full, py_init, tokenize = 'trigram');
      -- Queries of 1–2 characters cannot use trigrams: every distinct 1- and 2-character gram of
      -- the text and the initials is listed here, so a short query is one index lookup.
      CREATE TABLE search_grams (
        gram   TEXT NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (gram, doc_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
