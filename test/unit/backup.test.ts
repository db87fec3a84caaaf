import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupVault, readBackup, restoreVault } from '../../electron/core/backup';
import { listAudit } from '../../electron/audit/query';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { tempDir } from './helpers';
import { populatedVault, PW, testCtx } from './audit-fixture';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
const tmp = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};
const vopts = () => ({ clock: new ManualClock(), kdfParams: FAST_TEST_KDF_PARAMS });

async function backedUp() {
  const dir = tmp();
  const out = tmp();
  const f = await populatedVault(dir);
  await signIn(f.ctx, 'admin', PW.admin);
  const file = join(out, '档案室备份.arbk');
  const res = backupVault(f.ctx.vault!, file, { clock: f.clock, actor: { id: f.ctx.session!.userId, name: f.ctx.session!.displayName } });
  return { dir, file, res, ...f };
}

describe('backup and restore', () => {
  test('R-IT-1 backup writes one encrypted, verified file with the key slots and records vault.backup', async () => {
    const { file, res, ctx } = await backedUp();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe('ARBKUP01');
    expect(res.bytes).toBe(bytes.length);
    // encrypted: known plaintext from the vault (org name, a display name) is nowhere in the file
    expect(bytes.includes(Buffer.from('客户服务部'))).toBe(false);
    expect(bytes.includes(Buffer.from('孙丽'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const parsed = readBackup(file);
    expect(parsed.keyFile.slots.map((s) => s.login ?? s.kind).sort()).toEqual(['admin', 'auditor', 'recovery', 'so']);
    const last = listAudit(ctx.vault!.db, {}, 0, 1).rows[0]!;
    expect(last.action).toBe('vault.backup');
    expect(last.detail).toMatchObject({ file, entries: res.header.entries, head: res.header.head });
    expect(readdirSync(join(file, '..'))).toEqual(['档案室备份.arbk']); // no temp copies left behind
    await endSession(ctx, 'signOut');
  });

  test('R-IT-1 restore into an empty folder verifies, records vault.restore, and the old passwords sign in', async () => {
    const { file, ctx, res } = await backedUp();
    await endSession(ctx, 'signOut');
    const target = tmp();
    const { report } = await restoreVault(file, target, { ...vopts(), secret: { login: 'Auditor', password: PW.auditor } });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.entries).toBe(res.header.entries + 1);
    const c2 = testCtx(target);
    await signIn(c2, 'so', PW.so);
    const rows = listAudit(c2.vault!.db, { action: 'vault.restore' }, 0, 5).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorName).toBe('孙丽');
    await endSession(c2, 'signOut');
  });

  test('R-IT-1 restore refuses an existing vault unless told, a wrong secret, and a damaged backup — writing nothing', async () => {
    const { dir, file, ctx, recoveryCode } = await backedUp();
    await endSession(ctx, 'signOut');
    await expect(restoreVault(file, dir, { ...vopts(), secret: { recoveryCode } })).rejects.toMatchObject({ code: 'VAULT_EXISTS' });

    const empty = tmp();
    await expect(restoreVault(file, empty, { ...vopts(), secret: { login: 'admin', password: 'Wrong-pass-2026' } })).rejects.toMatchObject({
      code: 'WRONG_PASSWORD',
    });
    expect(readdirSync(empty)).toEqual([]);

    const damaged = join(tmp(), 'damaged.arbk');
    const b = readFileSync(file);
    b[b.length - 5000] = b[b.length - 5000]! ^ 0x01;
    writeFileSync(damaged, b);
    await expect(restoreVault(damaged, empty, { ...vopts(), secret: { recoveryCode } })).rejects.toMatchObject({ code: 'TAMPERED' });
    expect(readdirSync(empty)).toEqual([]);

    // told to overwrite, with the recovery code: the live vault goes back to the backup's state
    const { report } = await restoreVault(file, dir, { ...vopts(), secret: { recoveryCode }, overwrite: true });
    expect(report.ok).toBe(true);
    expect(existsSync(join(dir, 'vault.db-wal'))).toBe(false);
  });
});
