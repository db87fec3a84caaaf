// The destruction domain's objects as the audit trail names them: 销毁清册 XH-2026-0001.
import type { EntityNamer } from '../audit/entityNames';

const destructionBatch: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  return (db.prepare('SELECT no FROM destruction_batches WHERE id = ?').pluck().get(Number(id)) as string | undefined) ?? null;
};

export const destructionEntityNames = { destructionBatch };
