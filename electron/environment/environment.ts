// The storage environment (R-INSP-3): readings per room by hand or from a data logger's CSV, each
// judged against the room's carrier limits and the daily swing (policy), actions on out-of-range
// readings, missing readings flagged (policy: twice a day) and the day closed only once every
// out-of-range reading has its action. Every change is one transaction with its audit entry.
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/append';
import { registerPolicyValue } from '../settings/policyValues';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  ALL_OK,
  DEFAULT_ENV_POLICY,
  EIGHT_CHECKS,
  envPolicySchema,
  type Checks,
  type DayStatus,
  type EnvCounts,
  type EnvPolicy,
  type ImportResult,
  type Limits,
  type Problem,
  type ReadingInput,
  type ReadingRow,
  type RoomCarrier,
  type RoomEnv,
} from './contract/calls';

const POLICY_KEY = 'environment.policy';
// R-GOV-1: the environment limits change only through a GM-approved policy version
registerPolicyValue({
  key: POLICY_KEY,
  label: { zh: '库房温湿度限值', en: 'Storage environment limits' },
  schema: envPolicySchema,
  default: structuredClone(DEFAULT_ENV_POLICY),
  domain: 'environment',
});
const OFFSET = 8 * 3600_000;
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

/** The calendar day (UTC+8, the room's) of an instant. */
export const dayOf = (iso: string): string => new Date(new Date(iso).getTime() + OFFSET).toISOString().slice(0, 10);
export const addDay = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function getEnvPolicy(db: Db | Reader): EnvPolicy {
  const json = rd(db).value<string>(sql`SELECT value_json FROM settings WHERE key = ${POLICY_KEY}`);
  if (!json) return structuredClone(DEFAULT_ENV_POLICY);
  const p = envPolicySchema.safeParse({ ...DEFAULT_ENV_POLICY, ...(JSON.parse(json) as object) });
  return p.success ? p.data : structuredClone(DEFAULT_ENV_POLICY);
}
/** R-GOV-1: refused — environment.policy changes only by a proposal on the 策略 page that the GM approves. */
export function setEnvPolicy(_vault: Vault, _clock: Clock, _actor: Actor, _next: EnvPolicy): EnvPolicy {
  throw new DomainError('POLICY_NEEDS_APPROVAL', 'environment.policy is a policy value: propose a change (策略) for the GM to approve');
}
export const roomCarrier = (p: EnvPolicy, roomId: number): RoomCarrier => p.rooms[String(roomId)] ?? 'paper';
export const roomLimits = (p: EnvPolicy, roomId: number): Limits => p.carriers[roomCarrier(p, roomId)];

interface ReadingDb {
  id: number;
  roomId: number;
  at: string;
  day: string;
  temperature: number;
  humidity: number;
  checksJson: string;
  source: 'manual' | 'csv';
  note: string | null;
  byName: string;
}

/**
 * R-INSP-3: what is wrong with a reading — below/above the carrier's limits, a failed 八防 check,
 * or the day's swing: the readings of that day up to this one deviate from their mean by more than
 * ± the policy's swing, and this reading is one of the extremes.
 */
export function problemsOf(p: EnvPolicy, r: ReadingDb, dayBefore: readonly ReadingDb[]): Problem[] {
  const l = roomLimits(p, r.roomId);
  const out: Problem[] = [];
  if (r.temperature < l.tMin) out.push('tLow');
  if (r.temperature > l.tMax) out.push('tHigh');
  if (r.humidity < l.rhMin) out.push('rhLow');
  if (r.humidity > l.rhMax) out.push('rhHigh');
  const swing = (vals: number[], v: number, limit: number) => {
    if (vals.length < 2) return false;
    const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
    const dev = Math.max(...vals.map((x) => Math.abs(x - mean)));
    return dev > limit + 1e-9 && Math.abs(v - mean) + 1e-9 >= dev;
  };
  const upTo = [...dayBefore, r];
  if (
    swing(
      upTo.map((x) => x.temperature),
      r.temperature,
      p.swingT,
    )
  )
    out.push('tSwing');
  if (
    swing(
      upTo.map((x) => x.humidity),
      r.humidity,
      p.swingRh,
    )
  )
    out.push('rhSwing');
  const checks = JSON.parse(r.checksJson) as Checks;
  for (const c of EIGHT_CHECKS) if (checks[c] === false) out.push(`check.${c}`);
  return out;
}

