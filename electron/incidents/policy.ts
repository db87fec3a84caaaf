// Incident deadlines as a registered policy value (R-SEC-7, R-GOV-1): hours from the report by
// which each step is due. Changed only through the 策略 page (proposed, GM-approved, applied from a
// date); read with policyValue (its settings row, else DEFAULT_INCIDENT_DEADLINES).
import { policyValue, registerPolicyValue } from '../settings/policyValues';
import type { Db } from '../vault/db';
import type { Reader } from '../vault/sql';
import { DEFAULT_INCIDENT_DEADLINES, incidentDeadlinesSchema, type IncidentDeadlines } from './contract/calls';

export const INCIDENT_POLICY_KEYS = { deadlineHours: 'incidents.deadlineHours' } as const;
export { DEFAULT_INCIDENT_DEADLINES };

registerPolicyValue({
  key: INCIDENT_POLICY_KEYS.deadlineHours,
  label: { zh: '泄密事件处置时限（自报告起，小时）', en: 'Leak incident deadlines (hours from the report)' },
  schema: incidentDeadlinesSchema,
  default: { ...DEFAULT_INCIDENT_DEADLINES },
  unit: { zh: '小时', en: 'hours' },
  domain: 'incidents',
});

export const incidentDeadlines = (db: Db | Reader): IncidentDeadlines => policyValue<IncidentDeadlines>(db, INCIDENT_POLICY_KEYS.deadlineHours);
