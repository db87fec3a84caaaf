// Appending to the hash-chained audit trail. Call ONLY inside vault.tx(): the entry must
// commit or roll back together with the change it records.
import type { AuditAction } from '../contract';
import type { Db } from '../vault/db';
import { connectionOf, type Writer } from '../vault/sql';
import type { Clock } from '../vault/clock';
import { canonicalJson, GENESIS_HASH, sha256Hex } from './canonical';

export interface AuditInput {
  actorId: number | null;
  actorName: string | null;
  /** dotted verb, e.g. 'user.create', 'auth.signIn', 'archive.item.move': only actions a domain
   *  declared in its contract/audit-actions.ts (with both labels) can be written */
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  detail?: Record<string, unknown>;
  /** override time (e.g. replaying pending events that happened while the vault was closed) */
  at?: string;
}

export interface AuditEntryRecord {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

/** What the hash covers: every column except the hash itself. */
export function entryHash(e: Omit<AuditEntryRecord, 'hash'>): string {
  return sha256Hex(
    e.prev_hash +
      canonicalJson({
        seq: e.seq,
        at: e.at,
        actor_id: e.actor_id,
        actor_name: e.actor_name,
        action: e.action,
        entity: e.entity,
        entity_id: e.entity_id,
        detail_json: e.detail_json,
        prev_hash: e.prev_hash,
      }),
  );
}

export function auditHead(db: Db): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** Appends one entry in the change's own transaction: `w` is that transaction's Writer
 *  (vault.tx / vault.write), so an entry outside a transaction does not compile. */
export function appendAudit(w: Writer, clock: Clock, input: AuditInput): AuditEntryRecord {
  const db = connectionOf(w);
  if (!db.inTransaction) throw new Error(`audit append outside a transaction (${input.action})`);
  const head = auditHead(db);
  const base = {
    seq: head.seq + 1,
    at: input.at ?? clock.now().toISOString(),
    actor_id: input.actorId,
    actor_name: input.actorName,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId == null ? null : String(input.entityId),
    detail_json: canonicalJson(input.detail ?? {}),
    prev_hash: head.hash,
  };
  const rec: AuditEntryRecord = { ...base, hash: entryHash(base) };
  db.prepare(
    `INSERT INTO audit_entry(seq, at, actor_id, actor_name, action, entity, entity_id, detail_json, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @entity, @entity_id, @detail_json, @prev_hash, @hash)`,
  ).run(rec);
  return rec;
}
