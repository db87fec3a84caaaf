// R-IT-1 no timing oracle in the sign-at-the-machine dialog: an unknown signer login costs a KDF
// like a known login with a wrong password, so response time does not reveal which logins exist.
// Relative comparison only (several interleaved samples in one run, medians compared with each
// other), never an absolute threshold: the machine's speed and load cancel out.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordVerification } from '../../electron/audit/verifications';
import { verifyOpenVault } from '../../electron/audit/verify';
import type { AppContext } from '../../electron/core/context';
import { endSession } from '../../electron/people/session';
import { createVaultWithAdmin } from '../../electron/people/setup';
import { signIn } from '../../electron/people/signIn';
import { signRecord } from '../../electron/people/signatures';
import { createUser } from '../../electron/people/users';
import { ManualClock } from '../../electron/vault/clock';
import { tempDir } from './helpers';

// A KDF that clearly dominates everything else a refused signing does (one audit entry, one
// keys.json read), yet cheap enough for a unit test: scrypt N=2^14, r=8 (16 MiB).
const KDF = { N: 1 << 14, r: 8, p: 1 };
const SAMPLES = 7;

const t = tempDir('ar-sign-timing-');
let ctx: AppContext;
let recordId = '';
beforeAll(async () => {
  const clock = new ManualClock();
  const opts = { clock, kdfParams: KDF };
  const { vault } = await createVaultWithAdmin(t.dir, { adminLogin: 'admin', adminName: '管理员', orgName: '某某公司', password: 'Admin-pass-2026' }, opts, {
    recoveryConfirmed: true,
  });
  await createUser(vault, clock, { id: 1, name: '管理员' }, { login: 'aud', displayName: '审计员', roles: ['auditor'], password: 'Audit-pass-2026' });
  await createUser(vault, clock, { id: 1, name: '管理员' }, { login: 'sec', displayName: '保密员', roles: ['securityOfficer'], password: 'Secure-pass-2026' });
  vault.close();
  ctx = {
    dir: t.dir,
    clock,
    kdfParams: KDF,
    vault: null,
    session: null,
    printer: { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false },
  };
  await signIn(ctx, 'aud', 'Audit-pass-2026');
  recordId = recordVerification(ctx.vault!, clock, { id: ctx.session!.userId, name: '审计员' }, verifyOpenVault(ctx.vault!, { clock }), 'app');
});
afterAll(async () => {
  await endSession(ctx, 'signOut');
  t.cleanup();
});

async function refusedMs(signerLogin: string): Promise<number> {
  const start = performance.now();
  await expect(
    signRecord(ctx, { recordType: 'auditVerification', recordId, meaning: 'reviewed', signerLogin, signerPassword: 'not-the-password' }),
  ).rejects.toMatchObject({
    code: 'WRONG_PASSWORD',
  });
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('R-IT-1 an unknown signer login costs a KDF like a wrong password for a real signer (relative, interleaved samples)', async () => {
  await refusedMs('sec'); // warm-up: first scrypt of this size allocates its memory
  const unknown: number[] = [];
  const wrong: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    // interleaved, alternating order, so a burst of load hits both kinds alike
    if (i % 2) {
      unknown.push(await refusedMs('nobody-here'));
      wrong.push(await refusedMs('sec'));
    } else {
      wrong.push(await refusedMs('sec'));
      unknown.push(await refusedMs('nobody-here'));
    }
  }
  // Without the dummy KDF the unknown login answers in a small fraction of the wrong-password
  // time; with it both pay one derivation of the same cost. Half is a wide margin either way.
  const ratio = median(unknown) / median(wrong);
  expect(ratio, `median unknown ${median(unknown).toFixed(1)} ms vs wrong password ${median(wrong).toFixed(1)} ms`).toBeGreaterThan(0.5);
  // both refusals are in the trail, indistinguishable but for the login typed
  const failed = ctx.vault!.db.prepare(`SELECT count(*) FROM audit_entry WHERE action = 'signature.failed'`).pluck().get();
  expect(failed).toBe(2 * SAMPLES + 1);
});