const READING_SELECT = sql`SELECT id, room_id, at, day, temperature, humidity, checks_json, source, note, by_name FROM env_readings`;

function rowsOf(r: Reader, p: EnvPolicy, list: ReadingDb[]): ReadingRow[] {
  const byDay = new Map<string, ReadingDb[]>();
  return list.map((x) => {
    const key = `${x.roomId}|${x.day}`;
    if (!byDay.has(key)) byDay.set(key, r.all<ReadingDb>(sql`${READING_SELECT} WHERE room_id = ${x.roomId} AND day = ${x.day} ORDER BY at, id`));
    const day = byDay.get(key)!;
    const before = day.filter((y) => y.at < x.at || (y.at === x.at && y.id < x.id));
    const { checksJson, ...rest } = x;
    return {
      ...rest,
      checks: JSON.parse(checksJson) as Checks,
      problems: problemsOf(p, x, before),
      actions: r.all<{ at: string; action: string; byName: string }>(sql`SELECT at, action, by_name FROM env_actions WHERE reading_id = ${x.id} ORDER BY id`),
    };
  });
}

export function listReadings(db: Db | Reader, input: { roomId: number; from: string; to: string }): ReadingRow[] {
  const r = rd(db);
  const list = r.all<ReadingDb>(sql`${READING_SELECT} WHERE room_id = ${input.roomId} AND day >= ${input.from} AND day <= ${input.to} ORDER BY at, id`);
  return rowsOf(r, getEnvPolicy(r), list);
}
function readingById(r: Reader, id: number): ReadingRow {
  const x = r.get<ReadingDb>(sql`${READING_SELECT} WHERE id = ${id}`);
  if (!x) throw new DomainError('NOT_FOUND', `reading ${id} not found`);
  return rowsOf(r, getEnvPolicy(r), [x])[0]!;
}
function roomName(r: Reader, roomId: number): string {
  const n = r.value<string>(sql`SELECT name FROM rooms WHERE id = ${roomId}`);
  if (n === undefined) throw new DomainError('NOT_FOUND', `room ${roomId} not found`);
  return n;
}

/** R-INSP-3: a day's readings, the missing ones (a day begun: today counts what is due by now), the unresolved out-of-range ones. */
export function dayStatus(r: Reader, roomId: number, day: string, now: Date): DayStatus {
  const p = getEnvPolicy(r);
  const readings = listReadings(r, { roomId, from: day, to: day });
  const today = dayOf(now.toISOString());
  // today: the readings due by now (the first by noon, the second by the end of the day, …)
  const hour = ((now.getTime() + OFFSET) % 86_400_000) / 3_600_000;
  const due = day < today ? p.readingsPerDay : day === today ? Math.floor((hour / 24) * p.readingsPerDay) : 0;
  const out = readings.filter((x) => x.problems.length > 0);
  const closed = r.get<{ at: string; byName: string }>(sql`SELECT at, by_name FROM env_day_closes WHERE room_id = ${roomId} AND day = ${day}`) ?? null;
  return {
    day,
    readings: readings.length,
    missing: Math.max(0, due - readings.length),
    outOfRange: out.length,
    unresolved: out.filter((x) => x.actions.length === 0).length,
    closed,
  };
}

export function monthDays(db: Db | Reader, roomId: number, month: string, now: Date): DayStatus[] {
  const r = rd(db);
  roomName(r, roomId);
  const out: DayStatus[] = [];
  const today = dayOf(now.toISOString());
  for (let d = `${month}-01`; d.startsWith(month) && d <= today; d = addDay(d, 1)) out.push(dayStatus(r, roomId, d, now));
  return out;
}

