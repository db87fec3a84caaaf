// The vault: one encrypted SQLCipher file + its key-slot sidecar, in one folder.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { DomainError } from '../contract/result';
import type { Clock } from './clock';
import { openEncrypted, type Db } from './db';
import { belowFloor, deriveKek, isCalibrated, newKdfSpec, type KdfOptions } from './kdf';
import { fsyncDir, keyFileExists, KEYFILE_VERSION, readKeyFile, updateKeyFile, vaultFilePath, writeKeyFile, type KeyFile, type KeySlot } from './keyfile';
import { makeSlot, newDataKey, newRecoveryCode, normaliseRecoveryCode, unwrapSlot } from './keyslots';
import { migrate } from './migrate';
import { reader, writeTx, type Reader, type Writer } from './sql';
import { policyValue, policyValueDef } from '../settings/policyValues';

/** R-GOV-1: the policy value (registered in electron/settings/settings.ts) that sets the KDF
 *  calibration target of new slots once a vault exists. */
export const KDF_TARGET_POLICY_KEY = 'vault.kdfTargetMs';

/** KdfOptions decide the cost of new slots: calibrated on this machine unless kdfParams fixes
 *  it (tests pass FAST_TEST_KDF_PARAMS). */
export interface VaultOptions extends KdfOptions {
  clock: Clock;
}

/** Only the vault's own options out of a bigger object (e.g. an AppContext), so the vault never
 *  holds a reference to it. */
export function vaultOptions(o: VaultOptions): VaultOptions {
  return { clock: o.clock, kdfParams: o.kdfParams, kdfTargetMs: o.kdfTargetMs, kdfNow: o.kdfNow };
}

export class Vault {
  private closed = false;

  private constructor(
    readonly dir: string,
    readonly db: Db,
    private dataKey: Buffer,
    readonly vaultId: string,
    readonly opts: VaultOptions,
  ) {}

  /** Either file present = a vault is here (a vault.db without a readable keys.json is a damaged
   *  vault, KEYFILE_DAMAGED on open — never "no vault yet", which would offer setup over it). */
  static exists(dir: string): boolean {
    return keyFileExists(dir) || existsSync(vaultFilePath(dir));
  }

