// Home dashboard calls (R-ARCH-2): what waits for the signed-in user and the archive's open
// matters (overdue loans, inspections due, out-of-range readings, retention ending within 90 days,
// open repairs), and for the customer-service department the aggregate view of all customer
// information with charts (ECharts SVG made in main, the same SVG printed in the dashboard register).
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import type { PrintResult } from '../../contract/types';
import { ALL_SUB_TYPES, CARRIERS } from '../../archive/contract/calls';

export const DASHBOARD_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** the customer-service department: the aggregate view of all customer information */
export const CS_DEPARTMENT = ['csManager', 'infoSupervisor', 'operator', 'gm'] as const satisfies readonly Role[];
/** retention ending within this many days is shown (and counted) on the dashboard */
export const RETENTION_WINDOW_DAYS = 90;
/** the aggregate's months: the current one and the 11 before it */
export const DASHBOARD_MONTHS = 12;

/** what waits for me, each shown only to the roles that act on it (the contract's access lists) */
export const WAIT_KEYS = ['approvals', 'returns', 'inspections', 'readings', 'missingReadings', 'appraisals', 'incidents'] as const;
export type WaitKey = (typeof WAIT_KEYS)[number];
export const OVERVIEW_KEYS = [
  'overdueLoans',
  'inspectionsDue',
  'outOfRange',
  'retentionExpiring',
  'appraisalDue',
  'openRepairs',
  'inRepair',
  'openIncidents',
] as const;
export type OverviewKey = (typeof OVERVIEW_KEYS)[number];

export interface DashboardSummary {
  /** the injected clock's now the figures were taken at */
  asOf: string;
  waiting: { key: WaitKey; n: number }[];
  overview: { key: OverviewKey; n: number }[];
}
export interface MonthFigures {
  /** YYYY-MM (UTC+8) */
  month: string;
  intake: number;
  loans: number;
  consultations: number;
}
export interface DashboardAggregate {
  asOf: string;
  customers: { category: string; subType: string; n: number }[];
  byClassification: { classification: number; label: string; n: number }[];
  byCarrier: { carrier: string; n: number }[];
  months: MonthFigures[];
  charts: { customers: string; items: string; months: string };
}

/** A figure without a filtered screen of its own opens its rows in the dashboard (the list behind the number). */
export const drillSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('retention') }).strict(),
  z.object({ kind: z.literal('subType'), subType: z.enum(ALL_SUB_TYPES) }).strict(),
  z.object({ kind: z.literal('carrier'), carrier: z.enum(CARRIERS) }).strict(),
  z.object({ kind: z.enum(['intake', 'loans', 'consultations']), month: z.string().regex(/^\d{4}-\d{2}$/, 'v.month') }).strict(),
]);
export type DrillInput = z.output<typeof drillSchema>;
export interface DrillRow {
  id: number;
  /** 档号 (an item's), the archive number (a customer's) */
  no: string;
  /** the item's title, the customer's name */
  title: string;
  /** the date the row is counted by (retention end, intake, loan out, consultation in), ISO */
  at: string | null;
  /** the borrower / reader, the sub-type, … */
  who: string | null;
}

const chartSize = z.object({ width: z.number().int().min(300).max(1600).default(560), height: z.number().int().min(180).max(800).default(260) }).strict();

export const dashboardCalls = {
  'dashboard.summary': out<DashboardSummary>().call(z.object({}).strict(), DASHBOARD_READERS),
  'dashboard.aggregate': out<DashboardAggregate>().call(z.object({ chart: chartSize.default({ width: 560, height: 260 }) }).strict(), CS_DEPARTMENT),
  'dashboard.drill': out<DrillRow[]>().call(z.object({ drill: drillSchema }).strict(), DASHBOARD_READERS),
  'dashboard.print': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), CS_DEPARTMENT),
} as const;
