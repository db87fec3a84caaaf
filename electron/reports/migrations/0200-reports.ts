// Statistical reports (R-REP-1..5). Template versions are filed, never changed or deleted: a new
// version is written only by a GM-approved 'reportTemplate' request (its request_id). A compiled
// report keeps the figures it was compiled with and names the template version; its two review
// signatures, its numbered copies, their distribution and their strike-offs are append-only.
import type { Migration } from '../../vault/migrations/types';

/** The vetted first template, version 1 (the figures Art. 9 names: category, classification, period, loans, access). */
export const FIRST_TEMPLATE = {
  name: '客户信息统计报表',
  definition: {
    figures: [
      { key: 'newCustomers', label: '新建客户（按类别）', source: 'customers', groupBy: 'category', chart: 'bar' },
      { key: 'newItems', label: '入库档案（按密级）', source: 'items', groupBy: 'classification', chart: 'bar' },
      { key: 'itemsByCarrier', label: '入库档案（按载体）', source: 'items', groupBy: 'carrier', chart: 'pie' },
      { key: 'loans', label: '借阅（按月）', source: 'loans', groupBy: 'month', chart: 'bar' },
      { key: 'access', label: '查阅人次（按月）', source: 'access', groupBy: 'month', chart: 'bar' },
      { key: 'copies', label: '复制件', source: 'copies', groupBy: 'none', chart: 'none' },
      { key: 'destroyed', label: '销毁档案', source: 'destruction', groupBy: 'none', chart: 'none' },
      { key: 'inspections', label: '库房检查（按状态）', source: 'inspections', groupBy: 'status', chart: 'none' },
    ],
  },
};

export const m0200: Migration = {
  version: 200,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE report_templates (
        id INTEGER PRIMARY KEY
      ) STRICT;
      CREATE TRIGGER report_templates_no_delete BEFORE DELETE ON report_templates BEGIN SELECT RAISE(ABORT, 'templates are never deleted'); END;

      CREATE TABLE report_template_versions (
        template_id     INTEGER NOT NULL REFERENCES report_templates(id),
        version         INTEGER NOT NULL CHECK (version >= 1),
        name            TEXT NOT NULL,
        definition_json TEXT NOT NULL,
        request_id      INTEGER,                    -- the GM-approved change (null: the vetted first version)
        request_no      TEXT,
        created_at      TEXT,                       -- null: shipped with the software
        PRIMARY KEY (template_id, version),
        CHECK (request_id IS NOT NULL OR (version = 1 AND created_at IS NULL))
      ) STRICT;
      CREATE TRIGGER report_template_versions_no_update BEFORE UPDATE ON report_template_versions BEGIN SELECT RAISE(ABORT, 'template versions are filed'); END;
      CREATE TRIGGER report_template_versions_no_delete BEFORE DELETE ON report_template_versions BEGIN SELECT RAISE(ABORT, 'template versions are filed'); END;

      CREATE TABLE reports (
        id               INTEGER PRIMARY KEY,
        no               TEXT NOT NULL UNIQUE,          -- BB-2026-0001
        template_id      INTEGER NOT NULL,
        template_version INTEGER NOT NULL,
        template_name    TEXT NOT NULL,
        period_from      TEXT NOT NULL,
        period_to        TEXT NOT NULL,
        request_id       INTEGER,                       -- the approved 'reportRequest' it answers
        request_no       TEXT,
        figures_json     TEXT NOT NULL,
        compiled_at      TEXT NOT NULL,
        compiled_by      INTEGER NOT NULL REFERENCES users(id),
        compiled_by_name TEXT NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('compiled', 'reviewed', 'released')),
        released_at      TEXT,
        released_by_name TEXT,
        copies_total     INTEGER CHECK (copies_total IS NULL OR copies_total BETWEEN 1 AND 50),
        FOREIGN KEY (template_id, template_version) REFERENCES report_template_versions(template_id, version)
      ) STRICT;
      CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports BEGIN SELECT RAISE(ABORT, 'reports are never deleted'); END;
      CREATE TRIGGER reports_fixed BEFORE UPDATE OF id, no, template_id, template_version, template_name, period_from, period_to, request_id,
          request_no, figures_json, compiled_at, compiled_by, compiled_by_name ON reports
        BEGIN SELECT RAISE(ABORT, 'a compiled report never changes'); END;
      CREATE TRIGGER reports_released_once BEFORE UPDATE OF released_at, copies_total ON reports WHEN OLD.released_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'released once'); END;

      CREATE TABLE report_reviews (
        report_id    INTEGER NOT NULL REFERENCES reports(id),
        as_role      TEXT NOT NULL CHECK (as_role IN ('infoSupervisor', 'csManager')),
        signature_id INTEGER NOT NULL,
        signer_id    INTEGER NOT NULL REFERENCES users(id),
        signer_name  TEXT NOT NULL,
        at           TEXT NOT NULL,
        PRIMARY KEY (report_id, as_role),
        UNIQUE (report_id, signer_id)
      ) STRICT;

      CREATE TABLE report_copies (
        report_id INTEGER NOT NULL REFERENCES reports(id),
        copy_no   INTEGER NOT NULL CHECK (copy_no >= 1),
        PRIMARY KEY (report_id, copy_no)
      ) STRICT;

      CREATE TABLE report_distributions (
        report_id       INTEGER NOT NULL,
        copy_no         INTEGER NOT NULL,
        recipient_name  TEXT NOT NULL,
        recipient_unit  TEXT NOT NULL,
        received_at     TEXT NOT NULL,
        by_id           INTEGER NOT NULL REFERENCES users(id),
        by_name         TEXT NOT NULL,
        PRIMARY KEY (report_id, copy_no),
        FOREIGN KEY (report_id, copy_no) REFERENCES report_copies(report_id, copy_no)
      ) STRICT;

      CREATE TABLE report_copy_strikes (
        report_id INTEGER NOT NULL,
        copy_no   INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('recalled', 'destroyed')),
        reason    TEXT NOT NULL,
        at        TEXT NOT NULL,
        by_id     INTEGER NOT NULL REFERENCES users(id),
        by_name   TEXT NOT NULL,
        PRIMARY KEY (report_id, copy_no),
        FOREIGN KEY (report_id, copy_no) REFERENCES report_copies(report_id, copy_no)
      ) STRICT;
    `);
    for (const t of ['report_reviews', 'report_copies', 'report_distributions', 'report_copy_strikes']) {
      db.exec(`
        CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
        CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only (strike off, never delete)'); END;
      `);
    }
    const id = Number(db.prepare('INSERT INTO report_templates DEFAULT VALUES').run().lastInsertRowid);
    db.prepare('INSERT INTO report_template_versions(template_id, version, name, definition_json) VALUES (?, 1, ?, ?)').run(
      id,
      FIRST_TEMPLATE.name,
      JSON.stringify(FIRST_TEMPLATE.definition),
    );
  },
};
