// Our cipher_integrity_check. SQLite3MultipleCiphers (the engine inside
// better-sqlite3-multiple-ciphers) accepts `PRAGMA cipher_integrity_check` but silently ignores
// it (returns no rows even for a corrupted file), so we do what SQLCipher's pragma does,
// independently, in Node: recompute the HMAC-SHA512 of every page of vault.db with the data key.
//
// SQLCipher 4 page layout (page size 4096, reserve 80 = 16-byte IV + 64-byte HMAC):
//   page 1 starts with the 16-byte plaintext KDF salt;
//   HMAC = HMAC-SHA512(hmacKey, page[start .. size-64) ‖ pgno as 4-byte little endian)
//   hmacKey = PBKDF2-HMAC-SHA512(rawKey, salt XOR 0x3a, 2 iterations, 32 bytes)
// Pages still in the WAL are not in the file yet: callers checkpoint first.
import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const SQLCIPHER4_PAGE_SIZE = 4096;
const HMAC_BYTES = 64;
const SALT_BYTES = 16;

export interface CipherCheckResult {
  pages: number;
  /** 1-based page numbers whose HMAC does not match (capped) */
  badPages: number[];
  badCount: number;
  /** the file length is not a whole number of pages */
  truncated: boolean;
}

export function checkPageHmacs(file: string, rawKey: Buffer, maxReported = 20): CipherCheckResult {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const pages = Math.floor(size / SQLCIPHER4_PAGE_SIZE);
    const result: CipherCheckResult = { pages, badPages: [], badCount: 0, truncated: size % SQLCIPHER4_PAGE_SIZE !== 0 };
    if (pages === 0) return result;
    const page = Buffer.alloc(SQLCIPHER4_PAGE_SIZE);
    readSync(fd, page, 0, SQLCIPHER4_PAGE_SIZE, 0);
    const salt = page.subarray(0, SALT_BYTES);
    const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
    const hmacKey = pbkdf2Sync(rawKey, hmacSalt, 2, 32, 'sha512');
    const pgno = Buffer.alloc(4);
    try {
      for (let p = 1; p <= pages; p++) {
        if (p > 1) readSync(fd, page, 0, SQLCIPHER4_PAGE_SIZE, (p - 1) * SQLCIPHER4_PAGE_SIZE);
        const start = p === 1 ? SALT_BYTES : 0;
        pgno.writeUInt32LE(p);
        const mac = createHmac('sha512', hmacKey)
          .update(page.subarray(start, SQLCIPHER4_PAGE_SIZE - HMAC_BYTES))
          .update(pgno)
          .digest();
        if (!timingSafeEqual(mac, page.subarray(SQLCIPHER4_PAGE_SIZE - HMAC_BYTES))) {
          result.badCount++;
          if (result.badPages.length < maxReported) result.badPages.push(p);
        }
      }
    } finally {
      hmacKey.fill(0);
    }
    return result;
  } finally {
    closeSync(fd);
  }
}
