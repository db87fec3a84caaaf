// Access grants (R-USE-1..3): what an approved access request opens — which items, for whom,
// from when to when, what it allows. The content gate (archive's contentAccess) asks grantInForce
// through the provider registered in index.ts: a staff reader with an account sees the content in
// their own session; an outsider (no account) only at the reading desk, in the session of the
// operator who recorded their time in, while that consultation is open. When the grant's time
// is up, or it is ended early, the content closes.
import { appendAudit } from '../audit/append';
import type { ContentGrant, ContentGrantProvider, Viewer } from '../archive';
import { itemArchiveNo } from '../archive/contract/itemNumber';
import { DomainError } from '../contract/result';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import type { ConsultationRow, GrantDetail, GrantFacts, GrantItem, GrantRow, GrantState, ReaderKind } from './contract/calls';
import { consultationsOf } from './consultations';
import { defaultUntil, getAccessPolicy } from './policy';

export interface NewGrant {
  /** the approved request's number (CY-2026-0001) */
  no: string;
  requestId: number | null;
  reader: { kind: ReaderKind; userId: number | null; name: string; unit?: string | null; contact?: string | null; idDoc?: string | null };
  purpose?: string | null;
  itemIds: readonly number[];
  /** ISO; default now */
  validFrom?: string;
  /** ISO; default the same day's end (policy) */
  validUntil?: string;
  allowPrint: boolean;
  allowDownload: boolean;
}

interface GrantDbRow extends GrantFacts {
  allowPrint: number;
  allowDownload: number;
  createdAt: string;
  endedAt: string | null;
  endedByName: string | null;
  endReason: string | null;
}

const GRANT_SELECT = sql`SELECT g.id, g.no, g.request_id, g.reader_kind, g.reader_user_id, g.reader_name, g.reader_unit, g.reader_contact,
    g.id_doc, g.purpose, g.valid_from, g.valid_until, g.allow_print, g.allow_download, g.created_at, g.ended_at, ue.display_name AS ended_by_name,
    g.end_reason
  FROM access_grants g LEFT JOIN users ue ON ue.id = g.ended_by`;

/** Inserts a grant in the caller's transaction (the approving signature's, via onApproved) with its audit entry. */
export function insertGrant(w: Writer, clock: Clock, actor: Pick<Actor, 'id' | 'name'> | null, g: NewGrant): number {
  const now = clock.now();
  const itemIds = [...new Set(g.itemIds)];
  if (itemIds.length === 0) throw new DomainError('BAD_INPUT', 'v.grantItems', { path: 'itemIds' });
  const found = w.values<number>(sql`SELECT id FROM items WHERE id IN ${itemIds}`);
  if (found.length !== itemIds.length) throw new DomainError('NOT_FOUND', 'item not found');
  if (g.reader.userId !== null) {
    const disabled = w.value<number>(sql`SELECT disabled FROM users WHERE id = ${g.reader.userId}`);
    if (disabled !== 0) throw new DomainError('BAD_INPUT', 'v.grantReader', { path: 'applicantUserId' });
  }
  const from = g.validFrom ? new Date(g.validFrom) : now;
  const until = g.validUntil ? new Date(g.validUntil) : defaultUntil(w, from);
  if (until <= from) throw new DomainError('BAD_INPUT', 'v.untilAfterFrom', { path: 'validUntil' });
  if (until <= now) throw new DomainError('BAD_INPUT', 'v.grantPast', { path: 'validUntil' });
  const { maxDays } = getAccessPolicy(w);
  if (until.getTime() - from.getTime() > maxDays * 86_400_000) throw new DomainError('BAD_INPUT', 'v.grantTooLong', { path: 'validUntil', days: maxDays });
  const id = w.run(sql`INSERT INTO access_grants(no, request_id, reader_kind, reader_user_id, reader_name, reader_unit, reader_contact, id_doc,
      purpose, valid_from, valid_until, allow_print, allow_download, created_at, created_by)
    VALUES (${g.no}, ${g.requestId}, ${g.reader.kind}, ${g.reader.kind === 'staff' ? g.reader.userId : null}, ${g.reader.name}, ${g.reader.unit ?? null},
      ${g.reader.contact ?? null}, ${g.reader.idDoc ?? null}, ${g.purpose ?? null}, ${from.toISOString()}, ${until.toISOString()},
      ${g.allowPrint}, ${g.allowDownload}, ${now.toISOString()}, ${actor?.id ?? null})`).lastInsertRowid;
  for (const itemId of itemIds) w.run(sql`INSERT INTO access_grant_items(grant_id, item_id) VALUES (${id}, ${itemId})`);
  const items = itemsOf(w, [id]).get(id) ?? [];
  appendAudit(w, clock, {
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action: 'access.grant.create',
    entity: 'accessGrant',
    entityId: id,
    detail: {
      no: g.no,
      requestId: g.requestId,
      readerKind: g.reader.kind,
      readerUserId: g.reader.userId,
      readerName: g.reader.name,
      readerUnit: g.reader.unit ?? null,
      itemIds,
      itemArchiveNos: items.map((i) => i.itemArchiveNo),
      validFrom: from.toISOString(),
      validUntil: until.toISOString(),
      allowPrint: g.allowPrint,
      allowDownload: g.allowDownload,
    },
  });
  return id;
}

