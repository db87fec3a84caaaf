// Leak incidents (R-SEC-7, Art. 27). The report is ONE transaction: the incident, its items and
// customers, the frozen evidence (its sha256 in the audit entry) and a hold on every affected item.
// Each later step is one transaction too: the step row (order enforced in SQL as well), at close
// the holds released, and the audit entry. The state, the next deadline and overdue are derived.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  INCIDENT_HANDLERS,
  INCIDENT_STEPS,
  isAdminOnly,
  STEP_ROLES,
  type IncidentAck,
  type IncidentCounts,
  type IncidentCustomerRef,
  type IncidentDetail,
  type IncidentFilter,
  type IncidentItemRef,
  type IncidentRow,
  type IncidentState,
  type IncidentStep,
  type IncidentStepRow,
} from './contract/calls';
import { affectedItems, checkEvidence, freezeEvidence } from './evidence';
import { placeHolds, releaseHolds } from './holds';
import { incidentDeadlines } from './policy';

const HOUR = 3_600_000;
export const HOLD_REASON = '泄密事件证据保全';
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

export interface ReportInput {
  summary: string;
  foundAt: string;
  itemIds: number[];
  customerIds: number[];
  channel: string;
  measures: string;
}

interface IncidentDbRow {
  id: number;
  no: string;
  summary: string;
  foundAt: string;
  channel: string;
  measures: string;
  reportedAt: string;
  reportedByName: string;
  inspectionNo: string | null;
  reportedBy: number;
}
const SELECT = sql`SELECT id, no, summary, found_at, channel, measures, reported_at, reported_by, reported_by_name, inspection_no FROM incidents`;

const isHandler = (actor: Actor) => actor.roles.some((r) => (INCIDENT_HANDLERS as readonly string[]).includes(r));

function toRow(r: Reader, now: Date, actor: Actor, x: IncidentDbRow): IncidentRow {
  const deadlines = incidentDeadlines(r);
  const dueAt = (s: IncidentStep) => new Date(Date.parse(x.reportedAt) + deadlines[s] * HOUR).toISOString();
  const steps = r
    .all<Omit<IncidentStepRow, 'late'>>(sql`SELECT state AS step, at, by_name, note FROM incident_steps WHERE incident_id = ${x.id} ORDER BY id`)
    .map((s) => ({ ...s, late: s.at > dueAt(s.step) }));
  const state: IncidentState = steps.length ? steps[steps.length - 1]!.step : 'reported';
  const nextStep = INCIDENT_STEPS[steps.length];
  const items = r.all<IncidentItemRef>(sql`SELECT item_id, archive_no, title, classification FROM incident_items WHERE incident_id = ${x.id} ORDER BY item_id`);
  const customers = r.all<IncidentCustomerRef>(
    sql`SELECT customer_id, name, archive_no FROM incident_customers WHERE incident_id = ${x.id} ORDER BY customer_id`,
  );
  const acks = r.all<IncidentAck>(sql`SELECT user_id, user_name, at FROM incident_acks WHERE incident_id = ${x.id} ORDER BY at, user_id`);
  const { reportedBy: _reportedBy, ...head } = x;
  return {
    ...head,
    state,
    next: nextStep ? { step: nextStep, dueAt: dueAt(nextStep), overdue: now.toISOString() > dueAt(nextStep) } : null,
    items,
    customers,
    steps,
    acks,
    mineToAck: state !== 'closed' && isHandler(actor) && !acks.some((a) => a.userId === actor.id),
    heldItems: r.value<number>(sql`SELECT count(*) FROM item_holds WHERE ref_type = 'incident' AND ref_id = ${x.id} AND released_at IS NULL`) ?? 0,
    unscoped: items.length + customers.length === 0,
  };
}

export function getIncidentRow(r: Reader, now: Date, actor: Actor, id: number): IncidentRow {
  const x = r.get<IncidentDbRow>(sql`${SELECT} WHERE id = ${id}`);
  // an administrator sees only what they reported (三员分立: no customer information)
  if (!x || (isAdminOnly(actor.roles) && x.reportedBy !== actor.id)) throw new DomainError('NOT_FOUND', `incident ${id} not found`);
  return toRow(r, now, actor, x);
}

