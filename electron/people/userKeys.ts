// A user's credentials live in two places: the key slot (keys.json, wraps the vault's data key)
// and the Ed25519 signing key (user_keys, private half sealed with the same slot KEK).
// These helpers keep the two in step.
import type { Db } from '../vault/db';
import type { KeySlot } from '../vault/keyfile';
import { makeSlot } from '../vault/keyslots';
import type { Vault } from '../vault/vault';
import type { Sealed } from '../vault/aead';
import { newSigningKey } from './ed25519';

export interface UserKeyRow {
  id: number;
  user_id: number;
  public_key: string;
  wrapped_private_json: string;
  created_at: string;
  retired_at: string | null;
}

/**
 * Derives a new slot for `login` WITHOUT writing keys.json yet. The slot is installed only
 * after the database rows (user, key, audit) have committed: a slot without its user row
 * would let someone unlock the vault with no account behind it.
 */
export async function prepareUserSlot(vault: Vault, login: string, password: string): Promise<{ slot: KeySlot; kek: Buffer }> {
  // Copy the data key: the KDF is async and the vault could be locked meanwhile (close() wipes it).
  const dataKey = vault.withDataKey((k) => Buffer.from(k));
  try {
    // userId 0 is a placeholder: the slot's AAD binds vault + slot id, not the user id.
    return await makeSlot(vault.vaultId, dataKey, password, { kind: 'user', userId: 0, login }, vault.newSlotKdf(), vault.opts.clock.now());
  } finally {
    dataKey.fill(0);
  }
}

/** Replaces the user's slot in keys.json (call after the matching rows committed). */
export function installUserSlot(vault: Vault, userId: number, slot: KeySlot): void {
  const s: KeySlot = { ...slot, userId };
  vault.updateKeyFile((kf) => {
    kf.slots = kf.slots.filter((x) => !(x.kind === 'user' && x.userId === userId));
    kf.slots.push(s);
  });
}

/** Inserts a fresh key pair for the user (inside a tx). */
export function insertSigningKey(db: Db, userId: number, kek: Buffer, now: string): number {
  const pair = newSigningKey(userId, kek);
  const r = db
    .prepare('INSERT INTO user_keys(user_id, public_key, wrapped_private_json, created_at) VALUES (?, ?, ?, ?)')
    .run(userId, pair.publicKey, JSON.stringify(pair.wrappedPrivate), now);
  return Number(r.lastInsertRowid);
}

/** Retires every active key of the user (old signatures keep verifying against retired keys). */
export function retireSigningKeys(db: Db, userId: number, now: string): void {
  db.prepare('UPDATE user_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL').run(now, userId);
}

export function activeKey(db: Db, userId: number): (UserKeyRow & { wrapped: Sealed }) | null {
  const row = db.prepare('SELECT * FROM user_keys WHERE user_id = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1').get(userId) as UserKeyRow | undefined;
  return row ? { ...row, wrapped: JSON.parse(row.wrapped_private_json) as Sealed } : null;
}

export function keyById(db: Db, keyId: number): UserKeyRow | null {
  return (db.prepare('SELECT * FROM user_keys WHERE id = ?').get(keyId) as UserKeyRow | undefined) ?? null;
}
