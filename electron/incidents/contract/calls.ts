// Leak incident calls (R-SEC-7, Art. 27): anyone signed in reports a leak or suspected leak at
// once; the information supervisor and the CS manager are told at once (inbox, menu badge, a
// banner until each acknowledges) and take it through contained → investigating → resolved →
// closed, each step by its person with a note, against policy deadlines. The affected items'
// history is frozen as evidence and the items held until the incident closes. The report prints.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { ADMIN_ROLES, ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

/** Art. 27: anyone signed in reports a leak or suspected leak — every business role and the three
 *  administrators of 三员分立; those never see customer information, so they name no items or
 *  customers (their description is the report) and see only the incidents they reported. */
export const INCIDENT_REPORTERS = ROLES satisfies readonly Role[];
/** reports by name only: no item or customer pickers, only their own reports listed */
// an administrator's role is exclusive (roleSetProblem); an actor with no roles at all (a register
// built for print verification) is not one
export const isAdminOnly = (roles: readonly string[]) => roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r));
/** Art. 27: reported to the customer-information supervisor and the CS department manager */
export const INCIDENT_HANDLERS = ['infoSupervisor', 'csManager'] as const satisfies readonly Role[];

export const INCIDENT_STEPS = ['contained', 'investigating', 'resolved', 'closed'] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];
export const INCIDENT_STATES = ['reported', ...INCIDENT_STEPS] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];
/** Who records each step: the supervisor contains, investigates and resolves; the CS manager closes. */
export const STEP_ROLES: Record<IncidentStep, readonly Role[]> = {
  contained: ['infoSupervisor', 'csManager'],
  investigating: ['infoSupervisor'],
  resolved: ['infoSupervisor'],
  closed: ['csManager'],
};
export const INCIDENT_FILTERS = ['all', 'open', 'overdue', 'closed'] as const;
export type IncidentFilter = (typeof INCIDENT_FILTERS)[number];

/** hours from the report by which each step is due (policy value 'incidents.deadlineHours', changed on the 策略 page) */
export type IncidentDeadlines = Record<IncidentStep, number>;
export const DEFAULT_INCIDENT_DEADLINES: IncidentDeadlines = { contained: 24, investigating: 72, resolved: 30 * 24, closed: 45 * 24 };

const text = (min: number, max: number) => z.string().trim().min(min, 'v.required').max(max, 'v.tooLong');

export const incidentReportSchema = z
  .object({
    /** what leaked or may have leaked */
    summary: text(4, 1000),
    /** when it was found (not later than now: checked in main) */
    foundAt: z.iso.datetime({ offset: true, message: 'v.date' }),
    itemIds: z.array(idSchema).max(200, 'v.tooLong').default([]),
    customerIds: z.array(idSchema).max(50, 'v.tooLong').default([]),
    /** suspected channel (e.g. 私人通信、普通电话、互联网) */
    channel: text(2, 300),
    /** the immediate remedial measures already taken (Art. 27) */
    measures: text(4, 1000),
  })
  // no item and no customer is allowed: a leak not tied to a known item (then nothing is frozen or held)
  .strict();
export type IncidentReportInput = z.input<typeof incidentReportSchema>;
export const incidentStepSchema = z.object({ incidentId: idSchema, step: z.enum(INCIDENT_STEPS), note: text(2, 1000) }).strict();
export const incidentDeadlinesSchema = z
  .object(
    Object.fromEntries(
      INCIDENT_STEPS.map((s) => [
        s,
        z
          .number()
          .int('v.range')
          .min(1, 'v.range')
          .max(24 * 365, 'v.range'),
      ]),
    ) as Record<IncidentStep, z.ZodNumber>,
  )
  .strict();

export interface IncidentItemRef {
  itemId: number;
  archiveNo: string;
  title: string;
  classification: number;
}
export interface IncidentCustomerRef {
  customerId: number;
  name: string;
  archiveNo: string | null;
}
export interface IncidentStepRow {
  step: IncidentStep;
  at: string;
  byName: string;
  note: string;
  /** recorded after its deadline */
  late: boolean;
}
export interface IncidentAck {
  userId: number;
  userName: string;
  at: string;
}
export interface IncidentRow {
  id: number;
  no: string;
  summary: string;
  foundAt: string;
  channel: string;
  measures: string;
  reportedAt: string;
  reportedByName: string;
  inspectionNo: string | null;
  state: IncidentState;
  /** the next step, when it is due, and whether that is past */
  next: { step: IncidentStep; dueAt: string; overdue: boolean } | null;
  items: IncidentItemRef[];
  customers: IncidentCustomerRef[];
  steps: IncidentStepRow[];
  acks: IncidentAck[];
  /** the signed-in person is to acknowledge it (supervisor / CS manager, not yet acknowledged) */
  mineToAck: boolean;
  /** items still held by this incident */
  heldItems: number;
  /** no item and no customer named (a leak not tied to a known item): no evidence frozen, nothing held */
  unscoped: boolean;
}
export interface EvidenceCheck {
  /** sha256 of the stored evidence, recomputed now */
  computed: string;
  /** the hash recorded in the incident's audit trail entry at the report */
  recorded: string | null;
  ok: boolean;
}
export interface IncidentDetail extends IncidentRow {
  evidence: unknown;
  evidenceSha256: string;
  evidenceCheck: EvidenceCheck;
}
export interface IncidentCounts {
  open: number;
  overdue: number;
  /** open or not, incidents the signed-in person has not acknowledged (supervisor / CS manager) */
  unacknowledged: number;
}

export const incidentCalls = {
  'incidents.list': out<IncidentRow[]>().call(z.object({ filter: z.enum(INCIDENT_FILTERS).default('all') }).strict(), INCIDENT_REPORTERS),
  'incidents.get': out<IncidentDetail>().call(z.object({ incidentId: idSchema }).strict(), INCIDENT_REPORTERS),
  'incidents.counts': out<IncidentCounts>().call(z.object({}).strict(), INCIDENT_REPORTERS),
  'incidents.report': out<IncidentDetail>().call(incidentReportSchema, INCIDENT_REPORTERS),
  'incidents.acknowledge': out<IncidentRow>().call(z.object({ incidentId: idSchema }).strict(), INCIDENT_HANDLERS),
  'incidents.step': out<IncidentRow>().call(incidentStepSchema, INCIDENT_HANDLERS),
  'incidents.deadlines': out<IncidentDeadlines>().call(z.object({}).strict(), INCIDENT_REPORTERS),
  'incidents.print': out<PrintResult>().call(z.object({ incidentId: idSchema, target: printTargetSchema }).strict(), INCIDENT_HANDLERS),
} as const;