/** The items of each grant, in 档号 order. */
export function itemsOf(r: Reader, grantIds: readonly number[]): Map<number, GrantItem[]> {
  const out = new Map<number, GrantItem[]>();
  if (grantIds.length === 0) return out;
  const rows = r.all<{
    grantId: number;
    itemId: number;
    archiveNo: string;
    itemNo: number;
    title: string;
    customerName: string;
    classification: 0 | 1 | 2 | 3;
  }>(
    sql`SELECT gi.grant_id, i.id AS item_id, a.archive_no, i.item_no, i.title, c.name AS customer_name, i.classification
      FROM access_grant_items gi JOIN items i ON i.id = gi.item_id JOIN archives a ON a.id = i.archive_id JOIN customers c ON c.id = a.customer_id
      WHERE gi.grant_id IN ${grantIds} ORDER BY a.archive_no, i.item_no`,
  );
  for (const x of rows) {
    const list = out.get(x.grantId) ?? [];
    list.push({
      itemId: x.itemId,
      itemArchiveNo: itemArchiveNo(x.archiveNo, x.itemNo),
      title: x.title,
      customerName: x.customerName,
      classification: x.classification,
    });
    out.set(x.grantId, list);
  }
  return out;
}

export function grantState(g: { validFrom: string; validUntil: string; endedAt: string | null }, now: Date): GrantState {
  const t = now.toISOString();
  if (g.endedAt !== null || g.validUntil <= t) return 'ended';
  return g.validFrom > t ? 'upcoming' : 'current';
}

function toRows(r: Reader, rows: GrantDbRow[], now: Date): GrantRow[] {
  const ids = rows.map((g) => g.id);
  const items = itemsOf(r, ids);
  const open = new Map(
    (ids.length
      ? r.all<{ id: number; grantId: number; timeIn: string; operatorId: number; operatorName: string }>(
          sql`SELECT c.id, c.grant_id, c.time_in, c.operator_id, u.display_name AS operator_name FROM access_consultations c
            JOIN users u ON u.id = c.operator_id WHERE c.time_out IS NULL AND c.grant_id IN ${ids}`,
        )
      : []
    ).map((c) => [c.grantId, c]),
  );
  return rows.map((g) => {
    const list = items.get(g.id) ?? [];
    const c = open.get(g.id);
    const { allowPrint, allowDownload, createdAt, endedAt, endedByName, endReason, ...facts } = g;
    return {
      ...facts,
      allowPrint: allowPrint === 1,
      allowDownload: allowDownload === 1,
      state: grantState(g, now),
      ended: endedAt ? { at: endedAt, byName: endedByName ?? '', reason: endReason ?? '' } : null,
      items: list,
      highestClassification: Math.max(0, ...list.map((i) => i.classification)) as 0 | 1 | 2 | 3,
      openConsultation: c ? { id: c.id, timeIn: c.timeIn, operatorId: c.operatorId, operatorName: c.operatorName } : null,
      createdAt,
    };
  });
}

/** Grants, newest first: current (in force or about to begin) or ended (time up or ended early). */
export function listGrants(db: Db, clock: Clock, state: 'current' | 'ended' | 'all'): GrantRow[] {
  const r = reader(db);
  const t = clock.now().toISOString();
  const where =
    state === 'current'
      ? sql` WHERE g.ended_at IS NULL AND g.valid_until > ${t}`
      : state === 'ended'
        ? sql` WHERE g.ended_at IS NOT NULL OR g.valid_until <= ${t}`
        : sql``;
  return toRows(r, r.all<GrantDbRow>(sql`${GRANT_SELECT}${where} ORDER BY g.valid_from DESC, g.id DESC LIMIT 500`), clock.now());
}

export function getGrant(db: Db, clock: Clock, id: number): GrantDetail {
  const r = reader(db);
  const row = r.get<GrantDbRow>(sql`${GRANT_SELECT} WHERE g.id = ${id}`);
  if (!row) throw new DomainError('NOT_FOUND', `grant ${id} not found`);
  const consultations: ConsultationRow[] = consultationsOf(r, sql`c.grant_id = ${id}`);
  return { ...toRows(r, [row], clock.now())[0]!, consultations };
}

