// The tamper matrix's rig: ONE populated vault is built per test file, then every test works on
// its own copy of the files (vault.db + keys.json), alters exactly one thing as an attacker who
// holds the recovery code (SQL with the append-only triggers dropped, or the sidecar's bytes),
// and asks the real verifier and the real sign-in what they see.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyOpenVault } from '../../electron/audit/verify';
import type { VerifyReport } from '../../electron/contract/types';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import type { Db } from '../../electron/vault/db';
import type { KeyFile } from '../../electron/vault/keyfile';
import type { Vault } from '../../electron/vault/vault';
import { copyVaultFiles, openAsAttacker, populatedVault, PW, testCtx, withoutTriggers } from './audit-fixture';
import { tempDir } from './helpers';

export { PW };

export interface TamperBase {
  /** the vault as it is now: two signed checkpoints, the newer one mirrored in keys.json */
  live: string;
  /** vault.db + keys.json as they were after the first checkpoint (an attacker's old backup) */
  older: string;
  recoveryCode: string;
  cleanup: () => void;
}

/** populatedVault (admin 1, auditor 2 孙丽, security officer 3 周强; signature #1 by 周强;
 *  checkpoint #1 at the auditor's sign-out), copied aside, then one more auditor session
 *  (checkpoint #2). Key ids equal user ids. */
export async function buildBase(): Promise<TamperBase> {
  const t = tempDir('ar-tamper-base-');
  const live = join(t.dir, 'live');
  const older = join(t.dir, 'older');
  mkdirSync(live);
  mkdirSync(older);
  const f = await populatedVault(live);
  copyVaultFiles(live, older);
  f.clock.advance(60_000);
  await signIn(f.ctx, 'auditor', PW.auditor);
  f.clock.advance(60_000);
  await endSession(f.ctx, 'signOut');
  return { live, older, recoveryCode: f.recoveryCode, cleanup: t.cleanup };
}

/** A private copy of the live vault (or of the older one) for one test. */
export function copyOf(base: TamperBase, which: 'live' | 'older' = 'live'): { dir: string; cleanup: () => void } {
  const t = tempDir('ar-tamper-');
  copyVaultFiles(which === 'live' ? base.live : base.older, t.dir);
  return t;
}

/** As the attacker: runs fn on the open vault with the append-only triggers dropped (and put back). */
export async function tamper(dir: string, recoveryCode: string, fn: (db: Db, vault: Vault) => void): Promise<void> {
  const v = await openAsAttacker(dir, recoveryCode);
  try {
    withoutTriggers(v.db, () => fn(v.db, v));
  } finally {
    v.close();
  }
}

/** Reads from the vault as the attacker (no change). */
export async function peek<T>(dir: string, recoveryCode: string, fn: (db: Db) => T): Promise<T> {
  const v = await openAsAttacker(dir, recoveryCode);
  try {
    return fn(v.db);
  } finally {
    v.close();
  }
}

export const readSidecar = (dir: string): KeyFile => JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as KeyFile;

/** Rewrites keys.json as a file (the sidecar is outside the encrypted vault). */
export function editSidecar(dir: string, fn: (kf: KeyFile) => void): void {
  const kf = readSidecar(dir);
  fn(kf);
  writeFileSync(join(dir, 'keys.json'), JSON.stringify(kf, null, 2));
}

/** The full verifier report on the folder, in English. */
export async function verifyDir(dir: string, recoveryCode: string): Promise<VerifyReport> {
  const v = await openAsAttacker(dir, recoveryCode);
  try {
    return verifyOpenVault(v, { clock: new ManualClock(), locale: 'en' });
  } finally {
    v.close();
  }
}

export const problemsOf = (r: VerifyReport, name: string) => r.checks.find((c) => c.name === name)!.problems;
export const failedChecks = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => c.name);

/** The auditor signing in on this folder: the sign-in's own rollback check runs. */
export async function auditorSignsIn(dir: string): Promise<unknown> {
  const ctx = testCtx(dir);
  try {
    await signIn(ctx, 'auditor', PW.auditor);
    return 'signed in';
  } catch (e) {
    return e;
  } finally {
    if (ctx.session || ctx.vault) await endSession(ctx, 'signOut');
  }
}
