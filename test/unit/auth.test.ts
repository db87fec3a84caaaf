import { afterEach, describe, expect, test } from 'vitest';
import { endSession, checkIdle } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { activeKey } from '../../electron/people/userKeys';
import { readKeyFile } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { FAST_TEST_KDF_PARAMS, KDF_FLOOR } from '../../electron/vault/kdf';
import { ADMIN_PW, PW, auditActions, dispatcherFor, setupVault, signInMember } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('sessions', () => {
  test('R-SEC-1 rules must be acknowledged before member calls; the acknowledgement is recorded', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    const s = await call('auth.signIn', { login: 'op', password: PW });
    expect(s).toMatchObject({ ok: true, value: { rulesAcknowledged: false } });
    expect(await call('settings.get')).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACKNOWLEDGED' } });
    expect(await call('auth.acknowledgeRules', { accepted: false } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('auth.acknowledgeRules', { accepted: true })).toMatchObject({ ok: true, value: { rulesAcknowledged: true } });
    expect(await call('settings.get')).toMatchObject({ ok: true });
    expect(v.ctx.vault!.db.prepare('SELECT rules_ack_at FROM users WHERE login = ?').pluck().get('op')).toBe(v.ctx.clock.now().toISOString());
    expect(auditActions(v.ctx)).toContain('auth.acknowledgeRules');
    // remembered at the next sign-in
    await call('auth.signOut');
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: true, value: { rulesAcknowledged: true } });
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 idle lock closes the vault, wipes the keys, and further calls are NOT_SIGNED_IN', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'op');
    const vault = v.ctx.vault!;
    const kek = v.ctx.session!.kek;
    const dataKey = vault.withDataKey((k) => k); // the vault's own buffer, not a copy
    expect(dataKey.some((b) => b !== 0) && kek.some((b) => b !== 0)).toBe(true);
    v.ctx.clock.advance(9 * 60_000);
    expect(await checkIdle(v.ctx)).toBe(false);
    expect(await call('auth.touch')).toMatchObject({ ok: true }); // activity restarts the timer
    v.ctx.clock.advance(9 * 60_000);
    expect(await checkIdle(v.ctx)).toBe(false);
    v.ctx.clock.advance(2 * 60_000);
    let ended: string | null = null;
    v.ctx.onSessionEnded = (r) => (ended = r);
    expect(await checkIdle(v.ctx)).toBe(true);
    expect(ended).toBe('idle');
    expect(v.ctx.vault).toBeNull();
    expect(v.ctx.session).toBeNull();
    expect(vault.isOpen).toBe(false);
    expect(kek.every((b) => b === 0)).toBe(true);
    expect(dataKey.every((b) => b === 0)).toBe(true);
    expect(() => vault.withDataKey(() => 0)).toThrow(/locked/);
    expect(await call('settings.get')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await call('users.list')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    // the idle lock itself is in the trail
    await signInMember(v.ctx, 'op');
    expect(auditActions(v.ctx)).toContain('auth.idleLock');
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 password change rewrites only the slot: same data key, same signing key; old password stops working', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'op');
    const keyBefore = activeKey(v.ctx.vault!.db, v.ids.op!)!.id;
    const NEW = 'brand-new-pass-99';
    expect(await call('auth.changePassword', { oldPassword: 'nope', password: NEW, passwordConfirm: NEW })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(await call('auth.changePassword', { oldPassword: PW, password: NEW, passwordConfirm: NEW })).toEqual({ ok: true, value: null });
    expect(activeKey(v.ctx.vault!.db, v.ids.op!)!.id).toBe(keyBefore);
    expect(auditActions(v.ctx)).toEqual(expect.arrayContaining(['auth.changePasswordFailed', 'auth.changePassword']));
    // sign-out signs a checkpoint with the re-wrapped key (proves the session KEK was swapped)
    await call('auth.signOut');
    expect(readKeyFile(v.dir).checkpoint?.signerId).toBe(v.ids.op);

    const opts = { clock: v.ctx.clock, kdfParams: FAST_TEST_KDF_PARAMS };
    expect(await Vault.unlockWithPassword(v.dir, 'op', PW, opts)).toBeNull();
    const un = await Vault.unlockWithPassword(v.dir, 'op', NEW, opts);
    expect(un).not.toBeNull();
    un!.vault.close();
    const rv = await Vault.unlockWithRecovery(v.dir, v.recoveryCode, opts); // data key unchanged
    expect(rv).not.toBeNull();
    rv!.close();
    expect(await signIn(v.ctx, 'admin', ADMIN_PW)).toMatchObject({ login: 'admin' }); // other slots untouched
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 a slot below the KDF floor is re-wrapped at sign-in with the password just typed, audited, signing key kept', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]); // slots written with explicit N=2^10
    cleanup = v.cleanup;
    const slotOf = (login: string) => readKeyFile(v.dir).slots.find((s) => s.kind === 'user' && s.login === login)!;
    expect(slotOf('op').kdf.params).toEqual(FAST_TEST_KDF_PARAMS);
    // Fixed (test) parameters never upgrade anything.
    await signIn(v.ctx, 'op', PW);
    const publicKey = activeKey(v.ctx.vault!.db, v.ids.op!)!.public_key;
    await endSession(v.ctx, 'signOut');
    expect(slotOf('op').kdf.params).toEqual(FAST_TEST_KDF_PARAMS);

    // Calibrated mode with an injected timer: every derivation "costs" 1000 ms, so calibration
    // stops at the floor after one (real) derivation. No wall-clock time is asserted.
    let t = 0;
    const ctx = { ...v.ctx, kdfParams: undefined, kdfNow: () => (t += 1000) };
    const before = slotOf('op');
    await signIn(ctx, 'op', PW);
    const after = slotOf('op');
    expect(after.kdf.params).toEqual(KDF_FLOOR);
    expect(after.id).not.toBe(before.id);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(slotOf('admin').kdf.params).toEqual(FAST_TEST_KDF_PARAMS); // only the slot that signed in
    const db = ctx.vault!.db;
    const entries = db.prepare(`SELECT actor_id, entity_id, detail_json FROM audit_entry WHERE action = 'auth.kdfUpgrade'`).all() as {
      actor_id: number;
      entity_id: string;
      detail_json: string;
    }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor_id).toBe(v.ids.op);
    expect(JSON.parse(entries[0]!.detail_json)).toMatchObject({ from: FAST_TEST_KDF_PARAMS, to: KDF_FLOOR });
    // same key pair (re-sealed, not replaced), and it signs with the session's new KEK
    expect(db.prepare('SELECT count(*) FROM user_keys WHERE user_id = ?').pluck().get(v.ids.op)).toBe(1);
    expect(activeKey(db, v.ids.op!)!.public_key).toBe(publicKey);
    await endSession(ctx, 'signOut');
    expect(readKeyFile(v.dir).checkpoint?.signerId).toBe(v.ids.op);

    // Sign-in still works (calibrated and fixed), and nothing is upgraded twice.
    await signIn(ctx, 'op', PW);
    expect(slotOf('op').id).toBe(after.id);
    expect(ctx.vault!.db.prepare(`SELECT count(*) FROM audit_entry WHERE action = 'auth.kdfUpgrade'`).pluck().get()).toBe(1);
    await endSession(ctx, 'signOut');
    expect(await signIn(v.ctx, 'op', PW)).toMatchObject({ login: 'op' });
    await endSession(v.ctx, 'signOut');
    expect(await signIn(v.ctx, 'op', 'wrong-pass-1234').catch((e: { code?: string }) => e.code)).toBe('WRONG_PASSWORD');
  });

  test('R-IT-1 recovery code re-keys a user: new password and new signing key, lockout cleared', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    for (let i = 0; i < 5; i++) await call('auth.signIn', { login: 'op', password: 'bad-guess' });
    expect(readKeyFile(v.dir).attempts.op?.lockedUntil).toBeTruthy();
    const NEW = 'recovered-pass-1';
    expect(await call('vault.recover', { recoveryCode: 'ABCD'.repeat(8), login: 'op', password: NEW, passwordConfirm: NEW })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(await call('vault.recover', { recoveryCode: v.recoveryCode, login: 'op', password: NEW, passwordConfirm: NEW })).toEqual({ ok: true, value: null });
    expect(readKeyFile(v.dir).attempts.op).toBeUndefined();
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await call('auth.signIn', { login: 'op', password: NEW })).toMatchObject({ ok: true, value: { mustChangePassword: false } });
    const db = v.ctx.vault!.db;
    expect(db.prepare('SELECT count(*) FROM user_keys WHERE user_id = ? AND retired_at IS NOT NULL').pluck().get(v.ids.op)).toBe(1);
    expect(auditActions(v.ctx)).toEqual(expect.arrayContaining(['auth.recover', 'auth.recoverFailed']));
    await endSession(v.ctx, 'signOut');
  });
});
