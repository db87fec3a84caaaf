// The environment domain's objects as the audit trail names them: a reading by room and time, a
// day by room and date.
import type { EntityNamer } from '../audit/entityNames';

const envReading: EntityNamer = (db, id, kit) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db.prepare('SELECT r.name, e.at FROM env_readings e JOIN rooms r ON r.id = e.room_id WHERE e.id = ?').get(Number(id)) as
    { name: string; at: string } | undefined;
  return r ? `${r.name} ${kit.time(r.at)}` : null;
};
const envDay: EntityNamer = (db, id) => {
  const m = /^(\d+):(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (!m) return null;
  const name = db.prepare('SELECT name FROM rooms WHERE id = ?').pluck().get(Number(m[1])) as string | undefined;
  return name ? `${name} ${m[2]}` : null;
};

export const environmentEntityNames = { envReading, envDay };