export function listRooms(db: Db | Reader, now: Date): RoomEnv[] {
  const r = rd(db);
  const p = getEnvPolicy(r);
  const today = dayOf(now.toISOString());
  return r.all<{ id: number; name: string }>(sql`SELECT id, name FROM rooms ORDER BY name`).map((room) => {
    const last = r.get<ReadingDb>(sql`${READING_SELECT} WHERE room_id = ${room.id} ORDER BY at DESC, id DESC LIMIT 1`);
    return {
      roomId: room.id,
      roomName: room.name,
      carrier: roomCarrier(p, room.id),
      limits: roomLimits(p, room.id),
      latest: last ? rowsOf(r, p, [last])[0]! : null,
      today: dayStatus(r, room.id, today, now),
    };
  });
}

export function envCounts(db: Db | Reader, now: Date): EnvCounts {
  const r = rd(db);
  const today = dayOf(now.toISOString());
  const rooms = r.values<number>(sql`SELECT id FROM rooms`);
  let unresolved = 0;
  let missingDays = 0;
  let unclosedDays = 0;
  for (const id of rooms) {
    unresolved += listReadings(r, { roomId: id, from: addDay(today, -31), to: today }).filter((x) => x.problems.length && !x.actions.length).length;
    for (let i = 1; i <= 7; i++) {
      const s = dayStatus(r, id, addDay(today, -i), now);
      if (s.missing) missingDays++;
      if (!s.closed) unclosedDays++;
    }
  }
  return { unresolved, missingDays, unclosedDays };
}

function insertReading(w: Writer, clock: Clock, actor: Actor, input: ReadingInput, source: 'manual' | 'csv'): number {
  const at = new Date(input.at).toISOString();
  const day = dayOf(at);
  if (w.value(sql`SELECT 1 FROM env_day_closes WHERE room_id = ${input.roomId} AND day = ${day}`))
    throw new DomainError('DAY_CLOSED', `${day} is closed`, { path: 'at' });
  const { lastInsertRowid } = w.run(sql`INSERT INTO env_readings(room_id, at, day, temperature, humidity, checks_json, source, note, by_id, by_name, created_at)
    VALUES (${input.roomId}, ${at}, ${day}, ${input.temperature}, ${input.humidity}, ${JSON.stringify(input.checks)}, ${source}, ${input.note}, ${actor.id}, ${actor.name}, ${clock.now().toISOString()})`);
  return lastInsertRowid;
}

export function recordReading(vault: Vault, clock: Clock, actor: Actor, input: ReadingInput): ReadingRow {
  return vault.write((w) => {
    const name = roomName(w, input.roomId);
    if (new Date(input.at).getTime() > clock.now().getTime() + 5 * 60_000) throw new DomainError('BAD_INPUT', 'v.future', { path: 'at' });
    if (w.value(sql`SELECT 1 FROM env_readings WHERE room_id = ${input.roomId} AND at = ${new Date(input.at).toISOString()}`))
      throw new DomainError('DUPLICATE', 'a reading at that time exists', { path: 'at' });
    const id = insertReading(w, clock, actor, input, 'manual');
    const row = readingById(w, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'environment.reading',
      entity: 'envReading',
      entityId: id,
      detail: {
        roomId: input.roomId,
        roomName: name,
        at: row.at,
        temperature: row.temperature,
        humidity: row.humidity,
        checks: row.checks,
        problems: row.problems,
      },
    });
    return row;
  });
}

