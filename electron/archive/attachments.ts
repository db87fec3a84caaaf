// Scanned attachments on archive items, stored as BLOBs inside the encrypted vault.
// Gate: the very rule that decides item detail (contentAccess in items.ts) — an attachment is
// item content (R-USE-1, R-SEC-2). Classified (机密/绝密) reads and refused attempts are audited.
// The audit trail gets name / size / sha256, never the bytes.
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/append';
import { CLASSIFIED_FROM } from './contract/calls';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type AttachmentAddInput,
  type AttachmentContent,
  type AttachmentMime,
  type AttachmentRow,
} from './contract/attachments';
import { DomainError } from '../contract/result';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';
import type { ContentGrant } from './contentGrants';
import { contentAccess, type Viewer } from './items';
import { stmt } from '../vault/sql';

/** The type from the file's own first bytes; a name or a declared MIME proves nothing. */
export function sniffMime(b: Uint8Array): AttachmentMime | null {
  const starts = (...sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff'; // II*\0 / MM\0*
  return null;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

interface ItemGateRow {
  id: number;
  archive_no: string;
  classification: number;
  custodian_id: number | null;
}

function itemForGate(db: Db, itemId: number): ItemGateRow {
  const r = stmt(db, 'SELECT i.id, a.archive_no, i.classification, i.custodian_id FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ?').get(
    itemId,
  ) as ItemGateRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `item ${itemId} not found`);
  return r;
}

/**
 * The item-content gate for attachment calls (items.ts contentAccess). A grant (access domain)
 * opens list / get, and save only when it allows downloads (a saved file is a copy, R-SEC-3);
 * adding or withdrawing scans never rides on a grant. A view under a grant is recorded by the
 * grant's owner; a refused attempt on a classified item is audited (as items.get does) in its
 * own transaction, then CONTENT_DENIED.
 */
function gate(
  vault: Vault,
  clock: Clock,
  viewer: Viewer,
  item: ItemGateRow,
  op: 'add' | 'list' | 'get' | 'save' | 'withdraw',
  attachmentId?: number,
): ContentGrant | null {
  const access = contentAccess(vault.db, viewer, item, clock.now(), op === 'add' || op === 'withdraw' ? 'manage' : 'view');
  if (access.allowed && !(access.grant && op === 'save' && !access.grant.allows.download)) {
    if (access.grant && op === 'get') {
      const { grant, provider } = access;
      vault.tx((w) => provider.recordView(w, clock, viewer, grant, { itemId: item.id, op: 'attachment.get', attachmentId }));
    }
    return access.grant;
  }
  if (item.classification >= CLASSIFIED_FROM) {
    vault.tx((w) =>
      appendAudit(w, clock, {
        actorId: viewer.id,
        actorName: viewer.name,
        action: 'archive.attachment.denied',
        entity: 'item',
        entityId: item.id,
        detail: { archiveNo: item.archive_no, classification: item.classification, op, attachmentId: attachmentId ?? null },
      }),
    );
  }
  throw new DomainError('CONTENT_DENIED', 'no permission for this item');
}

interface AttachmentDbRow {
  id: number;
  item_id: number;
  file_name: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  added_at: string;
  added_by_name: string;
  withdrawn_at: string | null;
  withdrawn_by_name: string | null;
  withdrawn_reason: string | null;
}

const SELECT_ROW = `SELECT t.id, t.item_id, t.file_name, t.mime, t.size, t.sha256, t.added_at, ua.display_name AS added_by_name,
    t.withdrawn_at, uw.display_name AS withdrawn_by_name, t.withdrawn_reason
  FROM attachments t JOIN users ua ON ua.id = t.added_by LEFT JOIN users uw ON uw.id = t.withdrawn_by`;

const toRow = (r: AttachmentDbRow): AttachmentRow => ({
  id: r.id,
  itemId: r.item_id,
  fileName: r.file_name,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  addedAt: r.added_at,
  addedByName: r.added_by_name,
  withdrawn: r.withdrawn_at ? { at: r.withdrawn_at, byName: r.withdrawn_by_name ?? '', reason: r.withdrawn_reason ?? '' } : null,
});

function rowById(db: Db, id: number): AttachmentDbRow {
  const r = stmt(db, `${SELECT_ROW} WHERE t.id = ?`).get(id) as AttachmentDbRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `attachment ${id} not found`);
  return r;
}

