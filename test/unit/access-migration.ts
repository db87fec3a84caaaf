// The migration test cases for 0110-access and 0130-copies (spread into MIGRATION_CASES in
// migrations.test.ts): grants, their items and the access register are never deleted and their
// facts never change; a grant ends once, a consultation has one time out and one open row per
// grant; copy rows, carry-outs and provisions keep their facts, a returned carry-out is closed.
import { expect } from 'vitest';
import type { Db } from '../../electron/vault/db';

function seed(db: Db) {
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
  db.prepare(
    `INSERT INTO customers(id, category, sub_type, party_kind, name, id_kind, created_at) VALUES (1, 'special', 'bank', 'institution', '中国银行', 'other', 'now')`,
  ).run();
  db.prepare(`INSERT INTO archives(id, customer_id, archive_no, opened_at, next_item_no) VALUES (1, 1, 'TS-2026-00001', 'now', 2)`).run();
  db.prepare(
    `INSERT INTO items(id, archive_id, item_no, title, doc_type, carrier, writing_medium, non_durable, retention, classification, created_at)
     VALUES (1, 1, 1, '授信合同', '合同', 'paper', 'print', 0, '30y', 0, 'now')`,
  ).run();
}

const grant = (db: Db, id: number, from = '2026-12-01T01:00:00Z', until = '2026-12-01T10:00:00Z') =>
  db
    .prepare(
      `INSERT INTO access_grants(id, no, request_id, reader_kind, reader_name, valid_from, valid_until, allow_print, allow_download, created_at, created_by)
       VALUES (?, ?, ?, 'outsider', '周律师', ?, ?, 0, 0, 'now', 1)`,
    )
    .run(id, `CY-2026-000${id}`, id, from, until);

export const accessMigrationCase = {
  110: {
    check(db: Db) {
      seed(db);
      grant(db, 1);
      expect(() => grant(db, 2, '2026-12-01T10:00:00Z', '2026-12-01T09:00:00Z')).toThrow(/CHECK/);
      db.prepare(`INSERT INTO access_grant_items(grant_id, item_id) VALUES (1, 1)`).run();
      expect(() => db.prepare(`UPDATE access_grants SET valid_until = '2027-01-01T00:00:00Z'`).run()).toThrow(/never change/);
      expect(() => db.prepare(`DELETE FROM access_grants`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`DELETE FROM access_grant_items`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`UPDATE access_grants SET ended_at = 'now'`).run()).toThrow(/CHECK/); // an end needs its reason
      db.prepare(`UPDATE access_grants SET ended_at = 'now', ended_by = 1, end_reason = '提前结束'`).run();
      expect(() => db.prepare(`UPDATE access_grants SET ended_at = 'later', end_reason = '再次'`).run()).toThrow(/ends once/);

      const open = () => db.prepare(`INSERT INTO access_consultations(grant_id, operator_id, time_in) VALUES (1, 1, '2026-12-01T02:00:00Z')`).run();
      open();
      expect(open).toThrow(/UNIQUE/); // one open consultation per grant
      expect(() => db.prepare(`UPDATE access_consultations SET time_in = 'x'`).run()).toThrow(/never changes/);
      expect(() => db.prepare(`UPDATE access_consultations SET time_out = '2026-12-01T01:00:00Z', time_out_by = 1`).run()).toThrow(/CHECK/);
      db.prepare(`UPDATE access_consultations SET time_out = '2026-12-01T03:00:00Z', time_out_by = 1`).run();
      expect(() => db.prepare(`UPDATE access_consultations SET time_out = '2026-12-01T04:00:00Z'`).run()).toThrow(/one time out/);
      expect(() => db.prepare(`DELETE FROM access_consultations`).run()).toThrow(/never deleted/);
      open(); // the first one is closed: a new visit may start
    },
  },
};

export const copiesMigrationCase = {
  130: {
    check(db: Db) {
      seed(db);
      const copy = (no: number) =>
        db
          .prepare(
            `INSERT INTO copies(source, request_id, ref_no, item_id, copy_no, kind, for_whom, made_at, made_by) VALUES ('request', 7, 'FZ-2026-0001', 1, ?, 'full', '周律师', 'now', 1)`,
          )
          .run(no);
      copy(1);
      expect(() => copy(1)).toThrow(/UNIQUE/); // one number per copy
      expect(() => copy(0)).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            `INSERT INTO copies(source, ref_no, item_id, copy_no, kind, for_whom, made_at, made_by) VALUES ('request', 'x', 1, 2, 'full', 'x', 'now', 1)`,
          )
          .run(),
      ).toThrow(/CHECK/); // a copy cites the request or grant that allowed it
      expect(() => db.prepare(`UPDATE copies SET for_whom = '别人'`).run()).toThrow(/never change/);
      db.prepare(`UPDATE copies SET state = 'returned'`).run(); // the copy's custody is the one later write
      expect(() => db.prepare(`DELETE FROM copies`).run()).toThrow(/never deleted/);
      db.prepare(`INSERT INTO copy_events(copy_id, state, at, by_id) VALUES (1, 'returned', 'now', 1)`).run();
      expect(() => db.prepare(`UPDATE copy_events SET state = 'destroyed'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`DELETE FROM copy_events`).run()).toThrow(/append-only/);

      db.prepare(
        `INSERT INTO carry_outs(id, request_id, request_no, carrier_id, purpose, destination, measures_json, pledge, expected_return, out_at, out_by)
         VALUES (1, 8, 'WC-2026-0001', 1, '诉讼', '朝阳法院', '["sealedEnvelope"]', 'signed', 'later', 'now', 1)`,
      ).run();
      db.prepare(`INSERT INTO carry_out_items(carry_out_id, item_id) VALUES (1, 1)`).run();
      expect(() => db.prepare(`UPDATE carry_outs SET destination = '别处'`).run()).toThrow(/never change/);
      expect(() => db.prepare(`UPDATE carry_outs SET returned_at = 'now'`).run()).toThrow(/CHECK/); // a return needs its check
      db.prepare(`UPDATE carry_outs SET returned_at = 'now', returned_by = 1, return_check = 'intact'`).run();
      expect(() => db.prepare(`UPDATE carry_outs SET return_check = 'missing'`).run()).toThrow(/closed/);
      expect(() => db.prepare(`DELETE FROM carry_outs`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`DELETE FROM carry_out_items`).run()).toThrow(/never deleted/);

      db.prepare(
        `INSERT INTO provisions(id, request_id, request_no, recipient_org, legal_basis, provided_what, method, provided_at, provided_by)
         VALUES (1, 9, 'DW-2026-0001', '北京市朝阳区人民法院', '协助调查函', '授信合同复印件', 'paper', 'now', 1)`,
      ).run();
      expect(() =>
        db
          .prepare(
            `INSERT INTO provisions(request_id, request_no, recipient_org, legal_basis, provided_what, method, provided_at, provided_by) VALUES (9, 'x', 'x', 'x', 'x', 'paper', 'now', 1)`,
          )
          .run(),
      ).toThrow(/UNIQUE/); // one provision per request
      db.prepare(`INSERT INTO provision_items(provision_id, item_id) VALUES (1, 1)`).run();
      expect(() => db.prepare(`UPDATE provisions SET recipient_org = '别的单位'`).run()).toThrow(/never change/);
      expect(() => db.prepare(`DELETE FROM provisions`).run()).toThrow(/never deleted/);
      expect(() => db.prepare(`DELETE FROM provision_items`).run()).toThrow(/never deleted/);
    },
  },
};
