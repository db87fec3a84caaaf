import { afterEach, describe, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import { readKeyFile } from '../../electron/vault/keyfile';
import { PW, dispatcherFor, setupVault, signInMember } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const MIN = 60_000;

describe('lockout', () => {
  test('R-IT-1 5 failed sign-ins lock the login; lockouts grow (5, 10 min) and are audited at the next unlock', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    const t0 = v.ctx.clock.now();
    for (let i = 1; i <= 4; i++)
      expect(await call('auth.signIn', { login: 'op', password: `guess-${i}` })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    const fifth = await call('auth.signIn', { login: 'op', password: 'guess-5' });
    const until1 = new Date(t0.getTime() + 5 * MIN).toISOString();
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', data: { until: until1 } } });
    // even the right password is refused while locked
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });

    v.ctx.clock.advance(6 * MIN);
    const t1 = v.ctx.clock.now();
    for (let i = 1; i <= 4; i++) await call('auth.signIn', { login: 'op', password: `again-${i}` });
    expect(await call('auth.signIn', { login: 'op', password: 'again-5' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED_OUT', data: { until: new Date(t1.getTime() + 10 * MIN).toISOString() } },
    });
    v.ctx.clock.advance(9 * MIN);
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(readKeyFile(v.dir).pendingEvents).toHaveLength(12);

    v.ctx.clock.advance(2 * MIN);
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: true });
    const kf = readKeyFile(v.dir);
    expect(kf.pendingEvents).toEqual([]);
    expect(kf.attempts.op).toBeUndefined();
    const rows = v.ctx.vault!.db.prepare(`SELECT action, at, actor_name FROM audit_entry WHERE action LIKE 'auth.%' ORDER BY seq`).all() as {
      action: string;
      at: string;
      actor_name: string;
    }[];
    expect(rows.filter((r) => r.action === 'auth.failed')).toHaveLength(10);
    const lockouts = rows.filter((r) => r.action === 'auth.lockout');
    expect(lockouts.map((r) => r.at)).toEqual([t0.toISOString(), t1.toISOString()]); // original times kept
    expect(lockouts[0]!.actor_name).toBe('op');
    expect(rows.at(-1)!.action).toBe('auth.signIn');
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 maxFailedAttempts follows settings (mirrored into keys.json); an administrator can unlock', async () => {
    const v = await setupVault([
      { login: 'sec', roles: ['securityOfficer'] },
      { login: 'op', roles: ['operator'] },
    ]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'sec');
    const s = {
      idleLockMinutes: 10, // a policy value (R-GOV-1): unchanged here
      maxFailedAttempts: 3,
      classificationLabels: ['普通', '秘密', '机密', '绝密'] as [string, string, string, string],
      orgName: '某某公司',
    };
    expect(await call('settings.update', s)).toMatchObject({ ok: true, value: s });
    expect(readKeyFile(v.dir).maxFailedAttempts).toBe(3);
    await call('auth.signOut');

    for (let i = 1; i <= 2; i++) expect(await call('auth.signIn', { login: 'op', password: 'x' })).toMatchObject({ error: { code: 'WRONG_PASSWORD' } });
    expect(await call('auth.signIn', { login: 'op', password: 'x' })).toMatchObject({ error: { code: 'LOCKED_OUT' } });

    await signInMember(v.ctx, 'admin', 'admin-pass-1234');
    const list = (await call('users.list')) as { ok: true; value: { login: string; lockedUntil: string | null }[] };
    expect(list.value.find((u) => u.login === 'op')!.lockedUntil).not.toBeNull();
    expect(await call('users.unlock', { id: v.ids.op! })).toEqual({ ok: true, value: null });
    // the unlock is on the record: who lifted whose lockout, and what it was
    const last = v.ctx.vault!.db.prepare('SELECT actor_id, action, entity, entity_id, detail_json FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as Record<
      string,
      unknown
    >;
    expect(last).toMatchObject({ actor_id: v.ids.admin, action: 'user.unlock', entity: 'user', entity_id: String(v.ids.op) });
    expect(JSON.parse(last.detail_json as string)).toMatchObject({ login: 'op', before: { lockouts: 1, lockedUntil: expect.any(String) } });
    expect(readKeyFile(v.dir).attempts.op).toBeUndefined();
    await call('auth.signOut');
    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: true });
    await endSession(v.ctx, 'signOut');
  });
});
