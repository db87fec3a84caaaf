// AES-256-GCM wrap/unwrap of small secrets (the data key, users' Ed25519 private keys).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Sealed {
  iv: string; // base64, 12 bytes
  ct: string; // base64
  tag: string; // base64, 16 bytes
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** Returns null when the key is wrong or the blob was altered (GCM tag mismatch). */
export function open(key: Buffer, sealed: Sealed, aad: string): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(sealed.ct, 'base64')), d.final()]);
  } catch {
    return null;
  }
}
