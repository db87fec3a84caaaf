// Customers (R-CUST-1). Creating one opens its archive at once, in the same transaction,
// with a freshly generated archive number (R-ARCH-1, R-ARCH-3).
import { appendAudit } from '../audit/append';
import type { Actor } from '../people/users';
import type { CustomerCreated, CustomerDetail, CustomerInput, CustomerUpdate, CustomerView } from './contract/calls';
import { maskIdNumber, maskPhone, type MaskableField } from './contract/mask';
import type { Role } from '../contract/roles';
import { DomainError } from '../contract/result';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';
import { nextArchiveNo } from './numbering';
import { getArchivePolicy } from './policy';
import { upsertSearchDoc } from './searchIndex';
import { connectionOf, stmt, type Writer } from '../vault/sql';

function assertUser(db: Db, id: number | undefined): void {
  if (id !== undefined && !stmt(db, 'SELECT 1 FROM users WHERE id = ?').get(id)) throw new DomainError('NOT_FOUND', `user ${id} not found`);
}

/** The rows only (call inside vault.tx()); the import and the seed reuse it. */
/** Inserts in the caller's write transaction (w): the customer, its archive, search rows, audit entry. */
export function insertCustomer(w: Writer, clock: Clock, actor: Actor, c: CustomerInput): CustomerCreated {
  const db = connectionOf(w);
  assertUser(db, c.relationshipOwnerId);
  const idNumber = c.idNumber ? c.idNumber : null;
  if (idNumber && stmt(db, 'SELECT 1 FROM customers WHERE id_kind = ? AND id_number = ?').get(c.idKind, idNumber)) {
    throw new DomainError('DUPLICATE', `a customer with this ${c.idKind} already exists`);
  }
  const now = clock.now();
  const customerId = Number(
    stmt(
      db,
      `INSERT INTO customers(category, sub_type, party_kind, name, id_kind, id_number, contact_person, phone, email, address,
           relationship_owner_id, first_contact_date, remarks, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      c.category,
      c.subType,
      c.partyKind,
      c.name,
      c.idKind,
      idNumber,
      c.contactPerson ?? null,
      c.phone ?? null,
      c.email ?? null,
      c.address ?? null,
      c.relationshipOwnerId ?? null,
      c.firstContactDate ?? null,
      c.remarks ?? null,
      now.toISOString(),
      actor.id,
    ).lastInsertRowid,
  );
  const archiveNo = nextArchiveNo(db, getArchivePolicy(db).numberPattern, c.category, now);
  const archiveId = Number(
    stmt(db, 'INSERT INTO archives(customer_id, archive_no, opened_at) VALUES (?, ?, ?)').run(customerId, archiveNo, now.toISOString()).lastInsertRowid,
  );
  upsertSearchDoc(db, { kind: 'customer', refId: customerId, customerId, name: c.name, extra: [archiveNo, idNumber ?? '', c.contactPerson ?? ''] });
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'archive.customer.create',
    entity: 'customer',
    entityId: customerId,
    detail: { archiveId, archiveNo, category: c.category, subType: c.subType, name: c.name },
  });
  return { customerId, archiveId, archiveNo };
}

export function createCustomer(vault: Vault, clock: Clock, actor: Actor, c: CustomerInput): CustomerCreated {
  return vault.tx((w) => insertCustomer(w, clock, actor, c));
}

interface CustomerDbRow {
  id: number;
  category: CustomerDetail['category'];
  sub_type: CustomerDetail['subType'];
  party_kind: CustomerDetail['partyKind'];
  name: string;
  id_kind: CustomerDetail['idKind'];
  id_number: string | null;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  relationship_owner_id: number | null;
  first_contact_date: string | null;
  remarks: string | null;
  archive_id: number;
  archive_no: string;
  opened_at: string;
  item_count: number;
}

export function getCustomer(db: Db, id: number): CustomerDetail {
  const r = stmt(
    db,
    `SELECT c.*, a.id AS archive_id, a.archive_no, a.opened_at,
              (SELECT count(*) FROM items i WHERE i.archive_id = a.id) AS item_count
         FROM customers c JOIN archives a ON a.customer_id = c.id WHERE c.id = ?`,
  ).get(id) as CustomerDbRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `customer ${id} not found`);
  return {
    id: r.id,
    category: r.category,
    subType: r.sub_type,
    partyKind: r.party_kind,
    name: r.name,
    idKind: r.id_kind,
    idNumber: r.id_number,
    contactPerson: r.contact_person,
    phone: r.phone,
    email: r.email,
    address: r.address,
    relationshipOwnerId: r.relationship_owner_id,
    firstContactDate: r.first_contact_date,
    remarks: r.remarks,
    archiveId: r.archive_id,
    archiveNo: r.archive_no,
    openedAt: r.opened_at,
    itemCount: r.item_count,
  };
}

/** Edits the customer's form; the search index is rewritten in the same transaction (R-ARCH-3). */
export function updateCustomer(vault: Vault, clock: Clock, actor: Actor, u: CustomerUpdate): CustomerDetail {
  return vault.tx((w) => {
    const db = vault.db;
    const before = getCustomer(db, u.id);
    if (before.category !== u.category) throw new DomainError('BAD_INPUT', 'v.categoryFixed');
    assertUser(db, u.relationshipOwnerId);
    const idNumber = u.idNumber ? u.idNumber : null;
    if (idNumber && stmt(db, 'SELECT 1 FROM customers WHERE id_kind = ? AND id_number = ? AND id <> ?').get(u.idKind, idNumber, u.id)) {
      throw new DomainError('DUPLICATE', `a customer with this ${u.idKind} already exists`);
    }
    stmt(
      db,
      `UPDATE customers SET sub_type = ?, party_kind = ?, name = ?, id_kind = ?, id_number = ?, contact_person = ?, phone = ?, email = ?,
         address = ?, relationship_owner_id = ?, first_contact_date = ?, remarks = ? WHERE id = ?`,
    ).run(
      u.subType,
      u.partyKind,
      u.name,
      u.idKind,
      idNumber,
      u.contactPerson ?? null,
      u.phone ?? null,
      u.email ?? null,
      u.address ?? null,
      u.relationshipOwnerId ?? null,
      u.firstContactDate ?? null,
      u.remarks ?? null,
      u.id,
    );
    upsertSearchDoc(db, { kind: 'customer', refId: u.id, customerId: u.id, name: u.name, extra: [before.archiveNo, idNumber ?? '', u.contactPerson ?? ''] });
    const after = getCustomer(db, u.id);
    const changed = Object.fromEntries(
      (Object.keys(after) as (keyof CustomerDetail)[]).filter((k) => after[k] !== before[k]).map((k) => [k, { from: before[k], to: after[k] }]),
    );
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.customer.update',
      entity: 'customer',
      entityId: u.id,
      detail: { archiveNo: before.archiveNo, changed },
    });
    return after;
  });
}

/** What the screens get (customers.get / update): personal identifiers masked (contract/mask.ts). */
export function maskCustomer(c: CustomerDetail): CustomerView {
  const masked: MaskableField[] = [];
  const idNumber = maskIdNumber(c.idKind, c.idNumber);
  if (idNumber !== c.idNumber) masked.push('idNumber');
  const phone = maskPhone(c.phone);
  if (phone !== c.phone) masked.push('phone');
  return { ...c, idNumber, phone, masked };
}

/**
 * customers.reveal: one identifier in full, for a role the archive policy lets see unclassified
 * content (R-USE-1); every reveal — and every refused one — is one audit entry.
 */
export function revealCustomerField(
  vault: Vault,
  clock: Clock,
  viewer: Actor & { roles: readonly Role[] },
  id: number,
  field: MaskableField,
): { value: string | null } {
  const c = getCustomer(vault.db, id);
  const allowed = (getArchivePolicy(vault.db).contentRoles[0] ?? []).some((r) => viewer.roles.includes(r));
  vault.tx((w) =>
    appendAudit(w, clock, {
      actorId: viewer.id,
      actorName: viewer.name,
      action: allowed ? 'archive.customer.reveal' : 'archive.customer.revealDenied',
      entity: 'customer',
      entityId: id,
      detail: { archiveNo: c.archiveNo, field },
    }),
  );
  if (!allowed) throw new DomainError('CONTENT_DENIED', 'no permission to see this identifier');
  return { value: c[field] };
}