export function addAttachment(vault: Vault, clock: Clock, viewer: Viewer, input: AttachmentAddInput, maxBytes = ATTACHMENT_MAX_BYTES): AttachmentRow {
  const db = vault.db;
  const item = itemForGate(db, input.itemId);
  gate(vault, clock, viewer, item, 'add');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  // Checked again on the decoded bytes: the schema's length bound is about the text, this one
  // is the rule (and holds for callers that skip the IPC schema).
  if (bytes.length === 0) throw new DomainError('BAD_INPUT', 'v.required');
  if (bytes.length > maxBytes) throw new DomainError('BAD_INPUT', 'v.attachmentTooLarge', { max: Math.floor(maxBytes / 1024 / 1024) });
  const sniffed = sniffMime(bytes);
  if (sniffed === null || sniffed !== input.mime) throw new DomainError('BAD_INPUT', 'v.attachmentType', { path: 'dataBase64' });
  const lower = input.fileName.toLowerCase();
  if (!(ATTACHMENT_TYPES[sniffed] as readonly string[]).some((ext) => lower.endsWith(ext))) {
    throw new DomainError('BAD_INPUT', 'v.attachmentName', { path: 'fileName' });
  }
  const hash = sha256(bytes);
  return vault.tx((w) => {
    const id = Number(
      stmt(db, 'INSERT INTO attachments(item_id, file_name, mime, size, sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        item.id,
        input.fileName,
        sniffed,
        bytes.length,
        hash,
        clock.now().toISOString(),
        viewer.id,
      ).lastInsertRowid,
    );
    stmt(db, 'INSERT INTO attachment_blobs(attachment_id, data) VALUES (?, ?)').run(id, bytes);
    appendAudit(w, clock, {
      actorId: viewer.id,
      actorName: viewer.name,
      action: 'archive.attachment.add',
      entity: 'attachment',
      entityId: id,
      detail: { itemId: item.id, archiveNo: item.archive_no, fileName: input.fileName, mime: sniffed, size: bytes.length, sha256: hash },
    });
    return toRow(rowById(db, id));
  });
}

export function listAttachments(vault: Vault, clock: Clock, viewer: Viewer, itemId: number, includeWithdrawn = false): AttachmentRow[] {
  const item = itemForGate(vault.db, itemId);
  gate(vault, clock, viewer, item, 'list');
  const where = includeWithdrawn ? 'WHERE t.item_id = ?' : 'WHERE t.item_id = ? AND t.withdrawn_at IS NULL';
  return (stmt(vault.db, `${SELECT_ROW} ${where} ORDER BY t.id`).all(itemId) as AttachmentDbRow[]).map(toRow);
}

/** The bytes. The stored sha256 is re-checked: a mismatch is tampering, not a file to show. */
/** The attachment's bytes after the content gate and the sha256 re-check (shared by read and save). */
export function checkedAttachment(vault: Vault, clock: Clock, viewer: Viewer, id: number, op: 'get' | 'save') {
  const db = vault.db;
  const r = rowById(db, id);
  const item = itemForGate(db, r.item_id);
  const grant = gate(vault, clock, viewer, item, op, id);
  const data = stmt(db, 'SELECT data FROM attachment_blobs WHERE attachment_id = ?').pluck().get(id) as Buffer | undefined;
  if (!data || data.length !== r.size || sha256(data) !== r.sha256) {
    throw new DomainError('TAMPERED', `attachment ${id} does not match its recorded sha256`);
  }
  return { row: r, item, data, grant };
}

export function readAttachment(vault: Vault, clock: Clock, viewer: Viewer, id: number): AttachmentContent {
  const { row: r, item, data, grant } = checkedAttachment(vault, clock, viewer, id, 'get');
  // under a grant the grant's owner recorded the view already (gate)
  if (!grant && item.classification >= CLASSIFIED_FROM) {
    vault.tx((w) =>
      appendAudit(w, clock, {
        actorId: viewer.id,
        actorName: viewer.name,
        action: 'archive.attachment.view',
        entity: 'attachment',
        entityId: id,
        detail: { itemId: item.id, archiveNo: item.archive_no, classification: item.classification, fileName: r.file_name, sha256: r.sha256 },
      }),
    );
  }
  return { id, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256, dataBase64: data.toString('base64') };
}

/** No deletion of archive content: the attachment is marked withdrawn (once) and stays in the history. */
export function withdrawAttachment(vault: Vault, clock: Clock, viewer: Viewer, id: number, reason: string): AttachmentRow {
  const db = vault.db;
  const r = rowById(db, id);
  const item = itemForGate(db, r.item_id);
  gate(vault, clock, viewer, item, 'withdraw', id);
  if (r.withdrawn_at) throw new DomainError('BAD_STATE', 'v.attachmentWithdrawn');
  return vault.tx((w) => {
    stmt(db, 'UPDATE attachments SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ?').run(
      clock.now().toISOString(),
      viewer.id,
      reason,
      id,
    );
    appendAudit(w, clock, {
      actorId: viewer.id,
      actorName: viewer.name,
      action: 'archive.attachment.withdraw',
      entity: 'attachment',
      entityId: id,
      detail: { itemId: item.id, archiveNo: item.archive_no, fileName: r.file_name, size: r.size, sha256: r.sha256, reason },
    });
    return toRow(rowById(db, id));
  });
}
