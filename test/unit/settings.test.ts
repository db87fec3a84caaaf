import { afterEach, describe, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import { readKeyFile } from '../../electron/vault/keyfile';
import { ADMIN_PW, dispatcherFor, setupVault, signInMember } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// R-GOV-1: the idle lock is a policy value (GM approval, test/unit/policy.test.ts); the rest stays direct
const next = {
  idleLockMinutes: 10,
  maxFailedAttempts: 4,
  classificationLabels: ['公开', '内部', '机密', '绝密'] as [string, string, string, string],
  orgName: '新公司',
};

describe('settings', () => {
  test('R-GOV-1 only the security officer changes settings; the change is audited with before/after', async () => {
    const v = await setupVault([{ login: 'sec', roles: ['securityOfficer'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    expect(await call('settings.update', next)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(await call('settings.get')).toMatchObject({ ok: true, value: { idleLockMinutes: 10 } }); // anyone signed in may read
    await call('auth.signOut');

    await signInMember(v.ctx, 'sec');
    expect(await call('settings.update', { ...next, idleLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('settings.update', { ...next, idleLockMinutes: 5 })).toMatchObject({ ok: false, error: { code: 'POLICY_NEEDS_APPROVAL' } });
    expect(await call('settings.update', next)).toEqual({ ok: true, value: next });
    expect(await call('settings.get')).toEqual({ ok: true, value: next });
    const row = v.ctx.vault!.db.prepare(`SELECT actor_name, detail_json FROM audit_entry WHERE action = 'settings.update'`).get() as {
      actor_name: string;
      detail_json: string;
    };
    expect(row.actor_name).toBe('sec');
    expect(JSON.parse(row.detail_json)).toMatchObject({ before: { idleLockMinutes: 10, orgName: '某某公司' }, after: next });
    expect(readKeyFile(v.dir).maxFailedAttempts).toBe(4);
    expect(await call('vault.status')).toMatchObject({ value: { session: { idleLockMinutes: 10 } } });
    await endSession(v.ctx, 'signOut');
  });
});
