// R-IT-1 the vault file is plain, standard SQLCipher 4 (readable by an independent
// implementation with the data key), carries no plaintext on disk, and is opened with the
// durability pragmas the requirements call for.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openEncrypted, openPlain } from '../../electron/vault/db';
import { keyFilePath, vaultFilePath } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

// @journeyapps/sqlcipher is a separate build of upstream SQLCipher (not SQLite3MultipleCiphers):
// if it can read our file, the file is the standard format, not an accident of our library.
interface JaDb {
  get(sql: string, cb: (err: Error | null, row: unknown) => void): void;
  exec(sql: string, cb: (err: Error | null) => void): void;
  close(cb: (err: Error | null) => void): void;
}
const sqlcipher = createRequire(__filename)('@journeyapps/sqlcipher').verbose() as { Database: new (file: string, cb: (err: Error | null) => void) => JaDb };

function jaOpen(file: string): Promise<JaDb> {
  return new Promise((res, rej) => {
    const db: JaDb = new sqlcipher.Database(file, (err) => (err ? rej(err) : res(db)));
  });
}
const jaExec = (db: JaDb, sql: string) => new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
const jaGet = (db: JaDb, sql: string) => new Promise<unknown>((res, rej) => db.get(sql, (e, row) => (e ? rej(e) : res(row))));
const jaClose = (db: JaDb) => new Promise<void>((res, rej) => db.close((e) => (e ? rej(e) : res())));
const keyPragma = (key: Buffer) => `PRAGMA key = "x'${key.toString('hex')}'";`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function vaultWithRow(value: string): Promise<{ dir: string; vault: Vault; key: Buffer }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const { vault } = await Vault.create(t.dir, testVaultOptions());
  vault.tx(() => vault.db.prepare(`INSERT INTO settings(key, value_json) VALUES ('probe', ?)`).run(JSON.stringify(value)));
  const key = vault.withDataKey((k) => Buffer.from(k));
  return { dir: t.dir, vault, key };
}

