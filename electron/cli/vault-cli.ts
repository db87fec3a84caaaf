// `npm run vault -- <command>`: the command line for administrators, automation and audits.
// It runs the same domain functions as the app (createVaultWithAdmin, signIn, verifyVault,
// backupVault, restoreVault, createDemoVault) against the vault folder given with --dir.
//
// Exit codes: 0 = done / every check holds; 1 = verification found problems;
//             2 = usage, sign-in or permission error.
//
// ARCHIVE_ROOM_TEST_FAST_KDF=1 selects the cheap test KDF profile for NEW key slots. It exists
// only so the CLI tests run in seconds; never set it for a real vault.
import { roleLabel } from '../contract/labels';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppContext } from '../core/context';
import { backupVault, restoreVault, type RestoreSecret } from '../core/backup';
// every domain's signable record types, so the verifier knows them all
import '../domains';
import { createDemoVault, DEMO_ORG } from '../demo';
import { createVaultWithAdmin } from '../people/setup';
import { recordVerification } from '../audit/verifications';
import { unopenableReport, verifyOpenVault } from '../audit/verify';
import { checkLabel, vt } from '../audit/verifyMessages';
import { endSession } from '../people/session';
import { signIn } from '../people/signIn';
import { findUserByLogin, rolesOf } from '../people/users';
import { translate, type MessageLocale } from '../contract/messages';
import { DomainError } from '../contract/result';
import type { Role } from '../contract/roles';
import { passwordSchema } from '../contract/schemas';
import type { VerifyReport } from '../contract/types';
import { systemClock } from '../vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../vault/kdf';
import { readKeyFile, vaultFilePath } from '../vault/keyfile';
import { unwrapSlot } from '../vault/keyslots';
import { Vault } from '../vault/vault';
import { ct } from './messages';
import { verifyPrintedPage } from '../printcheck';
import { printCheckLines } from '../printcheck/contract/words';
import { formatTime, workstationTimeZone } from '../contract/time';
import { askSecret, closePrompts } from './prompt';

const VERIFY_ROLES: Role[] = ['auditor', 'securityOfficer', 'gm', 'sysAdmin'];
const BACKUP_ROLES: Role[] = ['sysAdmin', 'securityOfficer'];

/** A usage / sign-in / permission problem: printed, exit 2. */
class CliError extends Error {}

type Opts = Record<string, string | boolean | undefined>;

interface Cli {
  locale: MessageLocale;
  out: (s: string) => void;
  t: (key: string, data?: Record<string, unknown>) => string;
}

/** undefined = new slots get calibrated KDF cost (the normal case); fixed cheap params for tests */
function kdfParams() {
  return process.env.ARCHIVE_ROOM_TEST_FAST_KDF === '1' ? FAST_TEST_KDF_PARAMS : undefined;
}

function ctxFor(dir: string): AppContext {
  return {
    dir,
    clock: systemClock,
    kdfParams: kdfParams(),
    // the CLI never prints registers
    printer: { toPdf: async () => ({ path: null, pages: null }), toPrinter: async () => false },
    vault: null,
    session: null,
  };
}

function need(cli: Cli, o: Opts, name: string): string {
  const v = o[name];
  if (typeof v !== 'string' || !v.trim()) throw new CliError(ct(cli.locale, 'err.missingArg', { arg: `--${name}` }));
  return v.trim();
}

async function ask(cli: Cli, key: string, data?: Record<string, unknown>): Promise<string> {
  const v = await askSecret(cli.t(key, data));
  if (v === null) throw new CliError(cli.t('err.noInput'));
  return v;
}

async function askNewPassword(cli: Cli): Promise<string> {
  const pw = await ask(cli, 'ask.newPassword');
  const again = await ask(cli, 'ask.confirm');
  const parsed = passwordSchema.safeParse(pw);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => translate(cli.locale, i.message)).join('; '));
  if (pw !== again) throw new CliError(translate(cli.locale, 'v.passwordMismatch'));
  return pw;
}

function roleNames(cli: Cli, roles: readonly Role[]): string {
  return roles.map((r) => roleLabel(r, cli.locale)).join(cli.locale === 'zh-CN' ? '、' : ', ');
}

export function formatReport(report: VerifyReport, locale: MessageLocale): string {
  const lines = report.checks.map((c) => {
    const mark = c.ok ? '✔' : '✘';
    const head = `${mark} ${checkLabel(locale, c.name)}：${ct(locale, c.ok ? 'ok' : 'failed')}`.replace('：', locale === 'en' ? ': ' : '：');
    return [head, ...c.problems.map((p) => `    - ${p}`)].join('\n');
  });
  lines.push('', vt(locale, report.ok ? 'summary.ok' : 'summary.failed'));
  return lines.join('\n');
}

