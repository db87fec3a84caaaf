// 0100: the approval engine (issue 7; R-GOV-1, R-USE-2, R-USE-3, R-LOAN-2, R-SEC-3..5). A request
// is recorded once; after submission its content (what approvers sign) never changes — only its
// status moves on. Steps are signatures (table signatures, record type 'approvalStep'). Nothing
// is ever deleted.
import type { Migration } from '../../vault/migrations/types';

export const m0100: Migration = {
  version: 100,
  name: 'approvals',
  up(db) {
    db.exec(`
      CREATE TABLE requests (
        id                     INTEGER PRIMARY KEY,
        no                     TEXT NOT NULL UNIQUE,
        type                   TEXT NOT NULL,
        status                 TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'expired')),
        scope                  TEXT NOT NULL CHECK (scope IN ('items', 'archive', 'customer')),
        scope_archive_id       INTEGER REFERENCES archives(id),
        scope_customer_id      INTEGER REFERENCES customers(id),
        applicant_kind         TEXT NOT NULL CHECK (applicant_kind IN ('staff', 'outsider')),
        applicant_user_id      INTEGER REFERENCES users(id),
        applicant_name         TEXT NOT NULL CHECK (length(applicant_name) > 0),
        applicant_unit         TEXT NOT NULL CHECK (length(applicant_unit) > 0),
        applicant_contact      TEXT,
        id_doc_kind            TEXT CHECK (id_doc_kind IN ('introLetter', 'workId')),
        id_doc_no              TEXT,
        id_doc_issuer          TEXT,
        purpose                TEXT NOT NULL CHECK (length(purpose) > 0),
        reason                 TEXT NOT NULL CHECK (length(reason) > 0),
        urgency                TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
        stamp_present          INTEGER NOT NULL CHECK (stamp_present IN (0, 1)),
        head_name              TEXT,
        details_json           TEXT NOT NULL,
        chain_json             TEXT,
        highest_classification INTEGER NOT NULL CHECK (highest_classification BETWEEN 0 AND 3),
        created_by             INTEGER NOT NULL REFERENCES users(id),
        created_at             TEXT NOT NULL,
        submitted_at           TEXT,
        decided_at             TEXT,
        expires_at             TEXT,
        decision_reason        TEXT,
        CHECK ((scope = 'archive') = (scope_archive_id IS NOT NULL)),
        CHECK ((scope = 'customer') = (scope_customer_id IS NOT NULL)),
        CHECK (applicant_kind = 'staff' OR (id_doc_kind IS NOT NULL AND id_doc_no IS NOT NULL AND id_doc_issuer IS NOT NULL) OR status = 'draft'),
        CHECK ((status = 'draft') = (submitted_at IS NULL)),
        CHECK (status = 'draft' OR chain_json IS NOT NULL)
      ) STRICT;
      CREATE INDEX requests_status ON requests(status, submitted_at);
      CREATE INDEX requests_type ON requests(type, id);
      CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
        BEGIN SELECT RAISE(ABORT, 'requests are never deleted'); END;
      CREATE TRIGGER requests_fixed BEFORE UPDATE OF id, no, type, scope, scope_archive_id, scope_customer_id, applicant_kind,
          applicant_user_id, applicant_name, applicant_unit, applicant_contact, id_doc_kind, id_doc_no, id_doc_issuer, purpose,
          reason, urgency, stamp_present, head_name, details_json, chain_json, highest_classification, created_by, created_at,
          submitted_at, expires_at ON requests
        WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'a submitted request never changes'); END;
      CREATE TRIGGER requests_final BEFORE UPDATE OF status, decided_at, decision_reason ON requests
        WHEN OLD.status IN ('approved', 'rejected', 'withdrawn', 'expired')
        BEGIN SELECT RAISE(ABORT, 'a decided request never changes'); END;

      -- the targets expanded to items when the request is recorded (the scope is kept on the request)
      CREATE TABLE request_items (
        request_id INTEGER NOT NULL REFERENCES requests(id),
        item_id    INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (request_id, item_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX request_items_item ON request_items(item_id);
      CREATE TRIGGER request_items_no_update BEFORE UPDATE ON request_items
        BEGIN SELECT RAISE(ABORT, 'request targets never change'); END;
      CREATE TRIGGER request_items_no_delete BEFORE DELETE ON request_items
        BEGIN SELECT RAISE(ABORT, 'request targets never change'); END;

      -- scans (introduction letter, stamped paper form); the bytes live in the vault
      CREATE TABLE request_attachments (
        id         INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        kind       TEXT NOT NULL CHECK (kind IN ('introLetter', 'stampedForm', 'other')),
        file_name  TEXT NOT NULL,
        mime       TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
        size       INTEGER NOT NULL CHECK (size > 0),
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        data       BLOB NOT NULL,
        added_at   TEXT NOT NULL,
        added_by   INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX request_attachments_request ON request_attachments(request_id, id);
      CREATE TRIGGER request_attachments_no_update BEFORE UPDATE ON request_attachments
        BEGIN SELECT RAISE(ABORT, 'request attachments never change'); END;
      CREATE TRIGGER request_attachments_no_delete BEFORE DELETE ON request_attachments
        BEGIN SELECT RAISE(ABORT, 'request attachments are never deleted'); END;

      -- number counters per prefix and year (JY-2026-): numbers only ever go up
      CREATE TABLE request_counters (
        prefix TEXT PRIMARY KEY,
        last   INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