describe('vault file format', () => {
  test('R-IT-1 an independent SQLCipher 4 implementation reads the vault with the data key', async () => {
    const { dir, vault, key } = await vaultWithRow('客户档案 probe');
    vault.close();
    const db = await jaOpen(vaultFilePath(dir));
    try {
      await jaExec(db, keyPragma(key));
      expect(await jaGet(db, `SELECT value_json FROM settings WHERE key = 'probe'`)).toEqual({ value_json: '"客户档案 probe"' });
      expect(await jaGet(db, 'PRAGMA cipher_version')).toMatchObject({ cipher_version: expect.stringMatching(/^4\./) });
    } finally {
      await jaClose(db);
    }
  });

  test('R-IT-1 the independent implementation fails with a wrong key', async () => {
    const { dir, vault, key } = await vaultWithRow('x');
    vault.close();
    const wrong = Buffer.from(key);
    wrong[0]! ^= 1;
    const db = await jaOpen(vaultFilePath(dir));
    try {
      await jaExec(db, keyPragma(wrong));
      await expect(jaGet(db, 'SELECT count(*) FROM sqlite_master')).rejects.toThrow(/not a database|encrypted/i);
    } finally {
      await jaClose(db);
    }
  });

  test('R-IT-1 a file written by the independent implementation opens with openEncrypted (same format both ways)', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const key = Buffer.alloc(32, 7);
    const file = join(t.dir, 'other.db');
    const ja = await jaOpen(file);
    await jaExec(ja, `${keyPragma(key)} CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('档案');`);
    await jaClose(ja);
    const db = openEncrypted(file, key);
    try {
      expect(db.prepare('SELECT v FROM t').pluck().get()).toBe('档案');
    } finally {
      db.close();
    }
  });

  test('R-IT-1 our own opener refuses a wrong key with WRONG_PASSWORD and leaves the file untouched', async () => {
    const { dir, vault, key } = await vaultWithRow('x');
    vault.close();
    const before = readFileSync(vaultFilePath(dir));
    const wrong = Buffer.from(key);
    wrong[31]! ^= 0x80;
    expect(() => openEncrypted(vaultFilePath(dir), wrong)).toThrow(expect.objectContaining({ code: 'WRONG_PASSWORD' }));
    expect(() => Vault.openWithDataKey(dir, wrong, testVaultOptions())).toThrow(expect.objectContaining({ code: 'WRONG_PASSWORD' }));
    expect(readFileSync(vaultFilePath(dir)).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
    Vault.openWithDataKey(dir, key, testVaultOptions()).close();
  });

  test('R-IT-1 a keys.json from another vault is refused (TAMPERED) even with the right data key', async () => {
    const a = await vaultWithRow('a');
    const b = await vaultWithRow('b');
    a.vault.close();
    b.vault.close();
    writeFileSync(keyFilePath(a.dir), readFileSync(keyFilePath(b.dir)));
    expect(() => Vault.openWithDataKey(a.dir, a.key, testVaultOptions())).toThrow(expect.objectContaining({ code: 'TAMPERED' }));
  });

  test('R-IT-1 the vault file does not start with the plaintext SQLite header', async () => {
    const { dir, vault } = await vaultWithRow('x');
    vault.close();
    expect(readFileSync(vaultFilePath(dir)).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });
});

describe('no plaintext on disk', () => {
  const MARKER = '张三丰的保密客户档案 MARKER-7f3a9c';
  const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from('MARKER-7f3a9c', 'utf8'), Buffer.from('张三丰', 'utf8'), Buffer.from(MARKER, 'utf16le')];

  function scan(dir: string): string[] {
    const hits: string[] = [];
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name));
      for (const n of needles) if (bytes.includes(n)) hits.push(`${name}: ${n.toString('hex').slice(0, 16)}…`);
    }
    return hits;
  }

  test('R-IT-1 a known row is not found in vault.db, the WAL or keys.json — while in the WAL and after close', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { vault } = await Vault.create(t.dir, testVaultOptions());
    // Keep the rows in the WAL: no automatic checkpoint while we look.
    vault.db.pragma('wal_autocheckpoint = 0');
    vault.tx(() => {
      vault.db.exec('CREATE TABLE probe_customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
      const ins = vault.db.prepare('INSERT INTO probe_customers(name) VALUES (?)');
      for (let i = 0; i < 50; i++) ins.run(`${MARKER} #${i}`);
    });
    const wal = readFileSync(`${vaultFilePath(t.dir)}-wal`);
    expect(wal.length).toBeGreaterThan(4096); // the rows really are in the WAL right now
    expect(scan(t.dir)).toEqual([]);

    // The check itself can fail: the same rows in a plain SQLite file are found.
    const plainFile = join(t.dir, 'plain-control.db');
    const p = openPlain(plainFile);
    p.exec('CREATE TABLE c (n TEXT)');
    p.prepare('INSERT INTO c VALUES (?)').run(MARKER);
    p.close();
    const plainBytes = readFileSync(plainFile);
    rmSync(plainFile);
    expect(plainBytes.includes(needles[0]!)).toBe(true);

    const keyHex = vault.withDataKey((k) => k.toString('hex'));
    const keyB64 = vault.withDataKey((k) => k.toString('base64'));
    vault.close();
    expect(scan(t.dir)).toEqual([]);
    const keysJson = readFileSync(keyFilePath(t.dir), 'utf8');
    expect(keysJson.toLowerCase()).not.toContain(keyHex);
    expect(keysJson).not.toContain(keyB64);
  });
});

describe('connection settings', () => {
  test('R-IT-1 WAL, synchronous FULL, foreign keys on, temp store in memory, SQLCipher 4 cipher', async () => {
    const { vault } = await vaultWithRow('x');
    try {
      const db = vault.db;
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('temp_store', { simple: true })).toBe(2);
      expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
      expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    } finally {
      vault.close();
    }
  });

  test('R-IT-1 foreign keys are enforced in the vault', async () => {
    const { vault } = await vaultWithRow('x');
    try {
      expect(() =>
        vault.db.prepare(`INSERT INTO user_keys(user_id, public_key, wrapped_private_json, created_at) VALUES (999, 'k', '{}', 'now')`).run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      vault.close();
    }
  });
});
