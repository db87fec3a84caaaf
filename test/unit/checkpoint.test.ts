import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { auditHead } from '../../electron/audit/append';
import { checkRollback, verifyCheckpoint, verifyStoredCheckpoints } from '../../electron/audit/checkpoint';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { readKeyFile, vaultFilePath } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { ADMIN_PW, PW, dispatcherFor, setupVault } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('signed checkpoints', () => {
  test('R-IT-1 sign-out signs the head (after its own entry) and mirrors it into keys.json', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    await signIn(v.ctx, 'op', PW);
    const vault = v.ctx.vault!;
    await endSession(v.ctx, 'signOut');
    const cp = readKeyFile(v.dir).checkpoint!;
    expect(cp).toMatchObject({ signerId: v.ids.op, signature: expect.any(String) });

    const un = await Vault.unlockWithRecovery(v.dir, v.recoveryCode, vault.opts);
    const db = un!.db;
    const head = auditHead(db);
    expect(cp.seq).toBe(head.seq);
    expect(cp.head).toBe(head.hash);
    expect(db.prepare('SELECT action FROM audit_entry WHERE seq = ?').pluck().get(cp.seq)).toBe('audit.checkpoint');
    expect(
      db
        .prepare('SELECT action FROM audit_entry WHERE seq = ?')
        .pluck()
        .get(cp.seq - 1),
    ).toBe('auth.signOut');
    expect(verifyCheckpoint(db, un!.vaultId, cp)).toEqual([]);
    expect(verifyStoredCheckpoints(db, un!.vaultId)).toEqual([]);
    expect(checkRollback(db, readKeyFile(v.dir))).toEqual([]);
    // a forged head or signature is reported
    expect(verifyCheckpoint(db, un!.vaultId, { ...cp, head: 'f'.repeat(64) }).join()).toMatch(/signature invalid/);
    expect(verifyCheckpoint(db, un!.vaultId, { ...cp, seq: cp.seq - 1 }).join()).toMatch(/differs from the signed head/);
    expect(verifyCheckpoint(db, 'other-vault', cp).join()).toMatch(/signature invalid/);
    un!.close();
  });

  test('R-IT-1 restoring an older copy of vault.db is refused at sign-in (TAMPERED) and reported by checkRollback', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signIn(v.ctx, 'op', PW);
    await endSession(v.ctx, 'signOut'); // checkpoint A; vault closed → WAL checkpointed into vault.db
    const old = `${v.dir}/vault.db.old`;
    copyFileSync(vaultFilePath(v.dir), old);

    await signIn(v.ctx, 'admin', ADMIN_PW);
    await endSession(v.ctx, 'signOut'); // checkpoint B, mirrored in keys.json
    const cpB = readKeyFile(v.dir).checkpoint!;

    copyFileSync(old, vaultFilePath(v.dir));
    for (const ext of ['-wal', '-shm']) if (existsSync(vaultFilePath(v.dir) + ext)) rmSync(vaultFilePath(v.dir) + ext);
    const res = await call('auth.signIn', { login: 'op', password: PW });
    expect(res).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
    expect(v.ctx.vault).toBeNull();

    const un = await Vault.unlockWithRecovery(v.dir, v.recoveryCode, { clock: v.ctx.clock });
    const problems = checkRollback(un!.db, readKeyFile(v.dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`seq ${cpB.seq}`));
    un!.close();
  });
});
