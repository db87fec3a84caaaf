import { afterEach, describe, expect, test } from 'vitest';
import { readKeyFile } from '../../electron/vault/keyfile';
import { ADMIN_PW, dispatcherFor, makeCtx } from './auth-helpers';
import { tempDir } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('first run', () => {
  test('R-IT-1 setup creates the vault, the first sysAdmin with a key, and waits for the recovery code', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const ctx = makeCtx(t.dir);
    const call = dispatcherFor(ctx);
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'uninitialised' } });

    const created = await call('vault.create', {
      adminLogin: 'Admin',
      adminName: '张管理',
      orgName: '某某公司',
      password: ADMIN_PW,
      passwordConfirm: ADMIN_PW,
    });
    expect(created.ok).toBe(true);
    const code = (created as { value: { recoveryCode: string } }).value.recoveryCode;
    expect(code).toMatch(/^([A-Z0-9]{4}-){7}[A-Z0-9]{4}$/);
    expect(await call('vault.create', { adminLogin: 'x1', adminName: 'x', orgName: 'x', password: ADMIN_PW, passwordConfirm: ADMIN_PW })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_EXISTS' },
    });
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'locked', recoveryPending: true } });

    // setup cannot continue before the code is typed back
    expect(await call('auth.signIn', { login: 'admin', password: ADMIN_PW })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    const wrong = 'ABCD'.repeat(8);
    expect(await call('vault.confirmRecovery', { recoveryCode: wrong })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(readKeyFile(t.dir).recoveryPending).toBe(true);
    expect(await call('vault.confirmRecovery', { recoveryCode: code.toLowerCase() })).toEqual({ ok: true, value: null });
    expect(readKeyFile(t.dir).recoveryPending).toBe(false);

    const s = await call('auth.signIn', { login: 'ADMIN', password: ADMIN_PW });
    expect(s).toMatchObject({ ok: true, value: { login: 'admin', roles: ['sysAdmin'], rulesAcknowledged: false, idleLockMinutes: 10 } });
    const db = ctx.vault!.db;
    expect(db.prepare('SELECT count(*) FROM user_keys WHERE user_id = 1 AND retired_at IS NULL').pluck().get()).toBe(1);
    await call('auth.acknowledgeRules', { accepted: true });
    expect(await call('settings.get')).toEqual({
      ok: true,
      value: { idleLockMinutes: 10, maxFailedAttempts: 5, classificationLabels: ['普通', '秘密', '机密', '绝密'], orgName: '某某公司' },
    });
    expect(db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all()).toEqual([
      'vault.create',
      'user.create',
      'vault.recoveryConfirmed',
      'auth.signIn',
      'auth.acknowledgeRules',
    ]);
    expect(readKeyFile(t.dir).maxFailedAttempts).toBe(5);
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'unlocked', lastLogin: 'admin', session: { login: 'admin' } } });
    await call('auth.signOut');
  });
});
