import { mkdirSync, openSync, readSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { verifyOpenVault } from '../../electron/audit/verify';
import { ManualClock } from '../../electron/vault/clock';
import type { VerifyReport } from '../../electron/contract/types';
import { tempDir } from './helpers';
import { copyVaultFiles, openAsAttacker, populatedVault, PW, removeWal, withoutTriggers } from './audit-fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const check = (r: VerifyReport, name: string) => r.checks.find((c) => c.name === name)!;
const failed = (r: VerifyReport) => r.checks.filter((c) => !c.ok).map((c) => c.name);

async function setup() {
  const t = tempDir();
  cleanup = t.cleanup;
  const f = await populatedVault(t.dir);
  const verify = async (locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const v = await openAsAttacker(t.dir, f.recoveryCode);
    try {
      return verifyOpenVault(v, { clock: new ManualClock(), locale });
    } finally {
      v.close();
    }
  };
  return { dir: t.dir, ...f, verify };
}

describe('verifier', () => {
  test('R-IT-1 an untouched vault passes every check (chain, signatures, checkpoints, integrity, cipher pages, rollback)', async () => {
    const { verify } = await setup();
    const r = await verify();
    expect(failed(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.entries).toBeGreaterThan(5);
    expect(r.checks.map((c) => c.name)).toEqual(['chain', 'signatures', 'checkpoint', 'integrity', 'cipherIntegrity', 'rollback']);
  });

  test('R-IT-1 a flipped byte in one entry detail is reported as altered at that seq', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => {
      const d = v.db.prepare('SELECT detail_json FROM audit_entry WHERE seq = 3').pluck().get() as string;
      const i = d.indexOf('"', 2) + 1; // flip one character inside the first string value
      const flipped = d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) ^ 1) + d.slice(i + 1);
      v.db.prepare('UPDATE audit_entry SET detail_json = ? WHERE seq = 3').run(flipped);
    });
    v.close();
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('chain');
    expect(check(r, 'chain').problems[0]).toBe('第 3 条审计记录的内容被修改（哈希不符）');
    const en = await verify('en');
    expect(check(en, 'chain').problems[0]).toBe('Audit entry 3 was altered (hash mismatch)');
  });

  test('R-IT-1 a deleted entry is reported with its seq', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => v.db.prepare('DELETE FROM audit_entry WHERE seq = 4').run());
    v.close();
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(check(r, 'chain').problems).toEqual(['第 4 至第 4 条审计记录缺失（已被删除）']);
  });

  test('R-IT-1 a deleted entry hidden by renumbering the rest is still reported', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => {
      v.db.prepare('DELETE FROM audit_entry WHERE seq = 4').run();
      v.db.prepare('UPDATE audit_entry SET seq = -seq WHERE seq > 4').run();
      v.db.prepare('UPDATE audit_entry SET seq = -seq - 1 WHERE seq < 0').run();
    });
    v.close();
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(check(r, 'chain').problems[0]).toBe('第 4 条审计记录原为第 5 条：其前一条记录已被删除，后续记录被重新编号');
  });

  test('R-IT-1 two swapped entries are reported as reordered', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => {
      v.db.prepare('UPDATE audit_entry SET seq = -1 WHERE seq = 5').run();
      v.db.prepare('UPDATE audit_entry SET seq = 5 WHERE seq = 6').run();
      v.db.prepare('UPDATE audit_entry SET seq = 6 WHERE seq = -1').run();
    });
    v.close();
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(check(r, 'chain').problems).toEqual(['第 5 条审计记录原为第 6 条（记录顺序被调换）', '第 6 条审计记录原为第 5 条（记录顺序被调换）']);
  });

  test('R-IT-1 dropped append-only triggers are reported', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    v.db.exec('DROP TRIGGER audit_entry_no_delete');
    v.close();
    const r = await verify();
    expect(check(r, 'chain').problems).toEqual(['防篡改触发器缺失：audit_entry_no_delete（审计记录可被修改或删除）']);
  });

  test('R-IT-1 a changed signature row and a changed checkpoint are reported', async () => {
    const { dir, recoveryCode, verify } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    withoutTriggers(v.db, () => {
      v.db.prepare(`UPDATE signatures SET meaning = 'approved' WHERE id = 1`).run();
      v.db.prepare(`UPDATE checkpoints SET signature = (SELECT signature FROM signatures WHERE id = 1)`).run();
    });
    v.close();
    const r = await verify();
    expect(check(r, 'signatures').problems).toEqual([expect.stringMatching(/^签名 #1（周强，auditVerification .+）验证失败：Ed25519 签名无效/)]);
    expect(check(r, 'checkpoint').problems).toEqual([expect.stringMatching(/^检查点 #\d+（第 \d+ 条）的签名无效$/)]);
  });

  test('R-IT-1 a rolled-back vault (older vault.db with the newer keys.json) is reported', async () => {
    const { dir, ctx, clock, verify } = await setup();
    const old = join(dir, 'old');
    mkdirSync(old);
    copyVaultFiles(dir, old, ['vault.db']);
    // more work, then a new signed checkpoint lands in keys.json
    await signIn(ctx, 'auditor', PW.auditor);
    clock.advance(60_000);
    await endSession(ctx, 'signOut');
    expect(failed(await verify())).toEqual([]);
    copyVaultFiles(old, dir, ['vault.db']);
    removeWal(dir);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['rollback']);
    expect(check(r, 'rollback').problems[0]).toMatch(/^档案库已被回滚：keys.json 中的签名检查点为第 \d+ 条，而档案库中只有 \d+ 条审计记录$/);
  });

  test('R-IT-1 a corrupted page in vault.db on disk fails the page check (our cipher_integrity_check)', async () => {
    const { dir, verify, recoveryCode } = await setup();
    const file = join(dir, 'vault.db');
    // A page of a table the verifier never reads (the movements b-tree's root), so the vault
    // still opens and only the page check can notice — whatever the schema's page layout.
    const a = await openAsAttacker(dir, recoveryCode);
    const page = a.db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'movements'").pluck().get() as number;
    a.close();
    const fd = openSync(file, 'r+');
    const b = Buffer.alloc(1);
    const at = (page - 1) * 4096 + 300;
    readSync(fd, b, 0, 1, at);
    b[0] = b[0]! ^ 0x55;
    writeSync(fd, b, 0, 1, at);
    closeSync(fd);
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(check(r, 'cipherIntegrity').problems[0]).toBe(`共 1 个加密页校验失败（页号：${page}）——文件被改动或损坏`);
  });

  test('R-IT-1 a verification without a data key does not pass the cipher check', async () => {
    const { dir, recoveryCode } = await setup();
    const v = await openAsAttacker(dir, recoveryCode);
    const { verifyVault } = await import('../../electron/audit/verify');
    const r = verifyVault(v.db, v.keyFile(), { clock: new ManualClock() });
    v.close();
    expect(check(r, 'cipherIntegrity')).toEqual({ name: 'cipherIntegrity', ok: false, problems: ['未提供数据密钥，无法逐页校验'] });
    expect(r.ok).toBe(false);
  });
});
