// The access domain's objects as the audit trail names them: a grant by its number (CY-2026-0001,
// the approved request's), a consultation by its reader and grant.
import type { EntityNamer } from '../audit/entityNames';

const id = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);

export const accessEntityNames: Record<string, EntityNamer> = {
  accessGrant: (db, sid) => (db.prepare('SELECT no FROM access_grants WHERE id = ?').pluck().get(id(sid)) as string | undefined) ?? null,
  consultation: (db, sid, kit) => {
    const r = db.prepare('SELECT g.no, g.reader_name FROM access_consultations c JOIN access_grants g ON g.id = c.grant_id WHERE c.id = ?').get(id(sid)) as
      { no: string; reader_name: string } | undefined;
    return r ? kit.t({ zh: `${r.reader_name}（${r.no}）`, en: `${r.reader_name} (${r.no})` }) : null;
  },
};
