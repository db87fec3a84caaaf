// The incidents domain's objects as the audit trail names them: XM-2026-001.
import type { EntityNamer } from '../audit/entityNames';

const incident: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  return (db.prepare('SELECT no FROM incidents WHERE id = ?').pluck().get(Number(id)) as string | undefined) ?? null;
};

export const incidentEntityNames = { incident };