// ---------------------------------------------------------------- commands

async function cmdInit(cli: Cli, o: Opts): Promise<number> {
  const dir = resolve(need(cli, o, 'dir'));
  const login = need(cli, o, 'admin');
  const name = typeof o.name === 'string' && o.name.trim() ? o.name.trim() : roleLabel('sysAdmin', 'zh-CN');
  const org = typeof o.org === 'string' && o.org.trim() ? o.org.trim() : '客户服务部';
  if (Vault.exists(dir)) throw new DomainError('VAULT_EXISTS', dir);
  const password = await askNewPassword(cli);
  // the CLI prints the code itself: there is no setup screen to confirm it on
  const { vault, recoveryCode } = await createVaultWithAdmin(
    dir,
    { adminLogin: login, adminName: name, orgName: org, password },
    { clock: systemClock, kdfParams: kdfParams() },
    { recoveryConfirmed: true },
  );
  vault.close();
  cli.out(cli.t('init.done', { dir, login, code: recoveryCode }));
  return 0;
}

function requireRole(cli: Cli, login: string, roles: readonly Role[], allowed: Role[]): void {
  if (!roles.some((r) => allowed.includes(r))) throw new CliError(cli.t('err.role', { login, roles: roleNames(cli, allowed) }));
}

function printReport(cli: Cli, dir: string, report: VerifyReport): void {
  cli.out(cli.t('verify.header', { dir, at: report.checkedAt, entries: report.entries, head: report.head }));
  cli.out(formatReport(report, cli.locale));
}

/**
 * verify: normally a real sign-in (lockout counting, audit entries) then every check, recorded
 * as a verification and closed with a signed checkpoint. When sign-in itself refuses the vault
 * (rolled back, or vault.db unreadable) but the password does unwrap the key, we still verify —
 * producing that report is the point of this command.
 */
async function cmdVerify(cli: Cli, o: Opts): Promise<number> {
  const dir = resolve(need(cli, o, 'dir'));
  const login = need(cli, o, 'user');
  const password = await ask(cli, 'ask.password', { login });
  const ctx = ctxFor(dir);
  try {
    await signIn(ctx, login, password);
  } catch (e) {
    if (!(e instanceof DomainError) || !['TAMPERED', 'WRONG_PASSWORD'].includes(e.code)) throw e;
    return verifyWithoutSession(cli, dir, login, password, e);
  }
  try {
    const { vault, session } = { vault: ctx.vault!, session: ctx.session! };
    requireRole(cli, login, session.roles, VERIFY_ROLES);
    const report = verifyOpenVault(vault, { clock: ctx.clock, locale: cli.locale });
    const id = recordVerification(vault, ctx.clock, { id: session.userId, name: session.displayName }, report, 'cli');
    printReport(cli, dir, report);
    cli.out(cli.t('verify.recorded', { id }));
    return report.ok ? 0 : 1;
  } finally {
    await endSession(ctx, 'signOut');
  }
}

async function verifyWithoutSession(cli: Cli, dir: string, login: string, password: string, why: DomainError): Promise<number> {
  const kf = readKeyFile(dir);
  const slot = kf.slots.find((s) => s.kind === 'user' && s.login === login.toLowerCase());
  const un = slot ? await unwrapSlot(kf.vaultId, slot, password) : null;
  if (!un) throw why; // really the wrong password
  un.kek.fill(0);
  try {
    let vault: Vault;
    try {
      vault = Vault.openWithDataKey(dir, un.dataKey, { clock: systemClock, kdfParams: kdfParams() });
    } catch (e) {
      printReport(cli, dir, unopenableReport(vaultFilePath(dir), un.dataKey, e, { clock: systemClock, locale: cli.locale }));
      cli.out(cli.t('verify.notRecorded'));
      return 1;
    }
    try {
      const user = findUserByLogin(vault.db, login);
      requireRole(cli, login, user ? rolesOf(user) : [], VERIFY_ROLES);
      const report = verifyOpenVault(vault, { clock: systemClock, locale: cli.locale });
      const id = recordVerification(vault, systemClock, { id: user!.id, name: user!.display_name }, report, 'cli');
      printReport(cli, dir, report);
      cli.out(cli.t('verify.recorded', { id }));
      return report.ok ? 0 : 1;
    } finally {
      vault.close();
    }
  } finally {
    un.dataKey.fill(0);
  }
}

