// Signed audit checkpoints. At sign-out / lock the signed-in user's key signs the chain head;
// the latest checkpoint is mirrored into keys.json, OUTSIDE the vault file, so restoring an older
// copy of vault.db (a rollback) is detected at the next unlock and by the verifier.
//
// Choice: the checkpoint covers the head AFTER its own 'audit.checkpoint' entry. That entry is
// appended first (same transaction), then {vaultId, seq, head, at, signerId} of that very entry
// is signed — so at sign-out every entry, including the record of the checkpoint, is covered.
import type { Session } from '../core/context';
import { activeKey, keyById } from '../people/userKeys';
import { signWithWrappedKey, verifyEd25519 } from '../people/ed25519';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { KeyFile, SignedCheckpoint } from '../vault/keyfile';
import type { Vault } from '../vault/vault';
import { appendAudit, auditHead } from './append';
import { canonicalJson } from './canonical';

export function checkpointMessage(vaultId: string, cp: Pick<SignedCheckpoint, 'seq' | 'head' | 'at' | 'signerId'>): string {
  return canonicalJson({ purpose: 'archive-room/checkpoint/v1', vaultId, seq: cp.seq, head: cp.head, at: cp.at, signerId: cp.signerId });
}

/**
 * Appends 'audit.checkpoint', signs the resulting head, stores it in `checkpoints` (same tx)
 * and mirrors it into keys.json. Returns null when the session user has no usable key.
 */
export function signCheckpoint(vault: Vault, clock: Clock, session: Session): SignedCheckpoint | null {
  const key = activeKey(vault.db, session.userId);
  if (!key) return null;
  const cp = vault.tx((w) => {
    const rec = appendAudit(w, clock, {
      actorId: session.userId,
      actorName: session.displayName,
      action: 'audit.checkpoint',
      entity: 'audit',
      detail: { keyId: key.id },
    });
    const base = { seq: rec.seq, head: rec.hash, at: rec.at, signerId: session.userId };
    const signature = signWithWrappedKey(session.userId, key.wrapped, session.kek, checkpointMessage(vault.vaultId, base));
    // A KEK that no longer opens the key (password reset by an admin during this session):
    // roll back the entry rather than record an unsigned checkpoint.
    if (!signature) throw new CheckpointKeyError();
    vault.db
      .prepare('INSERT INTO checkpoints(seq, head, at, signer_id, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)')
      .run(base.seq, base.head, base.at, base.signerId, key.id, signature);
    return { ...base, keyId: key.id, signature } satisfies SignedCheckpoint;
  });
  vault.updateKeyFile((kf) => {
    kf.checkpoint = cp;
  });
  return cp;
}

export class CheckpointKeyError extends Error {
  constructor() {
    super('signing key cannot be unwrapped with the session key');
  }
}

/** Problems with one checkpoint (signature, key, and that the chain still holds that head). */
export function verifyCheckpoint(db: Db, vaultId: string, cp: SignedCheckpoint): string[] {
  const problems: string[] = [];
  const key = keyById(db, cp.keyId);
  if (!key || key.user_id !== cp.signerId) problems.push(`checkpoint seq ${cp.seq}: signing key ${cp.keyId} of user ${cp.signerId} not found`);
  else if (!verifyEd25519(key.public_key, checkpointMessage(vaultId, cp), cp.signature)) problems.push(`checkpoint seq ${cp.seq}: signature invalid`);
  const hash = db.prepare('SELECT hash FROM audit_entry WHERE seq = ?').pluck().get(cp.seq) as string | undefined;
  if (hash === undefined) problems.push(`checkpoint seq ${cp.seq}: audit entry missing`);
  else if (hash !== cp.head) problems.push(`checkpoint seq ${cp.seq}: audit entry hash differs from the signed head`);
  return problems;
}

interface CheckpointDbRow {
  seq: number;
  head: string;
  at: string;
  signer_id: number;
  key_id: number;
  signature: string;
}

/** Every checkpoint stored in the vault, verified. */
export function verifyStoredCheckpoints(db: Db, vaultId: string): string[] {
  const rows = db.prepare('SELECT * FROM checkpoints ORDER BY id').all() as CheckpointDbRow[];
  return rows.flatMap((r) =>
    verifyCheckpoint(db, vaultId, { seq: r.seq, head: r.head, at: r.at, signerId: r.signer_id, keyId: r.key_id, signature: r.signature }),
  );
}

/**
 * Rollback check against the sidecar: the checkpoint in keys.json must be in this vault's chain.
 * A vault.db restored from an older copy has a shorter chain (or a different entry at that seq).
 */
export function checkRollback(db: Db, keyFile: Pick<KeyFile, 'checkpoint' | 'vaultId'>): string[] {
  const cp = keyFile.checkpoint;
  if (!cp) return [];
  const head = auditHead(db);
  if (cp.seq > head.seq) return [`rolled back: keys.json checkpoint is at seq ${cp.seq} but the vault's audit trail ends at seq ${head.seq}`];
  const hash = db.prepare('SELECT hash FROM audit_entry WHERE seq = ?').pluck().get(cp.seq) as string | undefined;
  if (hash !== cp.head) return [`rolled back or replaced: the audit entry at seq ${cp.seq} differs from the keys.json checkpoint`];
  const key = keyById(db, cp.keyId);
  if (!key || key.user_id !== cp.signerId || !verifyEd25519(key.public_key, checkpointMessage(keyFile.vaultId, cp), cp.signature)) {
    return [`keys.json checkpoint at seq ${cp.seq} has an invalid signature`];
  }
  return [];
}