export function getIncident(db: Db | Reader, now: Date, actor: Actor, id: number): IncidentDetail {
  const r = rd(db);
  const row = getIncidentRow(r, now, actor, id);
  const ev = r.get<{ evidenceJson: string; evidenceSha256: string }>(sql`SELECT evidence_json, evidence_sha256 FROM incidents WHERE id = ${id}`)!;
  return { ...row, evidence: JSON.parse(ev.evidenceJson) as unknown, evidenceSha256: ev.evidenceSha256, evidenceCheck: checkEvidence(r, id, ev.evidenceJson) };
}

export function listIncidents(db: Db | Reader, now: Date, actor: Actor, filter: IncidentFilter): IncidentRow[] {
  const r = rd(db);
  const rows = r
    .all<IncidentDbRow>(isAdminOnly(actor.roles) ? sql`${SELECT} WHERE reported_by = ${actor.id} ORDER BY id DESC` : sql`${SELECT} ORDER BY id DESC`)
    .map((x) => toRow(r, now, actor, x));
  return rows.filter((x) => filter === 'all' || (filter === 'closed' ? x.state === 'closed' : filter === 'open' ? x.state !== 'closed' : !!x.next?.overdue));
}

export function incidentCounts(db: Db | Reader, now: Date, actor: Actor): IncidentCounts {
  const open = listIncidents(db, now, actor, 'open');
  return { open: open.length, overdue: open.filter((x) => x.next?.overdue).length, unacknowledged: open.filter((x) => x.mineToAck).length };
}

function nextNo(w: Writer, now: Date): string {
  const year = Number(new Date(now.getTime() + 8 * HOUR).toISOString().slice(0, 4));
  const seq = (w.value<number>(sql`SELECT count(*) FROM incidents WHERE no LIKE ${`XM-${year}-%`}`) ?? 0) + 1;
  return `XM-${year}-${String(seq).padStart(3, '0')}`;
}

/** Reports an incident inside the caller's transaction (the report call, or a signed inspection's missing items). */
export function reportInTx(w: Writer, clock: Clock, actor: Actor, input: ReportInput & { inspectionId?: number; inspectionNo?: string }): number {
  const now = clock.now();
  if (Date.parse(input.foundAt) > now.getTime()) throw new DomainError('INCIDENT_FOUND_LATER', 'found after now');
  if (isAdminOnly(actor.roles) && input.itemIds.length + input.customerIds.length > 0)
    throw new DomainError('INCIDENT_ADMIN_SCOPE', 'administrators report without items or customers');
  const known = w.values<number>(sql`SELECT id FROM items WHERE id IN ${input.itemIds.length ? [...new Set(input.itemIds)] : [0]}`);
  const unknownItem = input.itemIds.find((id) => !known.includes(id));
  if (unknownItem) throw new DomainError('NOT_FOUND', `item ${unknownItem} not found`);
  const customers = input.customerIds.length
    ? w.all<IncidentCustomerRef>(sql`SELECT c.id AS customer_id, c.name, a.archive_no FROM customers c LEFT JOIN archives a ON a.customer_id = c.id
                                      WHERE c.id IN ${[...new Set(input.customerIds)]} ORDER BY c.id`)
    : [];
  const unknownCustomer = input.customerIds.find((id) => !customers.some((c) => c.customerId === id));
  if (unknownCustomer) throw new DomainError('NOT_FOUND', `customer ${unknownCustomer} not found`);

  const no = nextNo(w, now);
  const at = now.toISOString();
  const items = affectedItems(w, input.itemIds, input.customerIds);
  const evidence = freezeEvidence(w, { no, frozenAt: at }, items, customers);
  const { lastInsertRowid: id } = w.run(sql`
    INSERT INTO incidents(no, summary, found_at, channel, measures, reported_at, reported_by, reported_by_name, inspection_id, inspection_no, evidence_json, evidence_sha256)
    VALUES (${no}, ${input.summary}, ${new Date(input.foundAt).toISOString()}, ${input.channel}, ${input.measures}, ${at}, ${actor.id}, ${actor.name},
            ${input.inspectionId ?? null}, ${input.inspectionNo ?? null}, ${evidence.json}, ${evidence.sha256})`);
  for (const it of items)
    w.run(sql`INSERT INTO incident_items(incident_id, item_id, archive_no, title, classification)
              VALUES (${id}, ${it.itemId}, ${it.archiveNo}, ${it.title}, ${it.classification})`);
  for (const c of customers)
    w.run(sql`INSERT INTO incident_customers(incident_id, customer_id, name, archive_no) VALUES (${id}, ${c.customerId}, ${c.name}, ${c.archiveNo})`);
  placeHolds(
    w,
    at,
    actor,
    items.map((it) => it.itemId),
    { reason: HOLD_REASON, refType: 'incident', refId: id },
  );
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'incident.report',
    entity: 'incident',
    entityId: id,
    detail: {
      no,
      summary: input.summary,
      itemCount: items.length,
      itemIds: items.map((it) => it.itemId),
      customerIds: customers.map((c) => c.customerId),
      inspectionNo: input.inspectionNo ?? null,
      evidenceSha256: evidence.sha256,
    },
  });
  return id;
}

