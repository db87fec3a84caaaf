// Opening the SQLCipher 4 database with a raw 256-bit key.
import Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '../contract/result';

export type Db = Database.Database;

let nativeBinding: string | undefined;
/** Set once at startup by the Electron main process (see native.ts). */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/**
 * Page cache per connection, in KiB (issue 11, measured with npm run bench at 1M items): every
 * page read from an encrypted file is decrypted and its HMAC checked, a page in this cache is
 * not — the search indexes' hot pages (archives, search_grams, FTS doclists) stay decrypted.
 * The file format is untouched (cache_size is not stored); plain SQLite gets the same cache so
 * the bench compares like with like.
 */
export const PAGE_CACHE_KIB = 64 * 1024;

const keyPragma = (key: Buffer) => `key = "x'${key.toString('hex')}'"`;

/**
 * Opens (or creates) an encrypted database. Throws DomainError('WRONG_PASSWORD') when the
 * key does not decrypt it. SQLCipher v4 defaults (legacy=4): AES-256-CBC + HMAC-SHA512 pages.
 */
export function openEncrypted(file: string, key: Buffer, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { nativeBinding, readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(keyPragma(key));
    // Touching the schema forces the first page to be decrypted: a wrong key fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db.close();
    if (e instanceof Error && /not a database|file is encrypted/i.test(e.message)) {
      throw new DomainError('WRONG_PASSWORD', 'the key does not open this vault');
    }
    throw e;
  }
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return db;
}

/** Plain (unencrypted) database for the benchmark's side-by-side comparison only. */
export function openPlain(file: string): Db {
  const db = new Database(file, { nativeBinding });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return db;
}
