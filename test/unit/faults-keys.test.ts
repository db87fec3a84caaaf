// Fault: keys.json unreadable, truncated or gone beside a vault.db (R-IT-1, issue 11). A clear
// message naming the recovery path (restore from a backup, with a password or the recovery
// code) — never "no vault yet", which would offer setup and overwrite the vault; vault.db is
// not touched; the recovery path then gives back a vault that opens and verifies.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupVault, restoreVault } from '../../electron/core/backup';
import { verifyOpenVault } from '../../electron/audit/verify';
import { signIn } from '../../electron/people/signIn';
import { keyFilePath, vaultFilePath } from '../../electron/vault/keyfile';
import { ADMIN_PW, dispatcherFor, setupVault } from './auth-helpers';
import { tempDir } from './helpers';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const DAMAGE = {
  truncated: (f: string) => writeFileSync(f, readFileSync(f).subarray(0, 200)),
  gone: (f: string) => rmSync(f),
  // root reads through chmod 000, so "cannot be read" is a directory in its place (EISDIR)
  unreadable: (f: string) => {
    rmSync(f);
    mkdirSync(f);
  },
  notAKeyFile: (f: string) => writeFileSync(f, '{"hello": "world"}'),
} as const;

describe('fault: keys.json damaged (R-IT-1)', () => {
  test.each(Object.keys(DAMAGE) as (keyof typeof DAMAGE)[])(
    'R-IT-1 keys.json %s: a clear message with the recovery path, no setup over the vault, vault.db untouched; restoring the backup with the recovery code opens and verifies',
    async (kind) => {
      const v = await setupVault();
      cleanups.push(v.cleanup);
      const media = tempDir('ar-media-');
      cleanups.push(media.cleanup);
      // a backup taken earlier (the recovery path needs one)
      await signIn(v.ctx, 'admin', ADMIN_PW);
      const backup = join(media.dir, 'b.arbk');
      backupVault(v.ctx.vault!, backup, { clock: v.ctx.clock, actor: { id: 1, name: '系统管理员' } });
      v.ctx.vault!.close();
      v.ctx.vault = null;
      v.ctx.session = null;

      DAMAGE[kind](keyFilePath(v.dir));
      const vaultBytes = readFileSync(vaultFilePath(v.dir));
      const call = dispatcherFor(v.ctx);
      const zh = (await import('./kit')).clientFor(v.ctx, 'zh-CN').call;
      // status: not "uninitialised" (which would lead to setup) but the damage, in words
      const st = await call('vault.status', {});
      expect(st).toMatchObject({ ok: false, error: { code: 'KEYFILE_DAMAGED' } });
      const stZh = await zh('vault.status', {});
      expect(!stZh.ok && stZh.error.message).toMatch(/keys\.json 缺失或已损坏.*不会重新初始化.*恢复.*备份/);
      expect(!st.ok && st.error.message).toMatch(/will not be re-initialised.*restore from the latest backup/);
      // setup over it is refused; sign-in says the same
      const setup = await call('vault.create', {
        adminLogin: 'x',
        adminName: '新管理员',
        orgName: '某',
        password: 'New-pass-2026!',
        passwordConfirm: 'New-pass-2026!',
      });
      expect(setup.ok).toBe(false);
      expect(await call('auth.signIn', { login: 'admin', password: ADMIN_PW })).toMatchObject({ ok: false, error: { code: 'KEYFILE_DAMAGED' } });
      expect(readFileSync(vaultFilePath(v.dir)).equals(vaultBytes)).toBe(true);

      // the recovery path: the backup (it holds keys.json) with the recovery code
      if (kind === 'unreadable') rmSync(keyFilePath(v.dir), { recursive: true });
      const r = await restoreVault(backup, v.dir, {
        clock: v.ctx.clock,
        kdfParams: v.ctx.kdfParams,
        secret: { recoveryCode: v.recoveryCode },
        overwrite: true,
      });
      expect(r.report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([]);
      expect(await call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
      await signIn(v.ctx, 'admin', ADMIN_PW);
      expect(verifyOpenVault(v.ctx.vault!, { clock: v.ctx.clock }).checks.filter((c) => !c.ok && c.name !== 'rollback')).toEqual([]);
      v.ctx.vault!.close();
    },
  );
});
