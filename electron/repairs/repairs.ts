// Repair tasks (R-INSP-2). Each step is ONE transaction: the task or its event, the custody event
// through the archive's entry (onShelf → inRepair → onShelf; the item keeps its shelf position, so
// it goes back where it came from) and the audit entry. Tasks open from a signed inspection's
// findings (onInspectionSigned, in the supervisor's signature's transaction) or by hand; a repaired
// item found in good condition at the next signed inspection is verified there.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { itemArchiveNo, locationRef, recordCustodyEvent } from '../archive';
import { REPAIR_FINDINGS, type InspectionDetail } from '../inspections';
import type { RepairCounts, RepairEvent, RepairFilter, RepairRow, RepairState } from './contract/calls';

const CLASSIFIED_FROM = 2;
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

interface RepairDbRow extends Omit<RepairRow, 'state' | 'events' | 'location'> {
  locationId: number | null;
}
const SELECT = sql`SELECT r.id, r.no, r.item_id, r.archive_no, r.title, r.classification, r.finding, r.finding_note, r.inspection_id, r.inspection_no,
                          r.opened_at, r.opened_by_name, i.location_id
                     FROM repairs r JOIN items i ON i.id = r.item_id`;

function stateOf(events: RepairEvent[]): RepairState {
  const kinds = new Set(events.map((e) => e.kind));
  return kinds.has('verify') ? 'verified' : kinds.has('finish') ? 'repaired' : kinds.has('start') ? 'inRepair' : 'open';
}
function toRow(db: Db, r: Reader, x: RepairDbRow): RepairRow {
  const events = r.all<RepairEvent>(sql`SELECT kind, at, by_name, note, inspection_no FROM repair_events WHERE repair_id = ${x.id} ORDER BY id`);
  const { locationId, ...rest } = x;
  return { ...rest, state: stateOf(events), events, location: locationRef(db, locationId)?.label ?? null };
}

export function getRepair(db: Db, r: Reader, id: number): RepairRow {
  const x = r.get<RepairDbRow>(sql`${SELECT} WHERE r.id = ${id}`);
  if (!x) throw new DomainError('NOT_FOUND', `repair ${id} not found`);
  return toRow(db, r, x);
}

export function listRepairs(db: Db, input: { filter: RepairFilter; itemId?: number }): RepairRow[] {
  const r = rd(db);
  const rows = r.all<RepairDbRow>(sql`${SELECT} WHERE ${input.itemId ?? null} IS NULL OR r.item_id = ${input.itemId ?? null} ORDER BY r.id DESC`);
  return rows.map((x) => toRow(db, r, x)).filter((x) => input.filter === 'all' || x.state === input.filter);
}

export function repairCounts(db: Db): RepairCounts {
  const all = listRepairs(db, { filter: 'all' });
  const n = (s: RepairState) => all.filter((x) => x.state === s).length;
  return { open: n('open'), inRepair: n('inRepair'), repaired: n('repaired') };
}

interface ItemFacts {
  id: number;
  archiveNo: string;
  itemNo: number;
  title: string;
  classification: number;
  custodyState: string;
  custodianId: number | null;
  locationId: number | null;
}
function itemFacts(r: Reader, itemId: number): ItemFacts {
  const it = r.get<ItemFacts>(sql`SELECT i.id, a.archive_no, i.item_no, i.title, i.classification, i.custody_state, i.custodian_id, i.location_id
                                    FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ${itemId}`);
  if (!it) throw new DomainError('NOT_FOUND', `item ${itemId} not found`);
  return it;
}
/** R-SEC-2: 机密/绝密 items are handled by their custodian only. */
function assertHandler(it: ItemFacts, actor: Actor): void {
  if (it.classification >= CLASSIFIED_FROM && it.custodianId !== actor.id)
    throw new DomainError('NOT_CUSTODIAN', 'only the designated custodian handles a classified item');
}

function unfinished(r: Reader, itemId: number): number | undefined {
  return r.value<number>(
    sql`SELECT r.id FROM repairs r WHERE r.item_id = ${itemId} AND NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id AND e.kind = 'finish')`,
  );
}

/** Opens a task inside the caller's transaction. */
export function openRepair(
  w: Writer,
  clock: Clock,
  actor: Actor,
  input: { itemId: number; finding: RepairRow['finding']; note: string | null; inspectionId?: number; inspectionNo?: string },
): number {
  const it = itemFacts(w, input.itemId);
  if (unfinished(w, it.id)) throw new DomainError('REPAIR_OPEN', `item ${it.id} has an unfinished repair`);
  const now = clock.now();
  const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  const seq = (w.value<number>(sql`SELECT count(*) FROM repairs WHERE no LIKE ${`XF-${year}-%`}`) ?? 0) + 1;
  const no = `XF-${year}-${String(seq).padStart(3, '0')}`;
  const archiveNo = itemArchiveNo(it.archiveNo, it.itemNo);
  const { lastInsertRowid: id } =
    w.run(sql`INSERT INTO repairs(no, item_id, archive_no, title, classification, finding, finding_note, inspection_id, inspection_no,
                                                                opened_at, opened_by, opened_by_name)
    VALUES (${no}, ${it.id}, ${archiveNo}, ${it.title}, ${it.classification}, ${input.finding}, ${input.note}, ${input.inspectionId ?? null},
            ${input.inspectionNo ?? null}, ${now.toISOString()}, ${actor.id}, ${actor.name})`);
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'repair.open',
    entity: 'repair',
    entityId: id,
    detail: { no, itemId: it.id, itemArchiveNo: archiveNo, finding: input.finding, note: input.note, inspectionNo: input.inspectionNo ?? null },
  });
  return id;
}