async function cmdBackup(cli: Cli, o: Opts): Promise<number> {
  const dir = resolve(need(cli, o, 'dir'));
  const to = resolve(need(cli, o, 'to'));
  const login = need(cli, o, 'user');
  const password = await ask(cli, 'ask.password', { login });
  const ctx = ctxFor(dir);
  await signIn(ctx, login, password);
  try {
    requireRole(cli, login, ctx.session!.roles, BACKUP_ROLES);
    const r = backupVault(ctx.vault!, to, { clock: ctx.clock, actor: { id: ctx.session!.userId, name: ctx.session!.displayName } });
    cli.out(cli.t('backup.done', { file: r.file, bytes: r.bytes, entries: r.header.entries, head: r.header.head }));
    return 0;
  } finally {
    await endSession(ctx, 'signOut');
  }
}

async function cmdRestore(cli: Cli, o: Opts): Promise<number> {
  const from = resolve(need(cli, o, 'from'));
  const dir = resolve(need(cli, o, 'dir'));
  if (Vault.exists(dir) && o.force !== true) throw new DomainError('VAULT_EXISTS', dir);
  const login = typeof o.user === 'string' && o.user.trim() ? o.user.trim() : null;
  const secret: RestoreSecret = login ? { login, password: await ask(cli, 'ask.password', { login }) } : { recoveryCode: await ask(cli, 'ask.recovery') };
  const { report, header } = await restoreVault(from, dir, { clock: systemClock, kdfParams: kdfParams(), secret, overwrite: o.force === true });
  cli.out(cli.t('restore.done', { file: from, dir, at: header.createdAt }));
  printReport(cli, dir, { ...report, checks: report.checks.map((c) => ({ ...c, problems: c.problems })) });
  return report.ok ? 0 : 1;
}

/** verify-print CODE: the same check as the 核验打印件 screen (print verification); exit 0 only when the page matches. */
async function cmdVerifyPrint(cli: Cli, o: Opts): Promise<number> {
  const code = typeof o.arg === 'string' ? o.arg.trim() : '';
  if (!code) throw new CliError(ct(cli.locale, 'err.missingArg', { arg: cli.t('verifyPrint.code') }));
  const dir = resolve(need(cli, o, 'dir'));
  const login = need(cli, o, 'user');
  const password = await ask(cli, 'ask.password', { login });
  const ctx = ctxFor(dir);
  await signIn(ctx, login, password);
  try {
    const result = verifyPrintedPage(ctx.vault!, code);
    const time = (iso: string) => formatTime(iso, cli.locale, workstationTimeZone(), { seconds: true });
    const [head, ...rest] = printCheckLines(result, cli.locale, time);
    cli.out(`${result.verdict === 'current' ? '✔' : '✘'} ${head}`);
    for (const line of rest) cli.out(`    - ${line}`);
    return result.verdict === 'current' ? 0 : 1;
  } finally {
    await endSession(ctx, 'signOut');
  }
}

async function cmdDemo(cli: Cli, o: Opts): Promise<number> {
  const dir = resolve(need(cli, o, 'dir'));
  const { signIns, recoveryCode } = await createDemoVault(dir, { clock: systemClock, kdfParams: kdfParams() });
  cli.out(cli.t('demo.done', { dir, org: DEMO_ORG }));
  const w = Math.max(...signIns.map((s) => s.login.length));
  for (const s of signIns) cli.out(`  ${s.login.padEnd(w)}  ${s.password}  ${s.displayName}`);
  cli.out(cli.t('demo.recovery', { code: recoveryCode }));
  return 0;
}

const COMMANDS: Record<string, (cli: Cli, o: Opts) => Promise<number>> = {
  init: cmdInit,
  verify: cmdVerify,
  backup: cmdBackup,
  restore: cmdRestore,
  demo: cmdDemo,
  'verify-print': cmdVerifyPrint,
};

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      dir: { type: 'string' },
      admin: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      user: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const locale: MessageLocale = values.lang === 'en' ? 'en' : 'zh-CN';
  const cli: Cli = { locale, out: (s) => process.stdout.write(`${s}\n`), t: (k, d) => ct(locale, k, d) };
  const cmd = positionals[0];
  if (!cmd || values.help || cmd === 'help') {
    cli.out(cli.t('usage'));
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    process.stderr.write(`${cli.t('err.unknownCommand', { cmd })}\n${cli.t('usage')}\n`);
    return 2;
  }
  try {
    return await run(cli, { ...values, arg: positionals[1] });
  } catch (e) {
    if (e instanceof CliError) process.stderr.write(`${e.message}\n`);
    else if (e instanceof DomainError)
      process.stderr.write(`${translate(locale, `errors.${e.code}`, e.data)}${e.code === 'TAMPERED' ? `: ${e.message}` : ''}\n`);
    else throw e;
    return 2;
  }
}

// run when executed (tsx electron/cli/vault-cli.ts …), not when imported by tests
if (require.main === module) {
  main(process.argv.slice(2))
    .then((code) => {
      closePrompts();
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      closePrompts();
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    });
}