export function reportIncident(vault: Vault, clock: Clock, actor: Actor, input: ReportInput): IncidentDetail {
  return vault.write((w) => getIncident(w, clock.now(), actor, reportInTx(w, clock, actor, input)));
}

function ackInTx(w: Writer, clock: Clock, actor: Actor, row: IncidentRow): void {
  w.run(sql`INSERT INTO incident_acks(incident_id, user_id, user_name, at) VALUES (${row.id}, ${actor.id}, ${actor.name}, ${clock.now().toISOString()})`);
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'incident.acknowledge',
    entity: 'incident',
    entityId: row.id,
    detail: { no: row.no },
  });
}

export function acknowledgeIncident(vault: Vault, clock: Clock, actor: Actor, input: { incidentId: number }): IncidentRow {
  return vault.write((w) => {
    const row = getIncidentRow(w, clock.now(), actor, input.incidentId);
    if (row.acks.some((a) => a.userId === actor.id)) throw new DomainError('INCIDENT_ACKED', `already acknowledged ${row.no}`);
    ackInTx(w, clock, actor, row);
    return getIncidentRow(w, clock.now(), actor, row.id);
  });
}

export function recordStep(vault: Vault, clock: Clock, actor: Actor, input: { incidentId: number; step: IncidentStep; note: string }): IncidentRow {
  return vault.write((w) => {
    const now = clock.now();
    const row = getIncidentRow(w, now, actor, input.incidentId);
    if (row.next?.step !== input.step) throw new DomainError('INCIDENT_STEP_ORDER', `${row.no} is ${row.state}; ${input.step} is not next`);
    if (!actor.roles.some((r) => STEP_ROLES[input.step].includes(r)))
      throw new DomainError('INCIDENT_STEP_ROLE', `${input.step} is not for ${actor.roles.join(',')}`);
    const at = now.toISOString();
    // recording a step is taking notice of the report: it acknowledges it for that person too
    if (!row.acks.some((a) => a.userId === actor.id)) ackInTx(w, clock, actor, row);
    w.run(
      sql`INSERT INTO incident_steps(incident_id, state, at, by_id, by_name, note) VALUES (${row.id}, ${input.step}, ${at}, ${actor.id}, ${actor.name}, ${input.note})`,
    );
    const released = input.step === 'closed' ? releaseHolds(w, at, actor, { refType: 'incident', refId: row.id }) : [];
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'incident.step',
      entity: 'incident',
      entityId: row.id,
      detail: { no: row.no, step: input.step, note: input.note, overdue: row.next.overdue, released: released.length },
    });
    return getIncidentRow(w, now, actor, row.id);
  });
}
