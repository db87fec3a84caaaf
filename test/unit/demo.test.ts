import { afterEach, describe, expect, test } from 'vitest';
import { createDemoVault, DEMO_PEOPLE } from '../../electron/demo';
import { verifyOpenVault } from '../../electron/audit/verify';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { vaultHandlers } from '../../electron/people/handlers/vault';
import { ROLES } from '../../electron/contract/roles';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { tempDir } from './helpers';
import { testCtx } from './audit-fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('demo vault', () => {
  test('R-SEC-1 R-IT-1 every role has a Chinese-named demo user whose printed sign-in works; the trail verifies', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    expect(new Set(signIns.flatMap((s) => s.roles))).toEqual(new Set(ROLES));
    expect(signIns.find((s) => s.login === 'wangjg')!.displayName).toBe('王建国（信息管理专员）');

    const ctx = testCtx(t.dir, clock);
    for (const s of signIns) {
      const info = await signIn(ctx, s.login, s.password);
      expect(info.roles).toEqual(s.roles);
      expect(info.rulesAcknowledged).toBe(DEMO_PEOPLE.find((p) => p.login === s.login)!.acknowledged);
    }
    const db = ctx.vault!.db;
    expect(db.prepare('SELECT count(*) FROM checkpoints').pluck().get()).toBeGreaterThanOrEqual(7);
    const sig = db.prepare(`SELECT signer_name, record_type FROM signatures`).all();
    expect(sig).toEqual([{ signer_name: '孙丽', record_type: 'auditVerification' }]);
    expect(db.prepare('SELECT count(*) FROM audit_verifications').pluck().get()).toBe(1);
    const report = verifyOpenVault(ctx.vault!, { clock });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    await endSession(ctx, 'signOut');

    // the app's handler refuses to overwrite
    await expect(Promise.resolve().then(() => vaultHandlers['vault.createDemo']({}, testCtx(t.dir, clock)))).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });
});
