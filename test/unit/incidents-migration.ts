// Migration case for 0170 incidents (spread into MIGRATION_CASES in migrations.test.ts): reports,
// items and acknowledgements never change, steps only in order, a hold only released, once.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

const base = (db: Db) => {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '王专员', '["operator"]', 'now')`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'x', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
  db.prepare(
    `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
     VALUES (1, 1, 1, '贷款合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
  ).run();
  db.prepare(
    `INSERT INTO incidents(id, no, summary, found_at, channel, measures, reported_at, reported_by, reported_by_name, evidence_json, evidence_sha256)
     VALUES (1, 'XM-2026-001', '客户资料外传', 'now', '私人通信', '已收回', 'now', 1, '王专员', '{}', 'x')`,
  ).run();
  db.prepare(`INSERT INTO incident_items(incident_id, item_id, archive_no, title, classification) VALUES (1, 1, 'TS-2026-00001-001', '贷款合同', 0)`).run();
};
const step = (db: Db, state: string) =>
  db.prepare(`INSERT INTO incident_steps(incident_id, state, at, by_id, by_name, note) VALUES (1, ?, 'now', 1, '王专员', '记录')`).run(state);

export const incidentsMigrationCase: Record<number, { check(db: Db): void }> = {
  170: {
    check(db) {
      base(db);
      expect(() => db.prepare(`UPDATE incidents SET evidence_json = '{"x":1}' WHERE id = 1`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM incidents`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`DELETE FROM incident_items`).run()).toThrow(/never deleted/);
      // steps in order only, each once, never changed
      expect(() => step(db, 'investigating')).toThrow(/in order/);
      step(db, 'contained');
      expect(() => step(db, 'contained')).toThrow(/UNIQUE/);
      expect(() => step(db, 'closed')).toThrow(/in order/);
      step(db, 'investigating');
      expect(() => db.prepare(`UPDATE incident_steps SET note = 'x'`).run()).toThrow(/append-only/);
      // acknowledgements: one per person
      db.prepare(`INSERT INTO incident_acks(incident_id, user_id, user_name, at) VALUES (1, 1, '王专员', 'now')`).run();
      expect(() => db.prepare(`INSERT INTO incident_acks(incident_id, user_id, user_name, at) VALUES (1, 1, '王专员', 'later')`).run()).toThrow(/UNIQUE/);
      // a hold is placed once per ref, released once, never deleted or rewritten
      db.prepare(
        `INSERT INTO item_holds(item_id, reason, ref_type, ref_id, placed_at, placed_by) VALUES (1, '泄密事件证据保全', 'incident', 1, 'now', 1)`,
      ).run();
      expect(() =>
        db.prepare(`INSERT INTO item_holds(item_id, reason, ref_type, ref_id, placed_at, placed_by) VALUES (1, 'x', 'incident', 1, 'now', 1)`).run(),
      ).toThrow(/UNIQUE/);
      expect(() => db.prepare(`UPDATE item_holds SET reason = 'x'`).run()).toThrow(/released, once/);
      expect(() => db.prepare(`UPDATE item_holds SET released_at = 'later'`).run()).toThrow(/CHECK/);
      db.prepare(`UPDATE item_holds SET released_at = 'later', released_by = 1`).run();
      expect(() => db.prepare(`UPDATE item_holds SET released_at = 'again', released_by = 1`).run()).toThrow(/released, once/);
      expect(() => db.prepare(`DELETE FROM item_holds`).run()).toThrow(/never deleted/);
    },
  },
};
