// The reports domain's objects as the audit trail names them: a report by its number and template
// (BB-2026-0001《客户信息统计报表》), a template by its current name.
import type { EntityNamer } from '../audit/entityNames';

const report: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db.prepare('SELECT no, template_name FROM reports WHERE id = ?').get(Number(id)) as { no: string; template_name: string } | undefined;
  return r ? `${r.no}《${r.template_name}》` : null;
};
const reportTemplate: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  const name = db.prepare('SELECT name FROM report_template_versions WHERE template_id = ? ORDER BY version DESC LIMIT 1').pluck().get(Number(id)) as
    string | undefined;
  return name ? `《${name}》` : null;
};

export const reportsEntityNames = { report, reportTemplate };
