// The command line, run as a real child process with passwords on stdin (bundled once with
// esbuild, test/unit/node-bundle.ts: 14 starts through tsx cost ~3x the CPU).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { listAudit } from '../../electron/audit/query';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { tempDir } from './helpers';
import { bundleEnv, bundleForNode } from './node-bundle';
import { copyVaultFiles, openAsAttacker, removeWal, testCtx, withoutTriggers } from './audit-fixture';

const ADMIN_PW = 'Admin-pass-2026';
const bundleDir = tempDir('ar-cli-bundle-');
let cli = '';
beforeAll(() => {
  cli = bundleForNode('electron/cli/vault-cli.ts', join(bundleDir.dir, 'vault-cli.cjs'));
});
afterAll(() => bundleDir.cleanup());

function vault(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: bundleEnv({ ARCHIVE_ROOM_TEST_FAST_KDF: '1' }),
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function init() {
  const t = tempDir();
  cleanup = t.cleanup;
  const dir = join(t.dir, 'vault');
  const r = vault(['init', '--dir', dir, '--admin', 'admin', '--org', '客户服务部'], `${ADMIN_PW}\n${ADMIN_PW}\n`);
  expect(r.err).not.toMatch(/Error/);
  expect(r.code).toBe(0);
  const recoveryCode = /([A-Z0-9]{4}(?:-[A-Z0-9]{4}){7})/.exec(r.out)![1]!;
  return { root: t.dir, dir, recoveryCode };
}

describe('vault command line', () => {
  test('R-IT-1 init prints the recovery code; verify exits 0, records the verification; wrong password and mismatched passwords exit 2', async () => {
    const { root, dir, recoveryCode } = init();
    expect(recoveryCode).toMatch(/^[A-Z0-9-]{39}$/);
    const ok = vault(['verify', '--dir', dir, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('✔ 审计链');
    expect(ok.out).toContain('全部检查通过');

    const ctx = testCtx(dir);
    await signIn(ctx, 'admin', ADMIN_PW);
    const rec = listAudit(ctx.vault!.db, { action: 'audit.verify' }, 0, 5).rows;
    expect(rec).toHaveLength(1);
    expect(rec[0]!.detail).toMatchObject({ ok: true, via: 'cli' });
    await endSession(ctx, 'signOut');

    const wrong = vault(['verify', '--dir', dir, '--user', 'admin'], 'Wrong-pass-2026\n');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('用户名或密码错误');
    const mismatch = vault(['init', '--dir', join(root, 'v2'), '--admin', 'admin'], `${ADMIN_PW}\nOther-pass-2026\n`);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('两次输入的密码不一致');
  }, 60_000);

  test('R-IT-1 verify exits 1 with a readable report for an altered entry, a rolled-back vault and a damaged file', async () => {
    const { root, dir, recoveryCode } = init();
    const older = join(root, 'older');
    mkdirSync(older);
    copyVaultFiles(dir, older, ['vault.db']);
    expect(vault(['verify', '--dir', dir, '--user', 'admin'], `${ADMIN_PW}\n`).code).toBe(0); // signs a newer checkpoint

    // rolled back: the older vault.db with the newer keys.json — sign-in refuses it, verify still reports
    copyVaultFiles(dir, join(root), ['vault.db']); // keep the current one aside
    copyVaultFiles(older, dir, ['vault.db']);
    removeWal(dir);
    const rb = vault(['verify', '--dir', dir, '--user', 'admin', '--lang', 'en'], `${ADMIN_PW}\n`);
    expect(rb.code).toBe(1);
    expect(rb.out).toMatch(/✘ Rollback.*\n\s+- The vault was rolled back: keys.json holds a signed checkpoint at entry \d+ but the vault has only \d+ entries/);
    copyVaultFiles(root, dir, ['vault.db']);
    removeWal(dir);

    // altered entry
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => v.db.prepare(`UPDATE audit_entry SET actor_name = '张三' WHERE seq = 2`).run());
    v.close();
    const alt = vault(['verify', '--dir', dir, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(alt.code).toBe(1);
    expect(alt.out).toContain('✘ 审计链');
    expect(alt.out).toContain('- 第 2 条审计记录的内容被修改（哈希不符）');
    expect(alt.out).toContain('发现问题');

    // damaged first page: the file no longer opens, the page check still says why
    const fd = openSync(join(dir, 'vault.db'), 'r+');
    const b = Buffer.alloc(8);
    readSync(fd, b, 0, 8, 100);
    writeSync(fd, Buffer.from(b.map((x) => x ^ 0xff)), 0, 8, 100);
    closeSync(fd);
    const bad = vault(['verify', '--dir', dir, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/✘ 加密页完整性.*\n\s+- 共 1 个加密页校验失败（页号：1）/);
    expect(bad.out).toContain('无法打开档案库文件');
  }, 90_000);

  test('R-IT-1 backup → restore → verify', () => {
    const { root, dir, recoveryCode } = init();
    const file = join(root, 'usb', 'backup.arbk');
    const b = vault(['backup', '--dir', dir, '--to', file, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(b.code).toBe(0);
    expect(b.out).toContain('备份完成');

    const refused = vault(['restore', '--from', file, '--dir', dir], `${recoveryCode}\n`);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('档案库已存在');

    const target = join(root, 'restored');
    const r = vault(['restore', '--from', file, '--dir', target, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('全部检查通过');
    const v = vault(['verify', '--dir', target, '--user', 'admin'], `${ADMIN_PW}\n`);
    expect(v.code).toBe(0);

    const r2 = vault(['restore', '--from', file, '--dir', dir, '--force'], `${recoveryCode}\n`);
    expect(r2.code).toBe(0);
  }, 90_000);

  test('R-SEC-1 R-ARCH-1 demo prints sign-ins for every role, those sign-ins work, and the vault holds the sample archive', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const r = vault(['demo', '--dir', t.dir]);
    expect(r.code).toBe(0);
    const signIns = [...r.out.matchAll(/^ {2}(\S+)\s+(Demo-2026-\S+)\s+(.+)$/gm)].map((m) => ({ login: m[1]!, password: m[2]!, name: m[3]! }));
    expect(signIns.map((s) => s.name)).toContain('陈静（总经理）');
    expect(signIns).toHaveLength(10);
    const ctx = testCtx(t.dir);
    for (const s of signIns) {
      const info = await signIn(ctx, s.login, s.password);
      expect(s.name.startsWith(info.displayName)).toBe(true);
    }
    // the command-line demo holds the same living archive room as the app's
    const db = ctx.vault!.db;
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(300);
    expect(db.prepare('SELECT count(*) FROM items WHERE location_id IS NOT NULL').pluck().get()).toBeGreaterThan(400);
    await endSession(ctx, 'signOut');
  }, 60_000);
});
