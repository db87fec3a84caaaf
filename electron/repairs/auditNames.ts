// The repairs domain's objects as the audit trail names them: XF-2026-001（TS-2026-00001-003）.
import type { EntityNamer } from '../audit/entityNames';

const repair: EntityNamer = (db, id) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db.prepare('SELECT no, archive_no FROM repairs WHERE id = ?').get(Number(id)) as { no: string; archive_no: string } | undefined;
  return r ? `${r.no}（${r.archive_no}）` : null;
};

export const repairEntityNames = { repair };
