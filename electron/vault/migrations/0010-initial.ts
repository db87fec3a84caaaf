// 0010: people, keys, audit trail, signatures, checkpoints, settings.
import type { Migration } from './types';

export const m0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id                   INTEGER PRIMARY KEY,
        login                TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name         TEXT NOT NULL,
        roles_json           TEXT NOT NULL,
        disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at           TEXT NOT NULL,
        last_sign_in_at      TEXT,
        rules_ack_at         TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1))
      ) STRICT;

      -- Ed25519 keys. A password reset by an administrator issues a new key and retires the
      -- old one; old signatures keep verifying against the retired public key.
      CREATE TABLE user_keys (
        id                   INTEGER PRIMARY KEY,
        user_id              INTEGER NOT NULL REFERENCES users(id),
        public_key           TEXT NOT NULL,  -- base64 SPKI DER
        wrapped_private_json TEXT NOT NULL,  -- PKCS8 sealed with the user's slot KEK
        created_at           TEXT NOT NULL,
        retired_at           TEXT
      ) STRICT;
      CREATE INDEX user_keys_user ON user_keys(user_id);

      CREATE TABLE audit_entry (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor_id    INTEGER,
        actor_name  TEXT,
        action      TEXT NOT NULL,
        entity      TEXT NOT NULL,
        entity_id   TEXT,
        detail_json TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX audit_entry_action ON audit_entry(action);
      CREATE INDEX audit_entry_actor ON audit_entry(actor_id);
      CREATE INDEX audit_entry_at ON audit_entry(at);
      CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
      CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;

      CREATE TABLE signatures (
        id           INTEGER PRIMARY KEY,
        record_type  TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        signer_id    INTEGER NOT NULL REFERENCES users(id),
        signer_name  TEXT NOT NULL,
        meaning      TEXT NOT NULL CHECK (meaning IN ('reviewed', 'approved', 'rejected', 'witnessed')),
        at           TEXT NOT NULL,
        audit_head   TEXT NOT NULL,
        key_id       INTEGER NOT NULL REFERENCES user_keys(id),
        signature    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signatures_record ON signatures(record_type, record_id);
      CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
      CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;

      -- Signed audit heads (at sign-out / lock); the latest is mirrored in keys.json.
      CREATE TABLE checkpoints (
        id        INTEGER PRIMARY KEY,
        seq       INTEGER NOT NULL,
        head      TEXT NOT NULL,
        at        TEXT NOT NULL,
        signer_id INTEGER NOT NULL REFERENCES users(id),
        key_id    INTEGER NOT NULL REFERENCES user_keys(id),
        signature TEXT NOT NULL
      ) STRICT;

      -- Results of audit verification runs; a verification is a record that can be signed.
      CREATE TABLE audit_verifications (
        id           TEXT PRIMARY KEY,
        at           TEXT NOT NULL,
        by_id        INTEGER NOT NULL REFERENCES users(id),
        ok           INTEGER NOT NULL,
        report_json  TEXT NOT NULL,
        content_hash TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
