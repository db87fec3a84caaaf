// Forms never change what the user typed (issue 12), sign-in and users: an empty sign-in says
// 请输入用户名 (only that); a duplicate login is an error on the 用户名 field, nothing written.
import { afterEach, describe, expect, test } from 'vitest';
import { ADMIN_PW, setupVault, signInMember } from './auth-helpers';
import { clientFor } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('people forms', () => {
  test('R-IT-1 an empty sign-in says 请输入用户名 on the 用户名 field; one character says the minimum', async () => {
    const v = await setupVault([]);
    cleanup = v.cleanup;
    const { call } = clientFor(v.ctx, 'zh-CN');
    expect(await call('auth.signIn', { login: '', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'login', message: '请输入用户名' }] },
    });
    expect(await call('auth.signIn', { login: '   ', password: 'x' })).toMatchObject({ error: { issues: [{ path: 'login', message: '请输入用户名' }] } });
    expect(await call('auth.signIn', { login: 'a', password: 'x' })).toMatchObject({ error: { issues: [{ path: 'login', message: '用户名至少 2 个字符' }] } });
  });

  test('R-IT-1 a duplicate login is an error on the 用户名 field naming it (zh and en), nothing written', async () => {
    const v = await setupVault([{ login: 'li.si', roles: ['operator'] }]);
    cleanup = v.cleanup;
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    const count = () => v.ctx.vault!.db.prepare('SELECT count(*) FROM users').pluck().get() as number;
    const before = count();
    const input = { login: 'Li.Si', displayName: '李四', roles: ['operator' as const], password: 'Strong-pass-2024', passwordConfirm: 'Strong-pass-2024' };
    expect(await clientFor(v.ctx, 'zh-CN').call('users.create', input)).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', issues: [{ path: 'login', message: '用户名 li.si 已被使用' }] },
    });
    expect(await clientFor(v.ctx, 'en').call('users.create', input)).toMatchObject({
      error: { issues: [{ path: 'login', message: 'The user name li.si is already taken' }] },
    });
    expect(count()).toBe(before);
  });
});
