// Custodian handover (交接, R-SEC-2): a record of who hands a classified item to whom, signed
// by the RECEIVING custodian with their own password at the machine (auth/signatures.ts).
// The item's custodian changes only once the signature is stored.
import type { AppContext } from '../core/context';
import { appendAudit } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { actorOf, requireSession } from '../people/sessionInfo';
import { listSignatures, signRecord, type SignableRecordType } from '../people/signatures';
import { findUserByLogin, getUser, rolesOf } from '../people/users';
import type { HandoverRow } from './contract/calls';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';

interface HandoverDbRow {
  id: number;
  item_id: number;
  from_custodian_id: number | null;
  to_custodian_id: number;
  at: string;
  by_id: number;
  remarks: string | null;
  status: HandoverRow['status'];
}

// What the receiving custodian signs: the handover's facts, not its status (which the
// signature itself completes).
export const handoverRecordType: SignableRecordType = {
  contentHash(db, id) {
    const h = db.prepare('SELECT * FROM handovers WHERE id = ?').get(Number(id)) as HandoverDbRow | undefined;
    if (!h) return null;
    return sha256Hex(
      canonicalJson({ id: h.id, itemId: h.item_id, from: h.from_custodian_id, to: h.to_custodian_id, at: h.at, by: h.by_id, remarks: h.remarks }),
    );
  },
  requesterId(db, id) {
    return (db.prepare('SELECT by_id FROM handovers WHERE id = ?').pluck().get(Number(id)) as number | undefined) ?? null;
  },
  signerRoles: ['custodian'],
};

export interface HandoverInput {
  itemId: number;
  toCustodianId: number;
  remarks?: string;
  signerLogin: string;
  signerPassword: string;
}

function toRow(db: Db, h: HandoverDbRow): HandoverRow {
  const sig = listSignatures(db, 'handover', String(h.id)).at(-1);
  return {
    id: h.id,
    itemId: h.item_id,
    fromCustodianId: h.from_custodian_id,
    toCustodianId: h.to_custodian_id,
    at: h.at,
    status: h.status,
    remarks: h.remarks,
    signature: sig ? { signerName: sig.signerName, meaning: sig.meaning, at: sig.at, valid: sig.valid ?? false } : null,
  };
}

export function listHandovers(db: Db, itemId: number): HandoverRow[] {
  const rows = db.prepare('SELECT * FROM handovers WHERE item_id = ? ORDER BY id').all(itemId) as HandoverDbRow[];
  return rows.map((h) => toRow(db, h));
}

export async function handover(ctx: AppContext, input: HandoverInput): Promise<HandoverRow> {
  const { vault, session } = requireSession(ctx);
  const db = vault.db;
  const actor = actorOf(session);
  const item = db.prepare('SELECT id, custodian_id, classification FROM items WHERE id = ?').get(input.itemId) as
    { id: number; custodian_id: number | null } | undefined;
  if (!item) throw new DomainError('NOT_FOUND', `item ${input.itemId} not found`);
  // Only the current custodian hands over (or an operator when the item has none yet).
  if (item.custodian_id !== null ? item.custodian_id !== session.userId : !session.roles.includes('operator')) {
    throw new DomainError('NOT_CUSTODIAN', 'only the current custodian hands an item over');
  }
  const to = getUser(db, input.toCustodianId);
  if (to.disabled || !rolesOf(to).includes('custodian')) throw new DomainError('BAD_INPUT', 'v.custodianRole');
  if (to.id === item.custodian_id) throw new DomainError('BAD_STATE', 'already the custodian');
  const signer = findUserByLogin(db, input.signerLogin);
  if (!signer || signer.id !== to.id) throw new DomainError('WRONG_PASSWORD', 'the receiving custodian must sign');

  const id = vault.tx((w) => {
    const at = ctx.clock.now().toISOString();
    const id = Number(
      db
        .prepare(`INSERT INTO handovers(item_id, from_custodian_id, to_custodian_id, at, by_id, remarks, status) VALUES (?, ?, ?, ?, ?, ?, 'pending')`)
        .run(item.id, item.custodian_id, to.id, at, actor.id, input.remarks ?? null).lastInsertRowid,
    );
    appendAudit(w, ctx.clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.handover.create',
      entity: 'handover',
      entityId: id,
      detail: { itemId: item.id, from: item.custodian_id, to: to.id },
    });
    return id;
  });
  try {
    await signRecord(ctx, {
      recordType: 'handover',
      recordId: String(id),
      meaning: 'approved',
      signerLogin: input.signerLogin,
      signerPassword: input.signerPassword,
    });
  } catch (e) {
    vault.tx((w) => {
      db.prepare(`UPDATE handovers SET status = 'failed' WHERE id = ?`).run(id);
      appendAudit(w, ctx.clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'archive.handover.fail',
        entity: 'handover',
        entityId: id,
        detail: { reason: e instanceof DomainError ? e.code : 'INTERNAL' },
      });
    });
    throw e;
  }
  return vault.tx((w) => {
    db.prepare(`UPDATE handovers SET status = 'completed' WHERE id = ?`).run(id);
    db.prepare('UPDATE items SET custodian_id = ? WHERE id = ?').run(to.id, item.id);
    appendAudit(w, ctx.clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.handover.complete',
      entity: 'item',
      entityId: item.id,
      detail: { handoverId: id, from: item.custodian_id, to: to.id },
    });
    return toRow(db, db.prepare('SELECT * FROM handovers WHERE id = ?').get(id) as HandoverDbRow);
  });
}
