// Storage-environment calls (R-INSP-3): readings per room — temperature, relative humidity and the
// 八防 checks (damp, mould, pests, fire, theft, light, dust, water) — by hand or from a data
// logger's CSV; limits per carrier (paper 14–24 °C / 45–60 % RH, magnetic media 14–24 °C / 40–60 %)
// and the daily swing (±2 °C / ±5 % RH) as policy values; an out-of-range reading needs an action
// record before its day is closed; fewer readings than the policy's per day are flagged; a chart per
// room (day / month / year) with the limit bands, on screen and in the printed monthly log.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

export const ENV_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** who records readings and actions and closes a day: the information specialist or a custodian */
export const ENV_RECORDERS = ['operator', 'custodian'] as const satisfies readonly Role[];
export const ENV_POLICY_EDITORS = ['securityOfficer'] as const satisfies readonly Role[];

/** 八防: 防潮、防霉、防虫、防火、防盗、防光、防尘、防水 */
export const EIGHT_CHECKS = ['damp', 'mould', 'pests', 'fire', 'theft', 'light', 'dust', 'water'] as const;
export type EightCheck = (typeof EIGHT_CHECKS)[number];
export const ROOM_CARRIERS = ['paper', 'magnetic'] as const;
export type RoomCarrier = (typeof ROOM_CARRIERS)[number];
export const PROBLEMS = ['tLow', 'tHigh', 'rhLow', 'rhHigh', 'tSwing', 'rhSwing', ...EIGHT_CHECKS.map((c) => `check.${c}` as const)] as const;
export type Problem = (typeof PROBLEMS)[number];

const dayRe = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z.string().regex(dayRe, 'v.date');
export const monthSchema = z.string().regex(/^\d{4}-\d{2}$/, 'v.month');
const temp = z.number().min(-40, 'v.range').max(60, 'v.range');
const rh = z.number().min(0, 'v.range').max(100, 'v.range');

export const limitsSchema = z
  .object({ tMin: temp, tMax: temp, rhMin: rh, rhMax: rh })
  .strict()
  .refine((l) => l.tMin < l.tMax, { path: ['tMax'], message: 'v.limitOrder' })
  .refine((l) => l.rhMin < l.rhMax, { path: ['rhMax'], message: 'v.limitOrder' });
export type Limits = z.output<typeof limitsSchema>;
export const envPolicySchema = z
  .object({
    carriers: z.object({ paper: limitsSchema, magnetic: limitsSchema }).strict(),
    /** ± around the day's mean */
    swingT: z.number().min(0.5, 'v.range').max(10, 'v.range'),
    swingRh: z.number().min(1, 'v.range').max(30, 'v.range'),
    readingsPerDay: z.number().int().min(1, 'v.range').max(24, 'v.range'),
    /** each room's carrier (absent = paper) */
    rooms: z.record(z.string().regex(/^\d+$/), z.enum(ROOM_CARRIERS)),
  })
  .strict();
export type EnvPolicy = z.output<typeof envPolicySchema>;
/** GB/T 18894 / JGJ 25 档案馆建筑设计规范 values for the archive room */
export const DEFAULT_ENV_POLICY: EnvPolicy = {
  carriers: { paper: { tMin: 14, tMax: 24, rhMin: 45, rhMax: 60 }, magnetic: { tMin: 14, tMax: 24, rhMin: 40, rhMax: 60 } },
  swingT: 2,
  swingRh: 5,
  readingsPerDay: 2,
  rooms: {},
};

export const checksSchema = z.object(Object.fromEntries(EIGHT_CHECKS.map((c) => [c, z.boolean()])) as Record<EightCheck, z.ZodBoolean>).strict();
export type Checks = z.output<typeof checksSchema>;
export const ALL_OK: Checks = Object.fromEntries(EIGHT_CHECKS.map((c) => [c, true])) as Checks;

export const readingSchema = z
  .object({
    roomId: idSchema,
    at: z.iso.datetime({ offset: true }),
    temperature: temp,
    humidity: rh,
    /** true = in order */
    checks: checksSchema,
    note: z
      .string()
      .trim()
      .max(300, 'v.tooLong')
      .optional()
      .nullable()
      .transform((s) => (s ? s : null)),
  })
  .strict();
export type ReadingInput = z.output<typeof readingSchema>;
export const importCsvSchema = z.object({ roomId: idSchema, csv: z.string().min(1, 'v.required').max(2_000_000, 'v.tooLong') }).strict();
export const actionSchema = z.object({ readingId: idSchema, action: z.string().trim().min(2, 'v.required').max(500, 'v.tooLong') }).strict();
export const chartSchema = z
  .object({
    roomId: idSchema,
    period: z.enum(['day', 'month', 'year']),
    /** the day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) shown */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'v.date'),
    width: z.number().int().min(300).max(1600).default(900),
    height: z.number().int().min(200).max(800).default(320),
  })
  .strict();

export interface ReadingRow {
  id: number;
  roomId: number;
  at: string;
  day: string;
  temperature: number;
  humidity: number;
  checks: Checks;
  source: 'manual' | 'csv';
  note: string | null;
  byName: string;
  problems: Problem[];
  actions: { at: string; action: string; byName: string }[];
}
export interface DayStatus {
  day: string;
  readings: number;
  /** fewer readings than the policy asks (a day already begun) */
  missing: number;
  outOfRange: number;
  /** out-of-range readings still without an action */
  unresolved: number;
  closed: { at: string; byName: string } | null;
}
export interface RoomEnv {
  roomId: number;
  roomName: string;
  carrier: RoomCarrier;
  limits: Limits;
  latest: ReadingRow | null;
  today: DayStatus;
}
export interface EnvCounts {
  /** out-of-range readings without an action */
  unresolved: number;
  /** past days (last 7) with fewer readings than the policy asks */
  missingDays: number;
  /** past days (last 7) not closed */
  unclosedDays: number;
}
export interface ImportResult {
  imported: number;
  skipped: number;
  outOfRange: number;
}

export const environmentCalls = {
  'environment.rooms': out<RoomEnv[]>().call(z.object({}).strict(), ENV_READERS),
  'environment.counts': out<EnvCounts>().call(z.object({}).strict(), ENV_READERS),
  'environment.record': out<ReadingRow>().call(readingSchema, ENV_RECORDERS),
  'environment.importCsv': out<ImportResult>().call(importCsvSchema, ENV_RECORDERS),
  'environment.addAction': out<ReadingRow>().call(actionSchema, ENV_RECORDERS),
  'environment.readings': out<ReadingRow[]>().call(z.object({ roomId: idSchema, from: daySchema, to: daySchema }).strict(), ENV_READERS),
  'environment.days': out<DayStatus[]>().call(z.object({ roomId: idSchema, month: monthSchema }).strict(), ENV_READERS),
  'environment.closeDay': out<DayStatus>().call(z.object({ roomId: idSchema, day: daySchema }).strict(), ENV_RECORDERS),
  'environment.chart': out<{ svg: string }>().call(chartSchema, ENV_READERS),
  'environment.printMonth': out<PrintResult>().call(z.object({ roomId: idSchema, month: monthSchema, target: printTargetSchema }).strict(), ENV_READERS),
  'environment.printYear': out<PrintResult>().call(
    z.object({ roomId: idSchema, year: z.number().int().min(2000, 'v.range').max(2100, 'v.range'), target: printTargetSchema }).strict(),
    ENV_READERS,
  ),
  'environment.policy': out<EnvPolicy>().call(z.object({}).strict(), 'member'),
  'environment.setPolicy': out<EnvPolicy>().call(envPolicySchema, ENV_POLICY_EDITORS),
} as const;
