// Key slots: each wraps the one random data key under a secret (a user's password or the
// recovery code). Adding users, changing passwords and recovery rewrite a slot, never the vault.
import { randomBytes, randomUUID } from 'node:crypto';
import { open, seal } from './aead';
import { deriveKek, deriveNewKek, type KdfOptions, type KdfParams } from './kdf';
import type { KeySlot } from './keyfile';

export const DATA_KEY_BYTES = 32;

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** AAD binds a wrapped key to its vault and slot, so a slot copied elsewhere does not open. */
const slotAad = (vaultId: string, slotId: string) => `archive-room/slot/v1/${vaultId}/${slotId}`;

export async function makeSlot(
  vaultId: string,
  dataKey: Buffer,
  secret: string,
  owner: { kind: 'recovery' } | { kind: 'user'; userId: number; login: string },
  /** fixed parameters, or the options deciding them (no kdfParams there = calibrated on this machine) */
  kdfOpts: KdfOptions | KdfParams | undefined,
  now: Date,
): Promise<{ slot: KeySlot; kek: Buffer }> {
  const id = randomUUID();
  const { spec: kdf, kek } = await deriveNewKek(secret, kdfOpts);
  const wrapped = seal(kek, dataKey, slotAad(vaultId, id));
  const slot: KeySlot =
    owner.kind === 'user'
      ? { id, kind: 'user', userId: owner.userId, login: owner.login.toLowerCase(), kdf, wrapped, createdAt: now.toISOString() }
      : { id, kind: 'recovery', kdf, wrapped, createdAt: now.toISOString() };
  return { slot, kek };
}

/** The data key and the slot's KEK (the KEK also unwraps the user's signing key), or null. */
export async function unwrapSlot(vaultId: string, slot: KeySlot, secret: string): Promise<{ dataKey: Buffer; kek: Buffer } | null> {
  const kek = await deriveKek(secret, slot.kdf);
  const dataKey = open(kek, slot.wrapped, slotAad(vaultId, slot.id));
  if (!dataKey || dataKey.length !== DATA_KEY_BYTES) {
    kek.fill(0);
    return null;
  }
  return { dataKey, kek };
}

/** Recovery codes: 32 chars of Crockford-like base32 (no I, L, O, U), shown in groups of 4. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
export function newRecoveryCode(): string {
  const bytes = randomBytes(32);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % 32];
  return s;
}
export const formatRecoveryCode = (c: string) => c.match(/.{1,4}/g)!.join('-');
export const normaliseRecoveryCode = (c: string) => c.toUpperCase().replace(/[^A-Z0-9]/g, '');
