// Migration case for 0200 reports (spread into MIGRATION_CASES in migrations.test.ts): the first
// template is version 1; versions are filed (never changed or deleted) and a later version needs
// its approved request; a compiled report never changes and is released once; reviews, copies,
// distributions and strike-offs are append-only.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

export const reportsMigrationCase: Record<number, { check(db: Db): void }> = {
  200: {
    check(db) {
      db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '王专员', '["operator"]', 'now')`).run();
      expect(db.prepare(`SELECT template_id, version, name, request_id FROM report_template_versions`).all()).toEqual([
        { template_id: 1, version: 1, name: '客户信息统计报表', request_id: null },
      ]);
      expect(() => db.prepare(`UPDATE report_template_versions SET name = 'x'`).run()).toThrow(/filed/);
      expect(() => db.prepare(`DELETE FROM report_template_versions`).run()).toThrow(/filed/);
      // a second version without an approved request is refused
      expect(() =>
        db.prepare(`INSERT INTO report_template_versions(template_id, version, name, definition_json, created_at) VALUES (1, 2, 'x', '{}', 'now')`).run(),
      ).toThrow(/CHECK/);
      db.prepare(
        `INSERT INTO report_template_versions(template_id, version, name, definition_json, request_id, request_no, created_at) VALUES (1, 2, 'x', '{}', 9, 'MB-2026-0001', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO reports(id, no, template_id, template_version, template_name, period_from, period_to, figures_json, compiled_at, compiled_by, compiled_by_name, status)
         VALUES (1, 'BB-2026-0001', 1, 2, 'x', '2026-11-01', '2026-11-30', '[]', 'now', 1, '王专员', 'compiled')`,
      ).run();
      expect(() => db.prepare(`UPDATE reports SET figures_json = '[1]'`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`DELETE FROM reports`).run()).toThrow(/never deleted/);
      // a report names an existing template version
      expect(() =>
        db
          .prepare(
            `INSERT INTO reports(no, template_id, template_version, template_name, period_from, period_to, figures_json, compiled_at, compiled_by, compiled_by_name, status)
             VALUES ('BB-2026-0002', 1, 7, 'x', '2026-11-01', '2026-11-30', '[]', 'now', 1, '王专员', 'compiled')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      db.prepare(`UPDATE reports SET status = 'released', released_at = 'now', copies_total = 2 WHERE id = 1`).run();
      expect(() => db.prepare(`UPDATE reports SET copies_total = 3 WHERE id = 1`).run()).toThrow(/released once/);
      db.prepare(`INSERT INTO report_copies(report_id, copy_no) VALUES (1, 1), (1, 2)`).run();
      db.prepare(`INSERT INTO report_distributions VALUES (1, 1, '周敏', '风险管理部', 'now', 1, '王专员')`).run();
      expect(() => db.prepare(`INSERT INTO report_distributions VALUES (1, 1, '别人', '别处', 'now', 1, '王专员')`).run()).toThrow(/UNIQUE|PRIMARY/);
      expect(() => db.prepare(`INSERT INTO report_distributions VALUES (1, 3, '周敏', '风险管理部', 'now', 1, '王专员')`).run()).toThrow(/FOREIGN KEY/);
      db.prepare(`INSERT INTO report_copy_strikes VALUES (1, 1, 'recalled', '收回', 'now', 1, '王专员')`).run();
      for (const t of ['report_copies', 'report_distributions', 'report_copy_strikes']) {
        expect(() => db.prepare(`DELETE FROM ${t}`).run()).toThrow(/never delete/);
        expect(() => db.prepare(`UPDATE ${t} SET copy_no = 2`).run()).toThrow(/append-only/);
      }
    },
  },
};
