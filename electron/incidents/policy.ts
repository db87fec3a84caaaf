// Incident deadlines as a policy value (R-SEC-7): hours from the report by which each step is due,
// a settings row with typed defaults (DEFAULT_INCIDENT_DEADLINES), like the other domains' policies.
import { appendAudit } from '../audit/append';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { DEFAULT_INCIDENT_DEADLINES, incidentDeadlinesSchema, type IncidentDeadlines } from './contract/calls';

export const INCIDENT_POLICY_KEYS = { deadlineHours: 'incidents.deadlineHours' } as const;
export { DEFAULT_INCIDENT_DEADLINES };

export function incidentDeadlines(db: Db | Reader): IncidentDeadlines {
  const r = 'prepare' in db ? reader(db) : db;
  const json = r.value<string>(sql`SELECT value_json FROM settings WHERE key = ${INCIDENT_POLICY_KEYS.deadlineHours}`);
  if (!json) return { ...DEFAULT_INCIDENT_DEADLINES };
  const p = incidentDeadlinesSchema.safeParse({ ...DEFAULT_INCIDENT_DEADLINES, ...(JSON.parse(json) as object) });
  return p.success ? p.data : { ...DEFAULT_INCIDENT_DEADLINES };
}

export function setIncidentDeadlines(vault: Vault, clock: Clock, actor: Actor, next: IncidentDeadlines): IncidentDeadlines {
  return vault.write((w) => {
    w.run(sql`INSERT INTO settings(key, value_json) VALUES (${INCIDENT_POLICY_KEYS.deadlineHours}, ${JSON.stringify(next)})
              ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'incident.deadlines',
      entity: 'settings',
      entityId: INCIDENT_POLICY_KEYS.deadlineHours,
      detail: { ...next },
    });
    return incidentDeadlines(w);
  });
}