/** A data logger's export: one reading per line — time, temperature (°C), RH (%); a header line and blank lines are skipped; times without a zone are UTC+8. */
export function parseLoggerCsv(csv: string): { at: string; temperature: number; humidity: number }[] {
  const out: { at: string; temperature: number; humidity: number }[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (i === 0 && !/^\d/.test(cells[0] ?? '')) return; // header
    const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(cells[0] ?? '');
    const t = Number(cells[1]);
    const h = Number((cells[2] ?? '').replace('%', ''));
    if (!m || cells.length < 3 || !Number.isFinite(t) || !Number.isFinite(h) || t < -40 || t > 60 || h < 0 || h > 100)
      throw new DomainError('CSV_FORMAT', `line ${i + 1}`, { line: i + 1, path: 'csv' });
    const p2 = (s: string | undefined) => (s ?? '0').padStart(2, '0');
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '+08:00';
    const iso = `${m[1]}-${p2(m[2])}-${p2(m[3])}T${p2(m[4])}:${m[5]}:${p2(m[6])}${zone}`;
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) throw new DomainError('CSV_FORMAT', `line ${i + 1}`, { line: i + 1, path: 'csv' });
    out.push({ at: at.toISOString(), temperature: t, humidity: h });
  });
  if (!out.length) throw new DomainError('CSV_EMPTY', 'no readings', { path: 'csv' });
  return out;
}

export function importCsv(vault: Vault, clock: Clock, actor: Actor, input: { roomId: number; csv: string }): ImportResult {
  const parsed = parseLoggerCsv(input.csv);
  return vault.write((w) => {
    const name = roomName(w, input.roomId);
    let imported = 0;
    let skipped = 0;
    const ids: number[] = [];
    for (const x of parsed) {
      if (w.value(sql`SELECT 1 FROM env_readings WHERE room_id = ${input.roomId} AND at = ${x.at}`)) {
        skipped++;
        continue;
      }
      // the logger measures temperature and humidity only: the 八防 are checked by a person
      ids.push(
        insertReading(w, clock, actor, { roomId: input.roomId, at: x.at, temperature: x.temperature, humidity: x.humidity, checks: ALL_OK, note: null }, 'csv'),
      );
      imported++;
    }
    const outOfRange = ids.filter((id) => readingById(w, id).problems.length > 0).length;
    const sha256 = createHash('sha256').update(input.csv).digest('hex');
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'environment.import',
      entity: 'room',
      entityId: input.roomId,
      detail: { roomId: input.roomId, roomName: name, imported, skipped, outOfRange, sha256 },
    });
    return { imported, skipped, outOfRange };
  });
}

export function addAction(vault: Vault, clock: Clock, actor: Actor, input: { readingId: number; action: string }): ReadingRow {
  return vault.write((w) => {
    const reading = readingById(w, input.readingId);
    if (!reading.problems.length) throw new DomainError('NOT_OUT_OF_RANGE', `reading ${reading.id} is within limits`);
    const at = clock.now().toISOString();
    w.run(sql`INSERT INTO env_actions(reading_id, at, action, by_id, by_name) VALUES (${reading.id}, ${at}, ${input.action}, ${actor.id}, ${actor.name})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'environment.action',
      entity: 'envReading',
      entityId: reading.id,
      detail: { roomId: reading.roomId, roomName: roomName(w, reading.roomId), at: reading.at, problems: reading.problems, action: input.action },
    });
    return readingById(w, reading.id);
  });
}

export function closeDay(vault: Vault, clock: Clock, actor: Actor, input: { roomId: number; day: string }): DayStatus {
  return vault.write((w) => {
    const name = roomName(w, input.roomId);
    const now = clock.now();
    if (input.day > dayOf(now.toISOString())) throw new DomainError('DAY_NOT_BEGUN', `${input.day} is in the future`);
    const s = dayStatus(w, input.roomId, input.day, now);
    if (s.closed) throw new DomainError('DAY_CLOSED', `${input.day} is closed`);
    if (s.unresolved > 0) throw new DomainError('ACTION_MISSING', `${s.unresolved} out-of-range reading(s) without an action`);
    w.run(sql`INSERT INTO env_day_closes(room_id, day, at, readings, missing, by_id, by_name)
              VALUES (${input.roomId}, ${input.day}, ${now.toISOString()}, ${s.readings}, ${s.missing}, ${actor.id}, ${actor.name})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'environment.closeDay',
      entity: 'envDay',
      entityId: `${input.roomId}:${input.day}`,
      detail: { roomId: input.roomId, roomName: name, day: input.day, readings: s.readings, missing: s.missing, outOfRange: s.outOfRange },
    });
    return dayStatus(w, input.roomId, input.day, now);
  });
}
