// The dashboard's figures (R-ARCH-2), taken at the injected clock's now through each domain's own
// counting (the same numbers as its screen and badge), never a copy of its rules. "What waits for
// me" lists only what the user's roles act on: the contract's access list of the call that acts.
import { accessAllows, type Access } from '../contract/call';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import { reader, sql, sqlRaw, type Reader } from '../vault/sql';
import { listAppraisals } from '../destruction';
import { destructionCalls } from '../destruction/contract/calls';
import type { Vault } from '../vault/vault';
import { approvalCounts } from '../approvals';
import { approvalCalls } from '../approvals/contract/calls';
import { loanCounts } from '../loans';
import { loanCalls } from '../loans/contract/calls';
import { inspectionCounts } from '../inspections';
import { inspectionCalls } from '../inspections/contract/calls';
import { repairCounts } from '../repairs';
import { envCounts } from '../environment';
import { environmentCalls } from '../environment/contract/calls';
import { incidentCounts } from '../incidents';
import { incidentCalls } from '../incidents/contract/calls';
import { RETENTION_WINDOW_DAYS, type DashboardSummary, type OverviewKey, type WaitKey } from './contract/calls';

const OFFSET = 8 * 3600_000;
/** the calendar day (UTC+8) of an instant */
export const localDay = (d: Date): string => new Date(d.getTime() + OFFSET).toISOString().slice(0, 10);
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Items whose retention ends from today through the window (not destroyed): the end in force is
 * the item's retention_until, or the keep-until of its latest appraisal when that extended it
 * (destruction, R-SEC-6); an item appraised permanent never ends.
 */
export const RETENTION_END = sqlRaw(`CASE ap.decision WHEN 'extend' THEN ap.keep_until WHEN 'permanent' THEN NULL ELSE i.retention_until END`);
export const RETENTION_FROM = sqlRaw(
  `items i LEFT JOIN destruction_appraisals ap ON ap.id = (SELECT max(x.id) FROM destruction_appraisals x WHERE x.item_id = i.id)`,
);
export const retentionWindow = (now: Date) => ({ from: localDay(now), to: addDays(localDay(now), RETENTION_WINDOW_DAYS) });
export function retentionExpiring(r: Reader, now: Date): number {
  const w = retentionWindow(now);
  return (
    r.value<number>(
      sql`SELECT count(*) FROM ${RETENTION_FROM} WHERE ${RETENTION_END} >= ${w.from} AND ${RETENTION_END} <= ${w.to} AND i.custody_state <> 'destroyed'`,
    ) ?? 0
  );
}

const may = (actor: Actor, access: Access) => accessAllows(access, actor.roles);

export function dashboardSummary(vault: Vault, clock: Clock, actor: Actor): DashboardSummary {
  const now = clock.now();
  const db = vault.db;
  const r = reader(db);
  const loans = loanCounts(db, now);
  const ins = inspectionCounts(db, now);
  const env = envCounts(db, now);
  const rep = repairCounts(db);
  const inc = incidentCounts(db, now, actor);
  const waiting: { key: WaitKey; n: number }[] = [];
  if (may(actor, approvalCalls['approvals.inbox'].access)) waiting.push({ key: 'approvals', n: approvalCounts(vault, clock, actor).inbox });
  if (may(actor, loanCalls['loans.return'].access)) waiting.push({ key: 'returns', n: loans.overdue });
  if (may(actor, inspectionCalls['inspections.start'].access)) waiting.push({ key: 'inspections', n: ins.due + ins.overdue });
  if (may(actor, environmentCalls['environment.addAction'].access)) {
    waiting.push({ key: 'readings', n: env.unresolved });
    waiting.push({ key: 'missingReadings', n: env.missingDays });
  }
  const appraisalDue = listAppraisals(db, clock, { filter: 'due' }).length;
  if (may(actor, destructionCalls['destruction.appraise'].access)) waiting.push({ key: 'appraisals', n: appraisalDue });
  if (may(actor, incidentCalls['incidents.acknowledge'].access)) waiting.push({ key: 'incidents', n: inc.unacknowledged });
  const overview: { key: OverviewKey; n: number }[] = [
    { key: 'overdueLoans', n: loans.overdue },
    { key: 'inspectionsDue', n: ins.due + ins.overdue },
    { key: 'outOfRange', n: env.unresolved },
    { key: 'retentionExpiring', n: retentionExpiring(r, now) },
    { key: 'appraisalDue', n: appraisalDue },
    { key: 'openRepairs', n: rep.open },
    { key: 'inRepair', n: rep.inRepair },
    { key: 'openIncidents', n: inc.open },
  ];
  return { asOf: now.toISOString(), waiting, overview };
}

/** The overview alone (the same for everyone): what the printout carries and its verification rebuilds. */
export function overviewFigures(vault: Vault, clock: Clock): DashboardSummary['overview'] {
  return dashboardSummary(vault, clock, { id: 0, name: '', roles: [] }).overview;
}
