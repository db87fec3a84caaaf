// Backup and restore: ONE file holding the encrypted vault copy and its key slots (R-IT-1:
// backups on removable media stay encrypted — vault.db is SQLCipher, keys.json holds only
// wrapped keys). better-sqlite3's db.backup() refuses encrypted sources, so the copy is made with
// `VACUUM INTO`, which writes it through the same cipher with the same key.
//
// Container (no dependency, readable by any tool that can slice bytes):
//   8 bytes  magic "ARBKUP01"
//   4 bytes  header length, big endian
//   header   UTF-8 JSON (BackupHeader: sizes, SHA-256 of both parts, vault id, audit head)
//   keys.json bytes, then vault.db bytes
import { randomUUID, createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { appendAudit } from '../audit/append';
import { checkPageHmacs } from '../audit/cipherCheck';
import { verifyOpenVault, verifyVault } from '../audit/verify';
import type { Actor } from '../people/users';
import { DomainError } from '../contract/result';
import type { VerifyReport } from '../contract/types';
import type { Clock } from '../vault/clock';
import { openEncrypted } from '../vault/db';
import { fsyncDir, keyFilePath, vaultFilePath, writeFileAtomic, type KeyFile } from '../vault/keyfile';
import { normaliseRecoveryCode, unwrapSlot } from '../vault/keyslots';
import { Vault, type VaultOptions } from '../vault/vault';

const MAGIC = Buffer.from('ARBKUP01', 'ascii');
const CHUNK = 1 << 20;

export interface BackupHeader {
  format: 1;
  vaultId: string;
  createdAt: string;
  keysJsonBytes: number;
  keysJsonSha256: string;
  vaultDbBytes: number;
  vaultDbSha256: string;
  entries: number;
  head: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  header: BackupHeader;
}

/** SHA-256 (hex) of a file, read in chunks (a backup can be large); also the app's backup manifest's. */
export function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    for (let n; (n = readSync(fd, buf, 0, CHUNK, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** The checks a copy must pass before it is called a backup. */
const BACKUP_MUST_HOLD: VerifyReport['checks'][number]['name'][] = ['chain', 'integrity', 'cipherIntegrity', 'rollback'];

/**
 * Writes an encrypted, verified copy of the open vault plus its keys.json to `toFile`
 * (temp + fsync + rename), then records 'vault.backup' in the live vault.
 */
export function backupVault(vault: Vault, toFile: string, opts: { clock: Clock; actor: Actor }): BackupResult {
  const outDir = dirname(toFile);
  mkdirSync(outDir, { recursive: true });
  const tag = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const copy = join(outDir, `.${basename(toFile)}.vault-${tag}`);
  const tmp = join(outDir, `.${basename(toFile)}.tmp-${tag}`);
  try {
    // keys.json is read in the same synchronous step as the copy: its checkpoint matches the copy
    const kfBytes = Buffer.from(JSON.stringify(vault.keyFile(), null, 2), 'utf8');
    vault.db.prepare('VACUUM INTO ?').run(copy);

    const report = vault.withDataKey((key) => {
      const db = openEncrypted(copy, key);
      try {
        return verifyVault(db, JSON.parse(kfBytes.toString('utf8')) as KeyFile, { clock: opts.clock, cipher: { file: copy, key } });
      } finally {
        db.close();
      }
    });
    const bad = report.checks.filter((c) => BACKUP_MUST_HOLD.includes(c.name) && !c.ok);
    if (bad.length) {
      throw new DomainError('TAMPERED', `the copy does not verify: ${bad.flatMap((c) => c.problems).join('; ')}`, { problems: bad.flatMap((c) => c.problems) });
    }
    for (const f of [`${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });

    const header: BackupHeader = {
      format: 1,
      vaultId: vault.vaultId,
      createdAt: opts.clock.now().toISOString(),
      keysJsonBytes: kfBytes.length,
      keysJsonSha256: createHash('sha256').update(kfBytes).digest('hex'),
      vaultDbBytes: statSync(copy).size,
      vaultDbSha256: sha256File(copy),
      entries: report.entries,
      head: report.head,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(headerBytes.length);

    const out = openSync(tmp, 'w', 0o600);
    try {
      for (const b of [MAGIC, len, headerBytes, kfBytes]) writeSync(out, b);
      const src = openSync(copy, 'r');
      try {
        const buf = Buffer.alloc(CHUNK);
        for (let n; (n = readSync(src, buf, 0, CHUNK, null)) > 0;) writeSync(out, buf, 0, n);
      } finally {
        closeSync(src);
      }
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    renameSync(tmp, toFile);
    fsyncDir(outDir);
    const bytes = statSync(toFile).size;

    vault.tx((w) =>
      appendAudit(w, opts.clock, {
        actorId: opts.actor.id,
        actorName: opts.actor.name,
        action: 'vault.backup',
        entity: 'vault',
        entityId: vault.vaultId,
        detail: { file: toFile, bytes, entries: header.entries, head: header.head, vaultDbSha256: header.vaultDbSha256 },
      }),
    );
    return { file: toFile, bytes, header };
  } finally {
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`, tmp]) rmSync(f, { force: true });
  }
}

interface ParsedBackup {
  header: BackupHeader;
  keyFile: KeyFile;
  keysJson: Buffer;
  /** byte offset of vault.db inside the backup file */
  dbOffset: number;
}

/** Reads and checks the container (magic, sizes, SHA-256 of both parts). */
export function readBackup(fromFile: string): ParsedBackup {
  const fd = openSync(fromFile, 'r');
  try {
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) !== 12 || !head.subarray(0, 8).equals(MAGIC))
      throw new DomainError('TAMPERED', `${fromFile} is not an Archive Room backup`);
    const hlen = head.readUInt32BE(8);
    if (hlen > 1 << 20) throw new DomainError('TAMPERED', 'backup header too large');
    const hb = Buffer.alloc(hlen);
    readSync(fd, hb, 0, hlen, 12);
    const header = JSON.parse(hb.toString('utf8')) as BackupHeader;
    if (header.format !== 1) throw new DomainError('TAMPERED', `unknown backup format ${String(header.format)}`);
    const keysJson = Buffer.alloc(header.keysJsonBytes);
    readSync(fd, keysJson, 0, keysJson.length, 12 + hlen);
    const dbOffset = 12 + hlen + keysJson.length;
    if (createHash('sha256').update(keysJson).digest('hex') !== header.keysJsonSha256) throw new DomainError('TAMPERED', 'keys.json in the backup is damaged');
    if (fstatSync(fd).size !== dbOffset + header.vaultDbBytes) throw new DomainError('TAMPERED', 'the backup file is truncated or has extra bytes');
    const h = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    for (let pos = dbOffset, n; (n = readSync(fd, buf, 0, CHUNK, pos)) > 0; pos += n) h.update(buf.subarray(0, n));
    if (h.digest('hex') !== header.vaultDbSha256) throw new DomainError('TAMPERED', 'vault.db in the backup is damaged');
    const keyFile = JSON.parse(keysJson.toString('utf8')) as KeyFile;
    if (keyFile.vaultId !== header.vaultId) throw new DomainError('TAMPERED', 'backup header and keys.json disagree');
    return { header, keyFile, keysJson, dbOffset };
  } finally {
    closeSync(fd);
  }
}

export type RestoreSecret = { login: string; password: string } | { recoveryCode: string };

export interface RestoreOptions extends VaultOptions {
  secret: RestoreSecret;
  /** replace an existing vault in `dir` (its files are overwritten) */
  overwrite?: boolean;
}

/** Unwraps the data key from the backup's own slots: proves the secret before anything is written. */
async function unwrapFromBackup(kf: KeyFile, secret: RestoreSecret): Promise<{ dataKey: Buffer; userId: number | null } | null> {
  if ('login' in secret) {
    const slot = kf.slots.find((s) => s.kind === 'user' && s.login === secret.login.trim().toLowerCase());
    const un = slot ? await unwrapSlot(kf.vaultId, slot, secret.password) : null;
    if (!un) return null;
    un.kek.fill(0);
    return { dataKey: un.dataKey, userId: slot!.userId ?? null };
  }
  for (const slot of kf.slots.filter((s) => s.kind === 'recovery')) {
    const un = await unwrapSlot(kf.vaultId, slot, normaliseRecoveryCode(secret.recoveryCode));
    if (un) {
      un.kek.fill(0);
      return { dataKey: un.dataKey, userId: null };
    }
  }
  return null;
}

/**
 * Restores a backup into `dir`: checks the container, unwraps the data key with the given
 * secret, checks the copy's pages and opens it BEFORE replacing anything, then moves vault.db and
 * keys.json into place (each atomically), appends 'vault.restore' and returns the verification.
 */
export async function restoreVault(fromFile: string, dir: string, opts: RestoreOptions): Promise<{ report: VerifyReport; header: BackupHeader }> {
  const parsed = readBackup(fromFile);
  if (Vault.exists(dir) && !opts.overwrite) throw new DomainError('VAULT_EXISTS', `a vault already exists in ${dir}`);
  const un = await unwrapFromBackup(parsed.keyFile, opts.secret);
  if (!un) throw new DomainError('WRONG_PASSWORD', 'the password or recovery code does not open this backup');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const staged = join(dir, `.vault.db.restore-${process.pid}`);
  try {
    // copy vault.db out of the container, fsynced
    const src = openSync(fromFile, 'r');
    const out = openSync(staged, 'w', 0o600);
    try {
      const buf = Buffer.alloc(CHUNK);
      let left = parsed.header.vaultDbBytes;
      for (let pos = parsed.dbOffset; left > 0;) {
        const n = readSync(src, buf, 0, Math.min(CHUNK, left), pos);
        if (n <= 0) throw new DomainError('TAMPERED', 'the backup file is truncated');
        writeSync(out, buf, 0, n);
        pos += n;
        left -= n;
      }
      fsyncSync(out);
    } finally {
      closeSync(out);
      closeSync(src);
    }
    const pages = checkPageHmacs(staged, un.dataKey);
    if (pages.badCount || pages.truncated) throw new DomainError('TAMPERED', `the backed-up vault has ${pages.badCount} damaged pages`);
    const probe = openEncrypted(staged, un.dataKey, { readonly: true });
    try {
      const id = probe.prepare(`SELECT value FROM meta WHERE key = 'vaultId'`).pluck().get();
      if (id !== parsed.header.vaultId) throw new DomainError('TAMPERED', 'the backed-up vault belongs to a different vault id');
    } finally {
      probe.close();
    }

    // Replace: a stale WAL of the old vault must never be replayed into the restored file.
    for (const f of ['vault.db-wal', 'vault.db-shm']) rmSync(join(dir, f), { force: true });
    renameSync(staged, vaultFilePath(dir));
    writeFileAtomic(keyFilePath(dir), parsed.keysJson);
    fsyncDir(dir);

    const vault = Vault.openWithDataKey(dir, un.dataKey, opts);
    try {
      const name =
        un.userId === null ? null : ((vault.db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(un.userId) as string | undefined) ?? null);
      vault.tx((w) =>
        appendAudit(w, opts.clock, {
          actorId: un.userId,
          actorName: name,
          action: 'vault.restore',
          entity: 'vault',
          entityId: vault.vaultId,
          detail: {
            from: fromFile,
            backupCreatedAt: parsed.header.createdAt,
            entries: parsed.header.entries,
            head: parsed.header.head,
            via: 'login' in opts.secret ? 'password' : 'recoveryCode',
          },
        }),
      );
      const report = verifyOpenVault(vault, { clock: opts.clock });
      return { report, header: parsed.header };
    } finally {
      vault.close();
    }
  } finally {
    un.dataKey.fill(0);
    rmSync(staged, { force: true });
  }
}
