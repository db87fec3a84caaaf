// Migration cases for 0140 inspections, 0150 repairs and 0160 environment (spread into
// MIGRATION_CASES in migrations.test.ts): each table's guarantees hold at its version.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

const base = (db: Db) => {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '王专员', '["operator"]', 'now')`).run();
  db.prepare(`INSERT INTO rooms(id, name) VALUES (1, '一号库房')`).run();
  db.prepare(`INSERT INTO cabinets(id, room_id, code, zone, segregated, shelves, positions) VALUES (1, 1, 'A01', 'any', 0, 1, 1)`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'x', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
  db.prepare(
    `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
     VALUES (1, 1, 1, '贷款合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
  ).run();
};
const inspection = (db: Db) => {
  db.prepare(`INSERT INTO inspection_plans(id, scope, scope_key, room_id, created_at, created_by) VALUES (1, 'room', 'room:1', 1, 'now', 1)`).run();
  db.prepare(
    `INSERT INTO inspections(id, no, plan_id, scope_name, status, started_at, inspector_id, inspector_name) VALUES (1, 'JC-2026-001', 1, '一号库房', 'open', 'now', 1, '王专员')`,
  ).run();
  db.prepare(
    `INSERT INTO inspection_items(inspection_id, item_id, archive_no, title, classification, expected, result) VALUES (1, 1, 'TS-2026-00001-001', '贷款合同', 0, 1, 'pending')`,
  ).run();
};

export const inspectionsMigrationCases: Record<number, { check(db: Db): void }> = {
  140: {
    check(db) {
      base(db);
      inspection(db);
      // open: the walk changes rows; once the inspector signed ('inspected') nothing changes
      db.prepare(`UPDATE inspection_items SET result = 'present' WHERE inspection_id = 1`).run();
      db.prepare(`UPDATE inspections SET status = 'inspected' WHERE id = 1`).run();
      expect(() => db.prepare(`UPDATE inspection_items SET result = 'missing' WHERE inspection_id = 1`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM inspection_items`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE inspections SET no = 'JC-2026-009' WHERE id = 1`).run()).toThrow(/never changed/);
      // one plan per room or cabinet; an unexpected row is never 'expected'
      expect(() =>
        db.prepare(`INSERT INTO inspection_plans(scope, scope_key, room_id, created_at, created_by) VALUES ('room', 'room:1', 1, 'now', 1)`).run(),
      ).toThrow(/UNIQUE/);
    },
  },
  150: {
    check(db) {
      base(db);
      db.prepare(
        `INSERT INTO repairs(id, no, item_id, archive_no, title, classification, finding, opened_at, opened_by, opened_by_name)
                  VALUES (1, 'XF-2026-001', 1, 'TS-2026-00001-001', '贷款合同', 0, 'faded', 'now', 1, '王专员')`,
      ).run();
      const ev = (kind: string) => db.prepare(`INSERT INTO repair_events(repair_id, kind, at, by_id, by_name) VALUES (1, ?, 'now', 1, '王专员')`).run(kind);
      expect(() => ev('finish')).toThrow(/in order/);
      ev('start');
      expect(() => ev('verify')).toThrow(/in order/);
      ev('finish');
      ev('verify');
      expect(() => ev('start')).toThrow(/UNIQUE/);
      expect(() => db.prepare(`UPDATE repairs SET finding = 'damaged'`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM repair_events`).run()).toThrow(/append-only/);
    },
  },
  160: {
    check(db) {
      base(db);
      const reading = (at: string) =>
        db
          .prepare(
            `INSERT INTO env_readings(room_id, at, day, temperature, humidity, checks_json, source, by_id, by_name, created_at) VALUES (1, ?, '2026-11-27', 19, 52, '{}', 'manual', 1, '王专员', 'now')`,
          )
          .run(at);
      reading('2026-11-27T01:00:00.000Z');
      expect(() => reading('2026-11-27T01:00:00.000Z')).toThrow(/UNIQUE/);
      db.prepare(`INSERT INTO env_day_closes(room_id, day, at, readings, missing, by_id, by_name) VALUES (1, '2026-11-27', 'now', 1, 1, 1, '王专员')`).run();
      expect(() => reading('2026-11-27T08:00:00.000Z')).toThrow(/day closed/);
      expect(() => db.prepare(`UPDATE env_readings SET temperature = 30`).run()).toThrow(/never changed/);
      expect(() => db.prepare(`DELETE FROM env_day_closes`).run()).toThrow(/stays closed/);
    },
  },
};
