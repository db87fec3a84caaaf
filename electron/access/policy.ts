// Access policy (settings row 'access.policy'): when a grant ends by default (the same day, at
// the reading room's closing time) and how long a grant may last. Times of day are the
// workstation's wall clock (contract/time.ts), as the people at the desk read them.
import { formatTime, workstationTimeZone } from '../contract/time';
import { z } from 'zod';
import { registerPolicyValue } from '../settings/policyValues';
import { sql, type Reader } from '../vault/sql';

export interface AccessPolicy {
  /** HH:MM: a grant without an end time ends at this time on its first day */
  dayEndsAt: string;
  /** the longest a grant may last, in days */
  maxDays: number;
}

export const DEFAULT_ACCESS_POLICY: AccessPolicy = { dayEndsAt: '18:00', maxDays: 7 };
const KEY = 'access.policy';
// R-GOV-1: changes only through a GM-approved policy version
registerPolicyValue({
  key: KEY,
  label: { zh: '查阅授权时限', en: 'Access grant limits' },
  schema: z
    .object({ dayEndsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time'), maxDays: z.number().int().min(1, 'v.range').max(30, 'v.range') })
    .strict(),
  default: DEFAULT_ACCESS_POLICY,
  domain: 'access',
});

export function getAccessPolicy(r: Reader): AccessPolicy {
  const json = r.value<string>(sql`SELECT value_json FROM settings WHERE key = ${KEY}`);
  return json ? { ...DEFAULT_ACCESS_POLICY, ...(JSON.parse(json) as Partial<AccessPolicy>) } : DEFAULT_ACCESS_POLICY;
}

/** ms the zone's wall clock is ahead of UTC at instant t */
function offsetMs(t: number, tz: string): number {
  const s = formatTime(new Date(t), 'zh-CN', tz); // 'YYYY-MM-DD HH:mm:ss'
  return Date.parse(`${s.replace(' ', 'T')}Z`) - t;
}

/** The instant at wall time `hhmm` on local date `date` (YYYY-MM-DD) in zone tz. */
export function zonedInstant(date: string, hhmm: string, tz = workstationTimeZone()): Date {
  const guess = Date.parse(`${date}T${hhmm}:00Z`);
  const first = guess - offsetMs(guess, tz);
  return new Date(guess - offsetMs(first, tz));
}

/** The local date (YYYY-MM-DD) of instant t in zone tz. */
export const localDate = (t: Date, tz = workstationTimeZone()): string => formatTime(t, 'zh-CN', tz, { dateOnly: true });

/** The next local date after `date`. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Default end of a grant starting at `from`: the same day at dayEndsAt; after that hour, the same day's last minute. */
export function defaultUntil(r: Reader, from: Date, tz = workstationTimeZone()): Date {
  const day = localDate(from, tz);
  const end = zonedInstant(day, getAccessPolicy(r).dayEndsAt, tz);
  return end > from ? end : zonedInstant(day, '23:59', tz);
}
