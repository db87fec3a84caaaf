// Reads every page of an encrypted vault file and of its WAL through the data key — what an
// attacker holding the key (or a forensic copy) could recover, free pages and stale WAL frames
// included. SQLCipher 4 page layout (the vault's cipher = 'sqlcipher', legacy = 4, raw 256-bit
// key, so no KDF): AES-256-CBC over the page minus the reserved tail; the tail's first 16 bytes
// are the page's IV (then the HMAC-SHA512); page 1 starts with the 16-byte salt, unencrypted.
// sqlite_dbpage is not compiled into better-sqlite3-multiple-ciphers, and it could not show a WAL's
// superseded frames anyway.
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const RESERVE = 80; // IV 16 + HMAC-SHA512 64, a multiple of the AES block

function decryptPage(page: Buffer, pgno: number, key: Buffer): Buffer {
  const size = page.length;
  const start = pgno === 1 ? 16 : 0;
  const iv = page.subarray(size - RESERVE, size - RESERVE + 16);
  const d = createDecipheriv('aes-256-cbc', key, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(page.subarray(start, size - RESERVE)), d.final()]);
}

/** Every decrypted page of vault.db and of vault.db-wal (all frames, superseded ones too). */
export function decryptedPages(dbFile: string, key: Buffer, pageSize = 4096): { where: string; data: Buffer }[] {
  const out: { where: string; data: Buffer }[] = [];
  const file = readFileSync(dbFile);
  for (let off = 0, n = 1; off + pageSize <= file.length; off += pageSize, n++)
    out.push({ where: `db page ${n}`, data: decryptPage(file.subarray(off, off + pageSize), n, key) });
  const walFile = `${dbFile}-wal`;
  if (existsSync(walFile)) {
    const wal = readFileSync(walFile);
    for (let off = 32, f = 1; off + 24 + pageSize <= wal.length; off += 24 + pageSize, f++) {
      const pgno = wal.readUInt32BE(off);
      out.push({ where: `wal frame ${f} (page ${pgno})`, data: decryptPage(wal.subarray(off + 24, off + 24 + pageSize), pgno, key) });
    }
  }
  return out;
}

/** Where the marker (UTF-8 text or bytes) appears in the decrypted pages. */
export function findInVault(dbFile: string, key: Buffer, marker: string | Buffer): string[] {
  const needle = typeof marker === 'string' ? Buffer.from(marker, 'utf8') : marker;
  return decryptedPages(dbFile, key)
    .filter((p) => p.data.includes(needle))
    .map((p) => p.where);
}
