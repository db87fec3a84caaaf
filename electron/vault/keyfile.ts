// keys.json: the sidecar beside vault.db. Holds only wrapped keys, lockout counters and
// the latest signed audit checkpoint — never customer data. Written atomically
// (temp + fsync + rename + fsync dir) so a crash leaves either the old or the new file.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KdfSpec } from './kdf';
import type { Sealed } from './aead';
import { DomainError } from '../contract/result';

export const KEYFILE_NAME = 'keys.json';
export const VAULT_FILE_NAME = 'vault.db';
export const KEYFILE_VERSION = 1;

export interface KeySlot {
  id: string;
  kind: 'user' | 'recovery';
  /** user slots: the vault's users.id and login (login lets sign-in find the slot without decrypting) */
  userId?: number;
  login?: string;
  kdf: KdfSpec;
  wrapped: Sealed;
  createdAt: string;
}

export interface SignedCheckpoint {
  seq: number;
  head: string;
  at: string;
  signerId: number;
  keyId: number;
  signature: string;
}

export interface LoginAttempts {
  failed: number;
  lockouts: number;
  lockedUntil: string | null;
}

/** Security events that happened while the vault was closed (e.g. failed sign-ins);
 *  appended to the audit trail at the next unlock. */
export interface PendingEvent {
  at: string;
  action: string;
  /** the login the event concerns ('' for an event of the workstation, e.g. the offline guard's) */
  login: string;
  /** the audit entry's object when it is not the login (absent = entity 'auth', id = login) */
  entity?: string;
  entityId?: string | null;
  detail: Record<string, unknown>;
}

export interface KeyFile {
  version: number;
  vaultId: string;
  createdAt: string;
  slots: KeySlot[];
  checkpoint: SignedCheckpoint | null;
  attempts: Record<string, LoginAttempts>;
  pendingEvents: PendingEvent[];
  /** true until the recovery code has been typed back at setup */
  recoveryPending: boolean;
  lastLogin: string | null;
  /** mirror of the maxFailedAttempts setting: sign-in must enforce it while the vault is still closed */
  maxFailedAttempts?: number;
}

export function keyFilePath(dir: string): string {
  return join(dir, KEYFILE_NAME);
}

export function vaultFilePath(dir: string): string {
  return join(dir, VAULT_FILE_NAME);
}

export function keyFileExists(dir: string): boolean {
  return existsSync(keyFilePath(dir));
}

/**
 * keys.json as written. Missing beside a vault.db, unreadable or not a key file (truncated, a
 * disk error): KEYFILE_DAMAGED — never treated as "no vault yet" (that would offer setup and
 * overwrite the vault); the message names the recovery path (restore keys.json from a backup).
 */
export function readKeyFile(dir: string): KeyFile {
  let raw: Partial<KeyFile> & Pick<KeyFile, 'version' | 'vaultId' | 'createdAt' | 'slots'>;
  try {
    raw = JSON.parse(readFileSync(keyFilePath(dir), 'utf8')) as typeof raw;
    if (typeof raw !== 'object' || raw === null || typeof raw.vaultId !== 'string' || !Array.isArray(raw.slots)) throw new Error('not a key file');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new DomainError('KEYFILE_DAMAGED', `keys.json in ${dir} cannot be read (${why}); restore it from a backup`, { file: keyFilePath(dir), reason: why });
  }
  if (raw.version > KEYFILE_VERSION) throw new Error(`keys.json version ${raw.version} is newer than this program`);
  return {
    ...raw,
    attempts: raw.attempts ?? {},
    pendingEvents: raw.pendingEvents ?? [],
    recoveryPending: raw.recoveryPending ?? false,
    lastLogin: raw.lastLogin ?? null,
    checkpoint: raw.checkpoint ?? null,
  };
}

export function writeFileAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

/** fsync a directory so a rename inside it is durable. */
export function fsyncDir(dir: string): void {
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* not supported on Windows: rename is already atomic there */
  }
}

export function writeKeyFile(dir: string, kf: KeyFile): void {
  writeFileAtomic(keyFilePath(dir), JSON.stringify(kf, null, 2));
}

/** Read-modify-write helper so callers never forget to persist. */
export function updateKeyFile(dir: string, fn: (kf: KeyFile) => void): KeyFile {
  const kf = readKeyFile(dir);
  fn(kf);
  writeKeyFile(dir, kf);
  return kf;
}
