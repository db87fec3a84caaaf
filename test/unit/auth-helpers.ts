// Test rig for people/sessions: a real vault in a temp folder, an AppContext with a manual clock,
// and the typed client over the real dispatcher so contract access checks run too.
import type { AppContext } from '../../electron/core/context';
import { createVaultWithAdmin } from '../../electron/people/setup';
import { signIn } from '../../electron/people/signIn';
import { createUser } from '../../electron/people/users';
import type { Role } from '../../electron/contract/roles';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { tempDir } from './helpers';
import { clientFor } from './kit';

export const ADMIN_PW = 'admin-pass-1234';
export const PW = 'user-pass-1234';

export function makeCtx(dir: string, clock = new ManualClock()): AppContext & { clock: ManualClock } {
  return {
    dir,
    clock,
    kdfParams: FAST_TEST_KDF_PARAMS,
    printer: { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false },
    vault: null,
    session: null,
  };
}

/** A vault with admin 'admin' (sysAdmin) plus the given users (password PW), recovery confirmed, all closed. */
export async function setupVault(users: { login: string; roles: Role[]; name?: string }[] = []) {
  const t = tempDir();
  const ctx = makeCtx(t.dir);
  const created = await createVaultWithAdmin(
    t.dir,
    { adminLogin: 'admin', adminName: '系统管理员', orgName: '某某公司', password: ADMIN_PW },
    { clock: ctx.clock, kdfParams: FAST_TEST_KDF_PARAMS },
    { recoveryConfirmed: true },
  );
  const ids: Record<string, number> = { admin: created.adminId };
  for (const u of users) {
    ids[u.login] = (
      await createUser(
        created.vault,
        ctx.clock,
        { id: created.adminId, name: '系统管理员' },
        { login: u.login, displayName: u.name ?? u.login, roles: u.roles, password: PW },
      )
    ).id;
  }
  created.vault.close();
  return { ...t, ctx, ids, recoveryCode: created.recoveryCode };
}

/** Signs in and acknowledges the rules (so 'member' calls pass). */
export async function signInMember(ctx: AppContext, login: string, password = PW) {
  await signIn(ctx, login, password);
  const { acknowledgeRules } = await import('../../electron/people/session');
  return acknowledgeRules(ctx);
}

/** The typed client over the full handler table (test/unit/kit.ts), answering in English. */
export function dispatcherFor(ctx: AppContext) {
  return clientFor(ctx, 'en').call;
}

export function auditActions(ctx: AppContext): string[] {
  return ctx.vault!.db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all() as string[];
}