export function createRepair(vault: Vault, clock: Clock, actor: Actor, input: { itemId: number; finding: RepairRow['finding']; note: string }): RepairRow {
  return vault.write((w) => getRepair(vault.db, w, openRepair(w, clock, actor, input)));
}

export function startRepair(vault: Vault, clock: Clock, actor: Actor, input: { repairId: number; note: string }): RepairRow {
  return vault.write((w) => {
    const rep = getRepair(vault.db, w, input.repairId);
    if (rep.state !== 'open') throw new DomainError('REPAIR_STATE', `repair ${rep.no} is ${rep.state}`);
    const it = itemFacts(w, rep.itemId);
    assertHandler(it, actor);
    if (it.custodyState !== 'onShelf') throw new DomainError('REPAIR_NOT_ON_SHELF', `item ${it.id} is ${it.custodyState}`);
    const at = clock.now().toISOString();
    w.run(
      sql`INSERT INTO repair_events(repair_id, kind, at, by_id, by_name, note) VALUES (${rep.id}, 'start', ${at}, ${actor.id}, ${actor.name}, ${input.note})`,
    );
    recordCustodyEvent(vault.db, { itemId: it.id, state: 'inRepair', at, byId: actor.id, refType: 'repair', refId: rep.id });
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'repair.start',
      entity: 'repair',
      entityId: rep.id,
      detail: { no: rep.no, itemId: it.id, itemArchiveNo: rep.archiveNo, note: input.note },
    });
    return getRepair(vault.db, w, rep.id);
  });
}

export function finishRepair(vault: Vault, clock: Clock, actor: Actor, input: { repairId: number; done: string }): RepairRow {
  return vault.write((w) => {
    const rep = getRepair(vault.db, w, input.repairId);
    if (rep.state !== 'inRepair') throw new DomainError('REPAIR_STATE', `repair ${rep.no} is ${rep.state}`);
    const it = itemFacts(w, rep.itemId);
    assertHandler(it, actor);
    if (it.custodyState !== 'inRepair') throw new DomainError('REPAIR_STATE', `item ${it.id} is ${it.custodyState}`);
    const at = clock.now().toISOString();
    w.run(
      sql`INSERT INTO repair_events(repair_id, kind, at, by_id, by_name, note) VALUES (${rep.id}, 'finish', ${at}, ${actor.id}, ${actor.name}, ${input.done})`,
    );
    // back on its own shelf position (kept while it was away)
    recordCustodyEvent(vault.db, { itemId: it.id, state: 'onShelf', at, byId: actor.id, refType: 'repair', refId: rep.id });
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'repair.finish',
      entity: 'repair',
      entityId: rep.id,
      detail: { no: rep.no, itemId: it.id, itemArchiveNo: rep.archiveNo, done: input.done, location: rep.location },
    });
    return getRepair(vault.db, w, rep.id);
  });
}

/** R-INSP-2, at the supervisor's signature of an inspection: findings open tasks; repaired items found in good order are verified. */
export function afterInspection(w: Writer, clock: Clock, actor: Actor, ins: InspectionDetail): void {
  for (const row of ins.items) {
    if (row.result === 'pending' || row.result === 'missing') continue;
    if ((REPAIR_FINDINGS as readonly string[]).includes(row.finding)) {
      if (!unfinished(w, row.itemId))
        openRepair(w, clock, actor, {
          itemId: row.itemId,
          finding: row.finding as RepairRow['finding'],
          note: row.findingNote,
          inspectionId: ins.id,
          inspectionNo: ins.no,
        });
    } else if (row.finding === 'none') {
      const done = w.all<{ id: number; no: string }>(
        sql`SELECT r.id, r.no FROM repairs r WHERE r.item_id = ${row.itemId}
               AND EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id AND e.kind = 'finish')
               AND NOT EXISTS (SELECT 1 FROM repair_events e WHERE e.repair_id = r.id AND e.kind = 'verify')`,
      );
      for (const rep of done) {
        w.run(sql`INSERT INTO repair_events(repair_id, kind, at, by_id, by_name, note, inspection_id, inspection_no)
                  VALUES (${rep.id}, 'verify', ${clock.now().toISOString()}, ${actor.id}, ${actor.name}, ${null}, ${ins.id}, ${ins.no})`);
        appendAudit(w, clock, {
          actorId: actor.id,
          actorName: actor.name,
          action: 'repair.verify',
          entity: 'repair',
          entityId: rep.id,
          detail: { no: rep.no, itemId: row.itemId, itemArchiveNo: row.archiveNo, inspectionNo: ins.no },
        });
      }
    }
  }
}
