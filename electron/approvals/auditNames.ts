// Requests as the audit trail names them: by number (申请 JY-2026-0001).
import type { EntityNamer } from '../audit/entityNames';

export const approvalEntityNames: Record<string, EntityNamer> = {
  request: (db, sid) =>
    /^\d+$/.test(sid) ? ((db.prepare('SELECT no FROM requests WHERE id = ?').pluck().get(Number(sid)) as string | undefined) ?? null) : null,
};
