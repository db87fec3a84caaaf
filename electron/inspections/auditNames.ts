// The inspections domain's objects as the audit trail names them: a record by its number and
// scope (JC-2026-001 一号库房), a plan by its scope.
import type { EntityNamer } from '../audit/entityNames';

const inspection: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db.prepare('SELECT no, scope_name FROM inspections WHERE id = ?').get(Number(id)) as { no: string; scope_name: string } | undefined;
  return r ? `${r.no}（${r.scope_name}）` : null;
};
const inspectionPlan: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db
    .prepare('SELECT r.name, c.code FROM inspection_plans p JOIN rooms r ON r.id = p.room_id LEFT JOIN cabinets c ON c.id = p.cabinet_id WHERE p.id = ?')
    .get(Number(id)) as { name: string; code: string | null } | undefined;
  return r ? (r.code ? `${r.name} ${r.code}` : r.name) : null;
};

export const inspectionEntityNames = { inspection, inspectionPlan };