  /** Creates an empty, migrated vault with only the recovery slot. Returns the recovery code (shown once). */
  static async create(dir: string, opts: VaultOptions): Promise<{ vault: Vault; recoveryCode: string }> {
    // keys.json without vault.db is a setup that died before its rename (see below): it runs again.
    if (keyFileExists(dir) && existsSync(vaultFilePath(dir))) throw new DomainError('VAULT_EXISTS', `a vault already exists in ${dir}`);
    // vault.db without keys.json: never produced by create() (see below), so it is someone's
    // data whose key slots went missing. Refuse rather than overwrite; keys.json may be in a backup.
    if (existsSync(vaultFilePath(dir))) {
      throw new DomainError('VAULT_EXISTS', `${vaultFilePath(dir)} exists but keys.json is missing: restore keys.json from a backup or move vault.db away`);
    }
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const now = opts.clock.now();
    const vaultId = randomUUID();
    const dataKey = newDataKey();
    const recoveryCode = newRecoveryCode();
    const { slot, kek } = await makeSlot(vaultId, dataKey, recoveryCode, { kind: 'recovery' }, opts, now);
    kek.fill(0);
    // Built under a temporary name and renamed into place only after keys.json is written, so a
    // crash during setup never leaves a vault.db whose key exists nowhere: either there is no
    // vault.db (setup simply runs again) or vault.db and its keys.json are both complete.
    const staging = `${vaultFilePath(dir)}.creating`;
    for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true });
    const first = openEncrypted(staging, dataKey);
    try {
      migrate(first);
      first.prepare('INSERT INTO meta(key, value) VALUES (?, ?), (?, ?)').run('vaultId', vaultId, 'createdAt', now.toISOString());
      first.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      first.close(); // last connection: the WAL is merged and removed, one self-contained file
    }
    const kf: KeyFile = {
      version: KEYFILE_VERSION,
      vaultId,
      createdAt: now.toISOString(),
      slots: [slot],
      checkpoint: null,
      attempts: {},
      pendingEvents: [],
      recoveryPending: true,
      lastLogin: null,
    };
    writeKeyFile(dir, kf);
    renameSync(staging, vaultFilePath(dir));
    fsyncDir(dir);
    const db = openEncrypted(vaultFilePath(dir), dataKey);
    return { vault: new Vault(dir, db, dataKey, vaultId, opts), recoveryCode };
  }

  /** Opens with a data key already unwrapped (CLI restore checks, tests). Migrates. */
  static openWithDataKey(dir: string, dataKey: Buffer, opts: VaultOptions): Vault {
    const kf = readKeyFile(dir);
    const db = openEncrypted(vaultFilePath(dir), dataKey);
    try {
      migrate(db);
      const stored = db.prepare(`SELECT value FROM meta WHERE key = 'vaultId'`).pluck().get() as string | undefined;
      if (stored !== kf.vaultId) throw new DomainError('TAMPERED', 'keys.json belongs to a different vault');
    } catch (e) {
      db.close();
      throw e;
    }
    return new Vault(dir, db, Buffer.from(dataKey), kf.vaultId, opts);
  }

  /** Unwraps the user's slot. null = wrong login or password (indistinguishable on purpose).
   *  `slot` is the slot that opened (sign-in re-wraps it when it is below the KDF floor). */
  static async unlockWithPassword(
    dir: string,
    login: string,
    password: string,
    opts: VaultOptions,
  ): Promise<{ vault: Vault; kek: Buffer; userId: number; slot: KeySlot } | null> {
    const kf = readKeyFile(dir);
    const slot = kf.slots.find((s) => s.kind === 'user' && s.login === login.toLowerCase());
    if (!slot) {
      await spendKdfLikeARealSlot(kf, password, opts);
      return null;
    }
    const un = await unwrapSlot(kf.vaultId, slot, password);
    if (!un) return null;
    try {
      return { vault: Vault.openWithDataKey(dir, un.dataKey, opts), kek: un.kek, userId: slot.userId!, slot };
    } catch (e) {
      un.kek.fill(0); // the caller never receives it
      throw e;
    } finally {
      un.dataKey.fill(0);
    }
  }

  static async unlockWithRecovery(dir: string, recoveryCode: string, opts: VaultOptions): Promise<Vault | null> {
    const kf = readKeyFile(dir);
    const code = normaliseRecoveryCode(recoveryCode);
    for (const slot of kf.slots.filter((s) => s.kind === 'recovery')) {
      const un = await unwrapSlot(kf.vaultId, slot, code);
      if (un) {
        un.kek.fill(0);
        try {
          const vault = Vault.openWithDataKey(dir, un.dataKey, opts);
          try {
            await vault.upgradeRecoverySlot(slot, code);
          } catch (e) {
            vault.close();
            throw e;
          }
          return vault;
        } finally {
          un.dataKey.fill(0);
        }
      }
    }
    return null;
  }

  /** Runs fn in one IMMEDIATE transaction with its Writer: every multi-row change and its audit entry
   *  commit together (appendAudit takes only that Writer, so an entry outside a transaction does not compile). */
  tx<T>(fn: (w: Writer) => T): T {
    this.assertOpen();
    return writeTx(this.db, fn);
  }

  /** Reads through the SQL kit (tagged SQL, camelCased rows). */
  read<T>(fn: (r: Reader) => T): T {
    this.assertOpen();
    return fn(reader(this.db));
  }

  /** The same transaction under the SQL kit's name: new domain code writes only through a Writer. */
  write<T>(fn: (w: Writer) => T): T {
    return this.tx(fn);
  }

  /**
   * R-GOV-1: how a new slot of this open vault gets its KDF cost. The calibration target is the
   * value in force of the policy value 'vault.kdfTargetMs' (changed only by a GM-approved version
   * on the 策略 page), not the option the vault was opened with: that option only decides the
   * first slot, written by create() before any settings row can exist. (Where the settings domain
   * is not loaded, e.g. a bare vault in a tool, nothing is registered and the option stays.)
   */
  newSlotKdf(): KdfOptions {
    this.assertOpen();
    if (this.opts.kdfParams || !policyValueDef(KDF_TARGET_POLICY_KEY)) return this.opts;
    return { ...this.opts, kdfTargetMs: policyValue<number>(this.db, KDF_TARGET_POLICY_KEY) };
  }

  /**
   * A recovery slot below the KDF floor is re-wrapped with calibrated parameters under the code
   * just typed (only when calibrating: fixed test parameters leave slots alone). The vault is
   * open but nobody is signed in, so the event waits in keys.json for the next sign-in's audit.
   */
  private async upgradeRecoverySlot(old: KeySlot, code: string): Promise<void> {
    if (!isCalibrated(this.opts) || !belowFloor(old.kdf.params)) return;
    const { slot, kek } = await makeSlot(this.vaultId, this.dataKey, code, { kind: 'recovery' }, this.newSlotKdf(), this.opts.clock.now());
    kek.fill(0);
    updateKeyFile(this.dir, (kf) => {
      const i = kf.slots.findIndex((s) => s.id === old.id);
      if (i < 0) return; // replaced meanwhile: nothing to upgrade
      kf.slots[i] = slot;
      kf.pendingEvents.push({
        at: this.opts.clock.now().toISOString(),
        action: 'auth.kdfUpgrade',
        login: 'recovery',
        detail: { slot: 'recovery', from: old.kdf.params, to: slot.kdf.params },
      });
    });
  }

  /** (Re)writes the user's slot: the only file touched by a password change is keys.json. Returns the new KEK. */
  async setUserSlot(userId: number, login: string, password: string): Promise<{ kek: Buffer; slot: KeySlot }> {
    this.assertOpen();
    const { slot, kek } = await makeSlot(this.vaultId, this.dataKey, password, { kind: 'user', userId, login }, this.newSlotKdf(), this.opts.clock.now());
    updateKeyFile(this.dir, (kf) => {
      kf.slots = kf.slots.filter((s) => !(s.kind === 'user' && s.userId === userId));
      kf.slots.push(slot);
    });
    return { kek, slot };
  }

  removeUserSlot(userId: number): void {
    updateKeyFile(this.dir, (kf) => {
      kf.slots = kf.slots.filter((s) => !(s.kind === 'user' && s.userId === userId));
    });
  }

  keyFile(): KeyFile {
    return readKeyFile(this.dir);
  }

  updateKeyFile(fn: (kf: KeyFile) => void): KeyFile {
    return updateKeyFile(this.dir, fn);
  }

  /** For backup: the raw key is needed to verify the copy. Never leaves the main process. */
  withDataKey<T>(fn: (key: Buffer) => T): T {
    this.assertOpen();
    return fn(this.dataKey);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Closes the database (checkpointing the WAL) and overwrites the key in memory. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      /* closing anyway */
    }
    this.db.close();
    this.dataKey.fill(0);
  }

  private assertOpen(): void {
    if (this.closed) throw new DomainError('VAULT_LOCKED', 'the vault is locked');
  }
}

/** Pay the same KDF cost as a real slot, so response time does not reveal which logins exist
 *  (sign-in and the sign-at-the-machine dialog both use this). */
export async function spendKdfLikeARealSlot(kf: KeyFile, password: string, opts: Pick<VaultOptions, 'kdfParams'>): Promise<void> {
  // the newest user slot: after calibration and upgrades that is the cost most slots have
  const like = kf.slots.filter((s) => s.kind === 'user').at(-1) ?? kf.slots[0];
  (await deriveKek(password, newKdfSpec(like?.kdf.params ?? opts.kdfParams))).fill(0);
}
