// The demo vault: a living archive room for newcomers (`npm run vault -- demo`, and the
// first-run screen's "try a demo" button). Built ONLY through the domain functions the app uses
// (createVaultWithAdmin, createUser, signIn, acknowledgeRules, signRecord, endSession), so the
// demo's audit trail, signatures and checkpoints verify like real ones.
//
// Each domain adds its sample data through its `demo` seeder in electron/domains.ts.
import type { Role } from './contract/roles';
import { DomainError } from './contract/result';
import type { DemoSignIn } from './contract/types';
import { verifyOpenVault } from './audit/verify';
import { recordVerification } from './audit/verifications';
import { acknowledgeRules, endSession } from './people/session';
import { signIn } from './people/signIn';
import { signRecord } from './people/signatures';
import { actorOf } from './people/sessionInfo';
import { createUser } from './people/users';
import type { Clock } from './vault/clock';
import type { KdfOptions } from './vault/kdf';
import { Vault, vaultOptions } from './vault/vault';
import type { AppContext } from './core/context';
import { createVaultWithAdmin } from './people/setup';
import { demoSeeders } from './core/demo-seeders';
import { markDemoVault, readDemoMarker, setDemoAside, writeDemoMarker } from './core/demo-mark';

export const DEMO_ORG = '华信商贸有限公司 客户服务部';

interface DemoPerson {
  login: string;
  displayName: string;
  roles: Role[];
  title: string;
  /** R-SEC-1 already acknowledged (the others meet the rules screen at first sign-in) */
  acknowledged: boolean;
}

/** One person per role (三员分立: the three administrators hold nothing else). */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { login: 'admin', displayName: '系统管理员', roles: ['sysAdmin'], title: '系统管理员', acknowledged: true },
  { login: 'wangjg', displayName: '王建国', roles: ['operator'], title: '信息管理专员', acknowledged: true },
  { login: 'liuyang', displayName: '刘洋', roles: ['devSpecialist'], title: '客户开发专员', acknowledged: false },
  { login: 'liming', displayName: '李明', roles: ['infoSupervisor'], title: '客户信息主管', acknowledged: true },
  { login: 'zhangwei', displayName: '张伟', roles: ['csManager'], title: '客户服务部经理', acknowledged: true },
  { login: 'chenjing', displayName: '陈静', roles: ['gm'], title: '总经理', acknowledged: true },
  { login: 'zhaolei', displayName: '赵磊', roles: ['custodian'], title: '指定保管人', acknowledged: false },
  { login: 'qianhui', displayName: '钱慧', roles: ['custodian'], title: '指定保管人', acknowledged: true },
  { login: 'sunli', displayName: '孙丽', roles: ['auditor'], title: '审计员', acknowledged: true },
  { login: 'zhouqiang', displayName: '周强', roles: ['securityOfficer'], title: '安全保密员', acknowledged: true },
];

/** Published on purpose: this is sample data, never a real vault. */
export const demoPassword = (login: string) => `Demo-2026-${login}`;

export type { DemoSeedContext, DemoSeeder } from './core/domain';

export interface DemoOptions extends KdfOptions {
  clock: Clock;
}

export interface DemoVault {
  signIns: DemoSignIn[];
  recoveryCode: string;
}

export async function createDemoVault(dir: string, opts: DemoOptions): Promise<DemoVault> {
  if (Vault.exists(dir)) throw new DomainError('VAULT_EXISTS', `a vault already exists in ${dir}`);
  const vaultOpts = vaultOptions(opts);
  const [admin, ...others] = DEMO_PEOPLE;
  const { vault, recoveryCode, adminId } = await createVaultWithAdmin(
    dir,
    { adminLogin: admin!.login, adminName: admin!.displayName, orgName: DEMO_ORG, password: demoPassword(admin!.login) },
    vaultOpts,
    { recoveryConfirmed: true },
  );
  const users: Record<string, number> = { [admin!.login]: adminId };
  const later: { login: string; fn: (ctx: AppContext, password: (login: string) => string) => Promise<void> }[] = [];
  try {
    for (const p of others) {
      const { id } = await createUser(
        vault,
        opts.clock,
        { id: adminId, name: admin!.displayName },
        {
          login: p.login,
          displayName: p.displayName,
          roles: p.roles,
          password: demoPassword(p.login),
        },
      );
      users[p.login] = id;
    }
    vault.tx((w) => markDemoVault(w));
    for (const s of demoSeeders()) await s.seed({ vault, clock: opts.clock, users, asUser: (login, fn) => later.push({ login, fn }) });
  } finally {
    vault.close();
  }
  const signIns = DEMO_PEOPLE.map((p) => ({ login: p.login, password: demoPassword(p.login), displayName: `${p.displayName}（${p.title}）`, roles: p.roles }));
  writeDemoMarker(dir, signIns);

  // Real sessions: rules acknowledged (R-SEC-1), each sign-out signs a checkpoint.
  const ctx: AppContext = {
    dir,
    clock: opts.clock,
    kdfParams: opts.kdfParams,
    kdfTargetMs: opts.kdfTargetMs,
    kdfNow: opts.kdfNow,
    printer: { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false },
    vault: null,
    session: null,
  };
  // Work that needs a signed-in person (handovers signed at the machine…), queued by the seeders.
  for (const { login, fn } of later) {
    await signIn(ctx, login, demoPassword(login));
    await fn(ctx, demoPassword);
    await endSession(ctx, 'signOut');
  }
  for (const p of DEMO_PEOPLE.filter((x) => x.acknowledged && x.login !== 'zhouqiang')) {
    await signIn(ctx, p.login, demoPassword(p.login));
    acknowledgeRules(ctx);
    await endSession(ctx, 'signOut');
  }
  // The security officer verifies the trail; the auditor reviews and signs the result.
  await signIn(ctx, 'zhouqiang', demoPassword('zhouqiang'));
  acknowledgeRules(ctx);
  const report = verifyOpenVault(ctx.vault!, { clock: opts.clock });
  const verificationId = recordVerification(ctx.vault!, opts.clock, actorOf(ctx.session!), report, 'app');
  await signRecord(ctx, {
    recordType: 'auditVerification',
    recordId: verificationId,
    meaning: 'reviewed',
    signerLogin: 'sunli',
    signerPassword: demoPassword('sunli'),
  });
  await endSession(ctx, 'signOut');

  return { recoveryCode, signIns };
}

/** vault.createDemo: the vault stays locked; the first-run screen lists the sign-ins. */
export async function createDemoForApp(ctx: AppContext): Promise<{ signIns: DemoSignIn[] }> {
  if (ctx.vault || ctx.session) throw new DomainError('VAULT_EXISTS', 'a vault is open');
  const { signIns } = await createDemoVault(ctx.dir, vaultOptions(ctx));
  return { signIns };
}

/** vault.demoSetAside: the demo's files go into a sub-folder; the first-run screen follows (a real vault). */
export function setDemoAsideForApp(ctx: AppContext): { folder: string } {
  if (ctx.vault || ctx.session) throw new DomainError('BAD_STATE', 'sign out first');
  if (!readDemoMarker(ctx.dir)) throw new DomainError('BAD_STATE', 'not a demo vault');
  return { folder: setDemoAside(ctx.dir, ctx.clock.now()) };
}
