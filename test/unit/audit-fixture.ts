// Shared by the audit / verify / backup tests: a real vault with people, entries, a signed
// verification and checkpoints — and the attacker's tools (the data key, dropped triggers).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../../electron/core/context';
import { createVaultWithAdmin } from '../../electron/people/setup';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { createUser } from '../../electron/people/users';
import { signRecord } from '../../electron/people/signatures';
import { verifyOpenVault } from '../../electron/audit/verify';
import { recordVerification } from '../../electron/audit/verifications';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { Vault } from '../../electron/vault/vault';
import type { Db } from '../../electron/vault/db';

export const PW = { admin: 'Admin-pass-2026', auditor: 'Audit-pass-2026', so: 'Secure-pass-2026' };

export function testCtx(dir: string, clock = new ManualClock()): AppContext {
  return {
    dir,
    clock,
    kdfParams: FAST_TEST_KDF_PARAMS,
    vault: null,
    session: null,
    printer: { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false },
  };
}

/** admin + auditor + security officer; the auditor verifies, the officer signs it; two checkpoints. */
export async function populatedVault(dir: string): Promise<{ ctx: AppContext; recoveryCode: string; clock: ManualClock }> {
  const clock = new ManualClock();
  const opts = { clock, kdfParams: FAST_TEST_KDF_PARAMS };
  const { vault, recoveryCode } = await createVaultWithAdmin(
    dir,
    { adminLogin: 'admin', adminName: '系统管理员', orgName: '客户服务部', password: PW.admin },
    opts,
    { recoveryConfirmed: true },
  );
  await createUser(vault, clock, { id: 1, name: '系统管理员' }, { login: 'auditor', displayName: '孙丽', roles: ['auditor'], password: PW.auditor });
  await createUser(vault, clock, { id: 1, name: '系统管理员' }, { login: 'so', displayName: '周强', roles: ['securityOfficer'], password: PW.so });
  vault.close();
  const ctx = testCtx(dir, clock);
  clock.advance(60_000);
  await signIn(ctx, 'auditor', PW.auditor);
  const report = verifyOpenVault(ctx.vault!, { clock });
  if (!report.ok) throw new Error(`fixture vault does not verify: ${JSON.stringify(report.checks)}`);
  const id = recordVerification(ctx.vault!, clock, { id: ctx.session!.userId, name: ctx.session!.displayName }, report, 'app');
  await signRecord(ctx, { recordType: 'auditVerification', recordId: id, meaning: 'reviewed', signerLogin: 'so', signerPassword: PW.so });
  clock.advance(60_000);
  await endSession(ctx, 'signOut');
  return { ctx, recoveryCode, clock };
}

/** Opens with the recovery code: the attacker who has a key. */
export async function openAsAttacker(dir: string, recoveryCode: string): Promise<Vault> {
  const v = await Vault.unlockWithRecovery(dir, recoveryCode, { clock: new ManualClock(), kdfParams: FAST_TEST_KDF_PARAMS });
  if (!v) throw new Error('recovery code did not open the vault');
  return v;
}

/** Runs fn with the append-only triggers dropped, then recreates them exactly (no trace in the schema). */
export function withoutTriggers(db: Db, fn: () => void): void {
  const triggers = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[];
  const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[];
  for (const n of names) db.exec(`DROP TRIGGER ${n}`);
  fn();
  for (const sql of triggers) db.exec(sql);
}

export function copyVaultFiles(fromDir: string, toDir: string, files = ['vault.db', 'keys.json']): void {
  for (const f of files) copyFileSync(join(fromDir, f), join(toDir, f));
}

export function removeWal(dir: string): void {
  for (const f of ['vault.db-wal', 'vault.db-shm']) if (existsSync(join(dir, f))) rmSync(join(dir, f));
}
