// Inspection plans (R-INSP-1) and the policy: a plan per room or cabinet, its interval (null =
// the policy's, default six months) and its due state on the injected clock.
import { appendAudit } from '../audit/append';
import { registerPolicyValue } from '../settings/policyValues';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  DEFAULT_INSPECTION_POLICY,
  inspectionPolicySchema,
  type InspectionCounts,
  type InspectionPolicy,
  type PlanInput,
  type PlanRow,
  type PlanState,
} from './contract/calls';

const POLICY_KEY = 'inspections.policy';
// R-GOV-1: the inspection interval changes only through a GM-approved policy version
registerPolicyValue({
  key: POLICY_KEY,
  label: { zh: '库房检查周期', en: 'Inspection interval' },
  schema: inspectionPolicySchema,
  default: { ...DEFAULT_INSPECTION_POLICY },
  domain: 'inspections',
});
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

// ---- policy ----
export function getInspectionPolicy(db: Db | Reader): InspectionPolicy {
  const json = rd(db).value<string>(sql`SELECT value_json FROM settings WHERE key = ${POLICY_KEY}`);
  if (!json) return { ...DEFAULT_INSPECTION_POLICY };
  const p = inspectionPolicySchema.safeParse({ ...DEFAULT_INSPECTION_POLICY, ...(JSON.parse(json) as object) });
  return p.success ? p.data : { ...DEFAULT_INSPECTION_POLICY };
}
/** R-GOV-1: refused — inspections.policy changes only by a proposal on the 策略 page that the GM approves. */
export function setInspectionPolicy(_vault: Vault, _clock: Clock, _actor: Actor, _next: InspectionPolicy): InspectionPolicy {
  throw new DomainError('POLICY_NEEDS_APPROVAL', 'inspections.policy is a policy value: propose a change (策略) for the GM to approve');
}

/** `iso` plus n calendar months (UTC+8 calendar: the room's; the day clamped to the month's end). */
export function addMonths(iso: string, n: number): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(y, m, Math.min(local.getUTCDate(), last), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()));
  return new Date(d.getTime() - 8 * 3600_000).toISOString();
}

// ---- plans ----
export interface PlanDbRow {
  id: number;
  scope: 'room' | 'cabinet';
  roomId: number;
  roomName: string;
  cabinetId: number | null;
  cabinetCode: string | null;
  intervalMonths: number | null;
  createdAt: string;
}
const PLAN_SELECT = sql`SELECT p.id, p.scope, p.room_id, r.name AS room_name, p.cabinet_id, c.code AS cabinet_code, p.interval_months, p.created_at
                          FROM inspection_plans p JOIN rooms r ON r.id = p.room_id LEFT JOIN cabinets c ON c.id = p.cabinet_id`;
export const scopeName = (p: { roomName: string; cabinetCode: string | null }) => (p.cabinetCode ? `${p.roomName} ${p.cabinetCode} 柜` : p.roomName);

/** R-INSP-1: due = last signed inspection + interval; never inspected = the plan's creation + the due-soon window. */
export function planRow(r: Reader, p: PlanDbRow, now: Date): PlanRow {
  const policy = getInspectionPolicy(r);
  const interval = p.intervalMonths ?? policy.intervalMonths;
  const last = r.get<{ id: number; signedAt: string }>(
    sql`SELECT id, signed_at FROM inspections WHERE plan_id = ${p.id} AND status = 'signed' ORDER BY signed_at DESC, id DESC LIMIT 1`,
  );
  const dueAt = last ? addMonths(last.signedAt, interval) : new Date(new Date(p.createdAt).getTime() + policy.dueSoonDays * 86_400_000).toISOString();
  const due = new Date(dueAt).getTime();
  const state: PlanState = now.getTime() >= due ? 'overdue' : now.getTime() >= due - policy.dueSoonDays * 86_400_000 ? 'due' : 'ok';
  const open = r.value<number>(sql`SELECT id FROM inspections WHERE plan_id = ${p.id} AND status <> 'signed' ORDER BY id DESC LIMIT 1`) ?? null;
  return {
    id: p.id,
    scope: p.scope,
    roomId: p.roomId,
    roomName: p.roomName,
    cabinetId: p.cabinetId,
    cabinetCode: p.cabinetCode,
    scopeName: scopeName(p),
    intervalMonths: interval,
    lastInspectedAt: last?.signedAt ?? null,
    lastInspectionId: last?.id ?? null,
    dueAt,
    state,
    openInspectionId: open,
  };
}

export function listPlans(db: Db | Reader, now: Date): PlanRow[] {
  const r = rd(db);
  return r.all<PlanDbRow>(sql`${PLAN_SELECT} ORDER BY r.name, c.code`).map((p) => planRow(r, p, now));
}
export function getPlanDb(r: Reader, id: number): PlanDbRow {
  const p = r.get<PlanDbRow>(sql`${PLAN_SELECT} WHERE p.id = ${id}`);
  if (!p) throw new DomainError('NOT_FOUND', `inspection plan ${id} not found`);
  return p;
}

export function inspectionCounts(db: Db | Reader, now: Date): InspectionCounts {
  const plans = listPlans(db, now);
  return {
    due: plans.filter((p) => p.state === 'due').length,
    overdue: plans.filter((p) => p.state === 'overdue').length,
    open: plans.filter((p) => p.openInspectionId !== null).length,
  };
}

export function createPlan(vault: Vault, clock: Clock, actor: Actor, input: PlanInput): PlanRow {
  return vault.write((w) => {
    let roomId: number;
    let cabinetId: number | null = null;
    if (input.scope === 'room') {
      if (!w.value(sql`SELECT 1 FROM rooms WHERE id = ${input.roomId}`)) throw new DomainError('NOT_FOUND', `room ${input.roomId} not found`);
      roomId = input.roomId;
    } else {
      const c = w.get<{ roomId: number }>(sql`SELECT room_id FROM cabinets WHERE id = ${input.cabinetId}`);
      if (!c) throw new DomainError('NOT_FOUND', `cabinet ${input.cabinetId} not found`);
      roomId = c.roomId;
      cabinetId = input.cabinetId;
    }
    const key = cabinetId ? `cabinet:${cabinetId}` : `room:${roomId}`;
    if (w.value(sql`SELECT 1 FROM inspection_plans WHERE scope_key = ${key}`)) throw new DomainError('PLAN_EXISTS', `plan for ${key} exists`);
    const { lastInsertRowid: id } = w.run(sql`INSERT INTO inspection_plans(scope, scope_key, room_id, cabinet_id, interval_months, created_at, created_by)
      VALUES (${input.scope}, ${key}, ${roomId}, ${cabinetId}, ${input.intervalMonths}, ${clock.now().toISOString()}, ${actor.id})`);
    const row = planRow(w, getPlanDb(w, id), clock.now());
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'inspection.plan.create',
      entity: 'inspectionPlan',
      entityId: id,
      detail: { scopeName: row.scopeName, intervalMonths: row.intervalMonths },
    });
    return row;
  });
}
