// Archive items (R-ARCH-5, R-SEC-2) and content gating (R-USE-1).
import { appendAudit } from '../audit/append';
import { getUser, rolesOf, type Actor } from '../people/users';
import {
  CLASSIFIED_FROM,
  NON_DURABLE_MEDIA,
  type Classification,
  type ContentStatus,
  type ItemCreated,
  type ItemDetail,
  type ItemInput,
  type Retention,
} from './contract/calls';
import { contentGrantFor, type ContentGrant, type ContentGrantProvider } from './contentGrants';
import { DomainError } from '../contract/result';
import type { Role } from '../contract/roles';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';
import { locationRef } from './locations';
import { itemArchiveNo } from './contract/itemNumber';
import { nextItemNo } from './numbering';
import { classificationLabel, getArchivePolicy } from './policy';
import { upsertSearchDoc } from './searchIndex';
import { connectionOf, stmt, type Writer } from '../vault/sql';

/** Retention runs from the document date (or intake when undated); permanent = no end. */
export function retentionUntil(retention: Retention, docDate: string | undefined, intake: Date): string | null {
  if (retention === 'permanent') return null;
  const years = retention === '10y' ? 10 : 30;
  const base = docDate ?? intake.toISOString().slice(0, 10);
  const [y, m, d] = base.split('-').map(Number) as [number, number, number];
  // 29 Feb + n years → 28 Feb (Date would roll over to 1 Mar)
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertCustodian(db: Db, id: number | undefined): void {
  if (id === undefined) return;
  const u = getUser(db, id);
  if (u.disabled || !rolesOf(u).includes('custodian')) throw new DomainError('BAD_INPUT', 'v.custodianRole');
}

/** The rows only (inside vault.tx()); the import and the seed reuse it. */
/** Inserts in the caller's write transaction (w): the item, its number, search row, custody event, audit entry. */
export function insertItem(w: Writer, clock: Clock, actor: Actor, i: ItemInput): ItemCreated {
  const db = connectionOf(w);
  const a = stmt(db, 'SELECT id, archive_no FROM archives WHERE customer_id = ?').get(i.customerId) as { id: number; archive_no: string } | undefined;
  if (!a) throw new DomainError('NOT_FOUND', `customer ${i.customerId} has no archive`);
  assertCustodian(db, i.custodianId);
  const now = clock.now();
  const nonDurable = NON_DURABLE_MEDIA.includes(i.writingMedium);
  const until = retentionUntil(i.retention, i.docDate, now);
  // 件号: taken from the archive's counter in this same transaction (never reused)
  const itemNo = nextItemNo(db, a.id);
  const no = itemArchiveNo(a.archive_no, itemNo);
  const id = Number(
    stmt(
      db,
      `INSERT INTO items(archive_id, item_no, title, doc_type, doc_date, pages, copies, carrier, writing_medium, non_durable, retention,
           retention_until, classification, custodian_id, remarks, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      a.id,
      itemNo,
      i.title,
      i.docType,
      i.docDate ?? null,
      i.pages ?? null,
      i.copies,
      i.carrier,
      i.writingMedium,
      nonDurable ? 1 : 0,
      i.retention,
      until,
      i.classification,
      i.custodianId ?? null,
      i.remarks ?? null,
      now.toISOString(),
      actor.id,
    ).lastInsertRowid,
  );
  // the item 档号 is found by search.ts's 档号 prefix path (unique index on archive_no + the
  // archive's items), not through the trigram text: in every item's text its common trigrams
  // (TS-, 202…) made each archive-number search read ~all item doclists (6× slower at 100k items)
  upsertSearchDoc(db, { kind: 'item', refId: id, customerId: i.customerId, name: i.title, extra: [i.docType] });
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'archive.item.create',
    entity: 'item',
    entityId: id,
    detail: {
      archiveNo: a.archive_no,
      itemNo,
      itemArchiveNo: no,
      title: i.title,
      classification: i.classification,
      custodianId: i.custodianId ?? null,
      carrier: i.carrier,
      writingMedium: i.writingMedium,
      nonDurable,
    },
  });
  return { id, archiveNo: a.archive_no, itemNo, itemArchiveNo: no, retentionUntil: until, nonDurable, warnings: nonDurable ? ['nonDurableMedium'] : [] };
}

export function createItem(vault: Vault, clock: Clock, actor: Actor, i: ItemInput): ItemCreated {
  return vault.tx((w) => insertItem(w, clock, actor, i));
}

export interface Viewer extends Actor {
  id: number;
  roles: readonly Role[];
}

/** R-USE-1 / R-SEC-2: the item's custodian, or a role the policy names for its classification. */
export function maySeeContent(db: Db, viewer: Viewer, item: { classification: number; custodian_id: number | null }): boolean {
  if (item.custodian_id !== null && item.custodian_id === viewer.id) return true;
  const roles = getArchivePolicy(db).contentRoles[item.classification as Classification] ?? [];
  return roles.some((r) => viewer.roles.includes(r));
}

/** Why the content opens (or not): standing permission, or a grant a later domain has in force. */
export type ContentAccess =
  { allowed: true; grant: null } | { allowed: true; grant: ContentGrant; provider: ContentGrantProvider } | { allowed: false; grant: null };

/**
 * The content gate (R-USE-1): standing permission (maySeeContent) first, else a grant in force
 * at `now` (contentGrants.ts). `use: 'manage'` (adding / withdrawing scans) never rides on a
 * grant: a grant lets a reader look, not change the archive.
 */
export function contentAccess(
  db: Db,
  viewer: Viewer,
  item: { id: number; classification: number; custodian_id: number | null },
  now: Date,
  use: 'view' | 'manage' = 'view',
): ContentAccess {
  if (maySeeContent(db, viewer, item)) return { allowed: true, grant: null };
  const g = use === 'view' ? contentGrantFor(db, viewer, item.id, now) : null;
  return g ? { allowed: true, grant: g.grant, provider: g.provider } : { allowed: false, grant: null };
}

/** Whether the content is open to the viewer now, and until when (the item drawer re-checks; nothing is audited). */
export function contentStatus(db: Db, clock: Clock, viewer: Viewer, id: number): ContentStatus {
  const r = stmt(db, 'SELECT id, classification, custodian_id FROM items WHERE id = ?').get(id) as
    { id: number; classification: number; custodian_id: number | null } | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `item ${id} not found`);
  const a = contentAccess(db, viewer, r, clock.now());
  return { open: a.allowed, until: a.grant?.until ?? null, grantNo: a.grant?.no ?? null, checkedAt: clock.now().toISOString() };
}

interface ItemDbRow {
  id: number;
  customer_id: number;
  customer_name: string;
  archive_no: string;
  item_no: number;
  title: string;
  doc_type: string;
  doc_date: string | null;
  pages: number | null;
  copies: number;
  carrier: ItemDetail['carrier'];
  writing_medium: ItemDetail['writingMedium'];
  non_durable: number;
  retention: Retention;
  retention_until: string | null;
  classification: Classification;
  custodian_id: number | null;
  custodian_name: string | null;
  remarks: string | null;
  location_id: number | null;
  custody_state: ItemDetail['custodyState'];
  created_at: string;
}

/**
 * The item's content. Classified views are audited, and so are refused attempts on classified
 * items (a refused look at 机密 material is itself worth knowing about).
 */
export function viewItem(vault: Vault, clock: Clock, viewer: Viewer, id: number): ItemDetail {
  const db = vault.db;
  const r = stmt(
    db,
    `SELECT i.*, c.id AS customer_id, c.name AS customer_name, a.archive_no, u.display_name AS custodian_name
         FROM items i JOIN archives a ON a.id = i.archive_id JOIN customers c ON c.id = a.customer_id
         LEFT JOIN users u ON u.id = i.custodian_id WHERE i.id = ?`,
  ).get(id) as ItemDbRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `item ${id} not found`);
  const access = contentAccess(db, viewer, r, clock.now());
  const allowed = access.allowed;
  if (access.grant) {
    // a view under a grant: its owner records it (one entry, whatever the classification)
    const { grant, provider } = access;
    vault.tx((w) => provider.recordView(w, clock, viewer, grant, { itemId: id, op: 'item' }));
  } else if (r.classification >= CLASSIFIED_FROM) {
    vault.tx((w) =>
      appendAudit(w, clock, {
        actorId: viewer.id,
        actorName: viewer.name,
        action: allowed ? 'archive.item.view' : 'archive.item.viewDenied',
        entity: 'item',
        entityId: id,
        detail: { archiveNo: r.archive_no, itemArchiveNo: itemArchiveNo(r.archive_no, r.item_no), classification: r.classification },
      }),
    );
  }
  if (!allowed) throw new DomainError('CONTENT_DENIED', 'no permission for this item');
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    archiveNo: r.archive_no,
    itemNo: r.item_no,
    itemArchiveNo: itemArchiveNo(r.archive_no, r.item_no),
    title: r.title,
    docType: r.doc_type,
    docDate: r.doc_date,
    pages: r.pages,
    copies: r.copies,
    carrier: r.carrier,
    writingMedium: r.writing_medium,
    nonDurable: r.non_durable === 1,
    retention: r.retention,
    retentionUntil: r.retention_until,
    classification: r.classification,
    classificationLabel: classificationLabel(db, r.classification),
    custodianId: r.custodian_id,
    custodianName: r.custodian_name,
    remarks: r.remarks,
    location: locationRef(db, r.location_id),
    custodyState: r.custody_state,
    createdAt: r.created_at,
    contentUntil: access.grant?.until ?? null,
    contentGrantNo: access.grant?.no ?? null,
  };
}
