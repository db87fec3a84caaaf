// Each user's Ed25519 key pair (Node crypto). The private key is stored sealed with the
// KEK derived from the user's password, so only that user, typing the password, can sign.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, createHash } from 'node:crypto';
import { open, seal, type Sealed } from '../vault/aead';

export interface NewKeyPair {
  publicKey: string; // base64 SPKI DER
  wrappedPrivate: Sealed;
}

const keyAad = (userId: number) => `archive-room/signing-key/v1/${userId}`;

export function newSigningKey(userId: number, kek: Buffer): NewKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  const wrappedPrivate = seal(kek, pkcs8, keyAad(userId));
  pkcs8.fill(0);
  return { publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), wrappedPrivate };
}

/** Re-seals a private key under a new KEK (password change keeps the same key pair). */
export function rewrapSigningKey(userId: number, wrapped: Sealed, oldKek: Buffer, newKek: Buffer): Sealed | null {
  const pkcs8 = open(oldKek, wrapped, keyAad(userId));
  if (!pkcs8) return null;
  const out = seal(newKek, pkcs8, keyAad(userId));
  pkcs8.fill(0);
  return out;
}

export function signWithWrappedKey(userId: number, wrapped: Sealed, kek: Buffer, message: string): string | null {
  const pkcs8 = open(kek, wrapped, keyAad(userId));
  if (!pkcs8) return null;
  try {
    const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
    return sign(null, Buffer.from(message, 'utf8'), key).toString('base64');
  } finally {
    pkcs8.fill(0);
  }
}

export function verifyEd25519(publicKeyB64: string, message: string, signatureB64: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}

/** Short fingerprint shown in the user list and printed under signature lines. */
export function fingerprint(publicKeyB64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyB64, 'base64')).digest('hex').slice(0, 16).match(/.{4}/g)!.join(' ');
}
