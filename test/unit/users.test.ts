import { afterEach, describe, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import { createUser } from '../../electron/people/users';
import { ROLES, type Role } from '../../electron/contract/roles';
import type { UserRow } from '../../electron/contract/types';
import { readKeyFile } from '../../electron/vault/keyfile';
import { ADMIN_PW, PW, auditActions, dispatcherFor, setupVault, signInMember } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const NEW = 'initial-pass-77';

describe('user administration (三员分立)', () => {
  test('R-IT-1 only a sysAdmin manages accounts; logins are unique; admin roles are exclusive', async () => {
    const others = ROLES.filter((r) => r !== 'sysAdmin');
    const v = await setupVault([{ login: 'aud', roles: ['auditor'] }, ...others.map((r, i) => ({ login: `role${i}`, roles: [r] }))]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    const input = { login: 'Li.Si', displayName: '李四', roles: ['operator', 'custodian'] as Role[], password: NEW, passwordConfirm: NEW };

    // every other role, every account-managing call: refused, and neither the users nor keys.json change
    const target = v.ids.aud!;
    const users = () => JSON.stringify(v.ctx.vault!.db.prepare('SELECT * FROM users ORDER BY id').all());
    for (const [i, role] of others.entries()) {
      await signInMember(v.ctx, `role${i}`);
      const before = { users: users(), slots: JSON.stringify(readKeyFile(v.dir).slots) };
      const answers = {
        create: await call('users.create', input),
        update: await call('users.update', { id: target, displayName: '改名', roles: ['operator'], disabled: true }),
        resetPassword: await call('users.resetPassword', { id: target, password: NEW, passwordConfirm: NEW }),
        unlock: await call('users.unlock', { id: target }),
      };
      const refused = { ok: false, error: { code: 'FORBIDDEN_ROLE' } };
      expect(answers, role).toMatchObject({ create: refused, update: refused, resetPassword: refused, unlock: refused });
      expect({ users: users(), slots: JSON.stringify(readKeyFile(v.dir).slots) }, role).toEqual(before);
      await call('auth.signOut');
    }

    await signInMember(v.ctx, 'aud');
    expect(await call('users.list')).toMatchObject({ ok: true }); // auditors may read the list
    await call('auth.signOut');

    await signInMember(v.ctx, 'admin', ADMIN_PW);
    const created = await call('users.create', input);
    expect(created).toMatchObject({ ok: true, value: { id: expect.any(Number) } });
    expect(await call('users.create', { ...input, login: 'li.si' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(await call('users.create', { ...input, login: 'wang', roles: ['auditor', 'operator'] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // the domain enforces it too (CLI and seeding do not pass through the contract)
    await expect(
      createUser(v.ctx.vault!, v.ctx.clock, { id: null, name: null }, { login: 'wang', displayName: '王', roles: ['securityOfficer', 'gm'], password: NEW }),
    ).rejects.toMatchObject({ code: 'ROLE_CONFLICT' });

    const list = ((await call('users.list')) as { value: UserRow[] }).value;
    const li = list.find((u) => u.login === 'li.si')!;
    expect(li).toMatchObject({ displayName: '李四', roles: ['operator', 'custodian'], disabled: false, failedAttempts: 0, lockedUntil: null });
    expect(li.publicKeyFingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(auditActions(v.ctx).filter((a) => a === 'user.create')).toHaveLength(3 + others.length);
    await call('auth.signOut');
    // admin-created accounts must change the password first
    expect(await call('auth.signIn', { login: 'li.si', password: NEW })).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 the last active sysAdmin cannot be disabled or demoted; disabled accounts cannot sign in', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    const adminId = v.ids.admin!;
    expect(await call('users.update', { id: adminId, displayName: 'x', roles: ['sysAdmin'], disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'ROLE_CONFLICT', data: { reason: 'lastSysAdmin' } },
    });
    expect(await call('users.update', { id: adminId, displayName: 'x', roles: ['gm'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'ROLE_CONFLICT' },
    });
    expect(auditActions(v.ctx)).not.toContain('user.update'); // refused change left nothing behind

    expect(await call('users.update', { id: v.ids.op!, displayName: '操作员', roles: ['operator'], disabled: true })).toEqual({ ok: true, value: null });
    const detail = JSON.parse(v.ctx.vault!.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'user.update'`).pluck().get() as string);
    expect(detail).toMatchObject({ before: { disabled: false }, after: { disabled: true, displayName: '操作员' } });
    await call('auth.signOut');

    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
    expect(v.ctx.vault).toBeNull();
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    expect(auditActions(v.ctx)).toContain('auth.disabledSignIn');
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 administrator reset: new slot, new signing key (old one retired), must change password', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    const db = () => v.ctx.vault!.db;
    const keyBefore = db().prepare('SELECT id FROM user_keys WHERE user_id = ?').pluck().get(v.ids.op);
    expect(await call('users.resetPassword', { id: v.ids.op!, password: NEW, passwordConfirm: NEW })).toEqual({ ok: true, value: null });
    const keys = db().prepare('SELECT id, retired_at FROM user_keys WHERE user_id = ? ORDER BY id').all(v.ids.op) as {
      id: number;
      retired_at: string | null;
    }[];
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatchObject({ id: keyBefore, retired_at: expect.any(String) });
    expect(keys[1]!.retired_at).toBeNull();
    expect(auditActions(v.ctx)).toContain('user.resetPassword');
    expect(readKeyFile(v.dir).slots.filter((s) => s.userId === v.ids.op)).toHaveLength(1);
    await call('auth.signOut');

    expect(await call('auth.signIn', { login: 'op', password: PW })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await call('auth.signIn', { login: 'op', password: NEW })).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    await call('auth.acknowledgeRules', { accepted: true });
    const MINE = 'my-own-pass-42';
    expect(await call('auth.changePassword', { oldPassword: NEW, password: MINE, passwordConfirm: MINE })).toMatchObject({ ok: true });
    expect(await call('vault.status')).toMatchObject({ value: { session: { mustChangePassword: false } } });
    await endSession(v.ctx, 'signOut');
  });
});
