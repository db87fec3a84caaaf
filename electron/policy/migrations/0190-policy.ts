// 0190: policy under GM approval (R-GOV-1). One row per proposal of a policy value; it becomes a
// version (numbered per key) only when the GM approves it, and is applied to the settings row
// the domains read from its effective date. Nothing is ever deleted; what was proposed, by whom,
// under which request and from which date never changes; approval and application happen once.
import type { Migration } from '../../vault/migrations/types';

export const m0190: Migration = {
  version: 190,
  name: 'policy',
  up(db) {
    db.exec(`
      CREATE TABLE policy_versions (
        id               INTEGER PRIMARY KEY,
        key              TEXT NOT NULL CHECK (length(key) > 0),
        version          INTEGER CHECK (version >= 1),       -- NULL while proposed (or rejected)
        value_json       TEXT NOT NULL,
        effective_from   TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        request_id       INTEGER UNIQUE REFERENCES requests(id), -- NULL only for version 1 (first-run value)
        proposed_by      INTEGER REFERENCES users(id),
        proposed_by_name TEXT,
        proposed_at      TEXT NOT NULL,
        approved_at      TEXT,
        approved_by_name TEXT,
        applied_at       TEXT,
        UNIQUE (key, version),
        CHECK ((version IS NULL) = (approved_at IS NULL)),
        CHECK (request_id IS NOT NULL OR coalesce(version, 0) = 1),
        CHECK (applied_at IS NULL OR version IS NOT NULL)
      ) STRICT;
      CREATE INDEX policy_versions_due ON policy_versions(applied_at, effective_from);
      CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON policy_versions
        BEGIN SELECT RAISE(ABORT, 'policy versions are never deleted'); END;
      CREATE TRIGGER policy_versions_fixed BEFORE UPDATE OF id, key, value_json, effective_from, request_id, proposed_by,
          proposed_by_name, proposed_at ON policy_versions
        BEGIN SELECT RAISE(ABORT, 'a policy proposal never changes'); END;
      CREATE TRIGGER policy_versions_approved_once BEFORE UPDATE OF version, approved_at, approved_by_name ON policy_versions
        WHEN OLD.approved_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a policy version is approved once'); END;
      CREATE TRIGGER policy_versions_applied_once BEFORE UPDATE OF applied_at ON policy_versions
        WHEN OLD.applied_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a policy version is applied once'); END;
    `);
  },
};