/** Ends a grant before its time (once, with a reason): the content closes at once. */
export function endGrant(vault: Vault, clock: Clock, actor: Actor, id: number, reason: string): GrantRow {
  return vault.write((w) => {
    const g = w.get<GrantDbRow>(sql`${GRANT_SELECT} WHERE g.id = ${id}`);
    if (!g) throw new DomainError('NOT_FOUND', `grant ${id} not found`);
    if (g.endedAt !== null) throw new DomainError('GRANT_ENDED', 'grant already ended');
    if (grantState(g, clock.now()) === 'ended') throw new DomainError('GRANT_NOT_CURRENT', 'grant already expired');
    w.run(sql`UPDATE access_grants SET ended_at = ${clock.now().toISOString()}, ended_by = ${actor.id}, end_reason = ${reason} WHERE id = ${id}`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'access.grant.end',
      entity: 'accessGrant',
      entityId: id,
      detail: { no: g.no, reason },
    });
    return toRows(w, [w.get<GrantDbRow>(sql`${GRANT_SELECT} WHERE g.id = ${id}`)!], clock.now())[0]!;
  });
}

/** The grant in force for (viewer, item, now), with who reads under it (for the copies' trace mark). */
export interface GrantInForce extends ContentGrant {
  readerName: string;
  readerUnit: string | null;
  /** the open consultation it rides on (reading-desk grants) */
  consultationId: number | null;
}

export function grantInForce(db: Db, viewer: Pick<Viewer, 'id'>, itemId: number, now: Date): GrantInForce | null {
  const t = now.toISOString();
  const g = reader(db).get<{
    id: number;
    no: string;
    validUntil: string;
    allowPrint: number;
    allowDownload: number;
    readerName: string;
    readerUnit: string | null;
    consultationId: number | null;
  }>(sql`SELECT g.id, g.no, g.valid_until, g.allow_print, g.allow_download, g.reader_name, g.reader_unit,
      (SELECT c.id FROM access_consultations c WHERE c.grant_id = g.id AND c.time_out IS NULL AND c.operator_id = ${viewer.id}) AS consultation_id
    FROM access_grants g JOIN access_grant_items gi ON gi.grant_id = g.id
    WHERE gi.item_id = ${itemId} AND g.ended_at IS NULL AND g.valid_from <= ${t} AND g.valid_until > ${t}
      AND (g.reader_user_id = ${viewer.id}
        OR (g.reader_user_id IS NULL AND EXISTS (SELECT 1 FROM access_consultations c
              WHERE c.grant_id = g.id AND c.time_out IS NULL AND c.operator_id = ${viewer.id})))
    ORDER BY g.valid_until DESC, g.id LIMIT 1`);
  if (!g) return null;
  return {
    grantId: g.id,
    no: g.no,
    until: g.validUntil,
    allows: { print: g.allowPrint === 1, download: g.allowDownload === 1 },
    readerName: g.readerName,
    readerUnit: g.readerUnit,
    consultationId: g.consultationId,
  };
}

/** Whether the grant allows a copy (R-SEC-3: printing or saving a file); with `now`, only while it is in force. */
export function grantAllows(db: Db, grantId: number, what: 'download' | 'print', now?: Date): boolean {
  const g = reader(db).get<{ allowPrint: number; allowDownload: number; validFrom: string; validUntil: string; endedAt: string | null }>(
    sql`SELECT allow_print, allow_download, valid_from, valid_until, ended_at FROM access_grants WHERE id = ${grantId}`,
  );
  if (!g || g.endedAt !== null) return false;
  if (now && grantState(g, now) !== 'current') return false;
  return (what === 'print' ? g.allowPrint : g.allowDownload) === 1;
}

/** The content gate's provider (registered in index.ts): finds the grant and audits every view under it. */
export const accessContentGrants: ContentGrantProvider = {
  find: (db, viewer, itemId, now) => grantInForce(db, viewer, itemId, now),
  recordView(w, clock, viewer, grant, view) {
    const g = grant as GrantInForce;
    const it = w.get<{ archiveNo: string; itemNo: number; classification: number }>(
      sql`SELECT a.archive_no, i.item_no, i.classification FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ${view.itemId}`,
    );
    appendAudit(w, clock, {
      actorId: viewer.id,
      actorName: viewer.name,
      action: 'access.view',
      entity: 'item',
      entityId: view.itemId,
      detail: {
        op: view.op,
        attachmentId: view.attachmentId ?? null,
        grantId: g.grantId,
        grantNo: g.no,
        itemArchiveNo: it ? itemArchiveNo(it.archiveNo, it.itemNo) : null,
        classification: it?.classification ?? null,
        readerName: g.readerName ?? null,
        readerUnit: g.readerUnit ?? null,
        consultationId: g.consultationId ?? null,
      },
    });
  },
};
