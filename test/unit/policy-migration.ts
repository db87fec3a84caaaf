// The migration test case for 0190-policy (spread into MIGRATION_CASES in migrations.test.ts):
// a proposal never changes, a version is approved once and applied once, nothing is deleted, a
// version number is unique per key, and only version 1 may exist without an approval request.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

function seed(db: Db) {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'so', '保密员', '["securityOfficer"]', 'now')`).run();
  db.prepare(
    `INSERT INTO requests(id, no, type, status, scope, applicant_kind, applicant_name, applicant_unit, purpose, reason, urgency, stamp_present,
       details_json, chain_json, highest_classification, created_by, created_at, submitted_at)
     VALUES (1, 'ZC-2026-0001', 'policy', 'submitted', 'items', 'staff', '保密员', '客户服务中心', '策略变更', '调整', 'normal', 0, '{}', '[]', 0, 1, 'now', 'now')`,
  ).run();
}
const v1 = (db: Db, key = 'loans.policy') =>
  db
    .prepare(
      `INSERT INTO policy_versions(key, version, value_json, effective_from, proposed_at, approved_at, applied_at) VALUES (?, 1, '{"days":3}', '2026-01-01', 'now', 'now', 'now')`,
    )
    .run(key);
const proposal = (db: Db, requestId: number | null, version: number | null = null) =>
  db
    .prepare(
      `INSERT INTO policy_versions(key, version, value_json, effective_from, request_id, proposed_by, proposed_by_name, proposed_at, approved_at)
       VALUES ('loans.policy', ?, '{"days":2}', '2026-12-10', ?, 1, '保密员', 'now', ?)`,
    )
    .run(version, requestId, version === null ? null : 'now');

export const policyMigrationCase = {
  190: {
    check(db: Db) {
      seed(db);
      v1(db);
      expect(() => v1(db)).toThrow(/UNIQUE/);
      expect(() => proposal(db, null)).toThrow(/CHECK/); // only version 1 comes without a request
      proposal(db, 1);
      expect(() => db.prepare(`UPDATE policy_versions SET value_json = '{"days":1}' WHERE request_id = 1`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`UPDATE policy_versions SET effective_from = '2026-12-01' WHERE request_id = 1`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`UPDATE policy_versions SET applied_at = 'now' WHERE request_id = 1`).run()).toThrow(/CHECK/); // not approved yet
      db.prepare(`UPDATE policy_versions SET version = 2, approved_at = 'later', approved_by_name = '总经理' WHERE request_id = 1`).run();
      expect(() => db.prepare(`UPDATE policy_versions SET version = 3 WHERE request_id = 1`).run()).toThrow(/approved once/);
      db.prepare(`UPDATE policy_versions SET applied_at = 'later' WHERE request_id = 1`).run();
      expect(() => db.prepare(`UPDATE policy_versions SET applied_at = 'again' WHERE request_id = 1`).run()).toThrow(/applied once/);
      expect(() => db.prepare(`DELETE FROM policy_versions`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`INSERT INTO policy_versions(key, value_json, effective_from, proposed_at) VALUES ('x', '1', '2026-1-1', 'now')`).run()).toThrow(
        /CHECK/,
      );
    },
  },
};
