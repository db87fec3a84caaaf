// Backup and restore from the app (R-IT-1, issue 11): the system administrator backs up to a
// chosen folder (BackupMedia port), the file is verified read-only with a manifest, the status
// says when the last verified backup is overdue, the drill verifies any file without touching
// the live vault, and a restore replaces the vault only after verification, keeps the replaced
// files aside and refuses a rollback unless the security officer signs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { BackupCheck, BackupManifest, BackupStatus, RestoreResult } from '../../electron/backup/contract/calls';
import { BACKUP_POLICY_KEYS, DEFAULT_BACKUP_REMINDER_DAYS } from '../../electron/backup/backup';
import { endSession } from '../../electron/people/session';
import { policyValueDef } from '../../electron/settings/policyValues';
import { verifyVault } from '../../electron/audit/verify';
import { readKeyFile, vaultFilePath } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { ADMIN_PW, auditActions, PW } from './auth-helpers';
import { tempDir } from './helpers';
import { ok, vaultWith } from './kit';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function withMedia() {
  const v = await vaultWith([{ login: 'so', roles: ['securityOfficer'], name: '安全保密员' }], { as: 'admin' });
  cleanups.push(v.cleanup);
  const media = tempDir('ar-media-');
  cleanups.push(media.cleanup);
  let nextFile: string | null = null;
  v.ctx.backupMedia = { chooseFolder: async () => media.dir, chooseBackupFile: async () => nextFile };
  const pickFile = (f: string | null) => (nextFile = f);
  return { ...v, media: media.dir, pickFile };
}

describe('backup from the app (R-IT-1)', () => {
  test('R-IT-1 backup: chosen folder, verified read-only, manifest (time, vault id, audit head, SHA-256), audited; status and the overdue reminder', async () => {
    const v = await withMedia();
    let st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.last, st.overdue, st.policyDays]).toEqual([null, true, 7]);
    const m = ok<BackupManifest>(await v.call('backup.create', {}));
    expect(m.file.startsWith(v.media)).toBe(true);
    expect(existsSync(m.file)).toBe(true);
    const onDisk = JSON.parse(readFileSync(m.manifestFile, 'utf8')) as BackupManifest;
    expect(onDisk).toEqual(m);
    expect(m.vaultId).toBe(v.ctx.vault!.vaultId);
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.auditHead).toMatch(/^[0-9a-f]{64}$/);
    // nothing else left on the medium (no temp or check files)
    expect(readdirSync(v.media).sort()).toEqual([m.file, m.manifestFile].map((f) => f.slice(v.media.length + 1)).sort());
    expect(auditActions(v.ctx).slice(-2)).toEqual(['vault.backup', 'backup.verified']);
    expect(ok(await v.call('backup.progress', {}))).toEqual({ phase: 'done', percent: 100 });
    st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.last?.sha256, st.last?.ageDays, st.overdue]).toEqual([m.sha256, 0, false]);
    v.ctx.clock.advance(7 * 86_400_000);
    st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.last?.ageDays, st.overdue]).toEqual([7, true]);
    // only the system administrator backs up
    await v.as('so');
    expect(await v.call('backup.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
  });

  test('R-IT-1 R-GOV-1 backup reminder: its days are the policy value backup.reminderDays (a registered settings row, default 7; a row failing the schema reads as the default)', async () => {
    const v = await withMedia();
    expect(policyValueDef(BACKUP_POLICY_KEYS.reminderDays)?.default).toBe(DEFAULT_BACKUP_REMINDER_DAYS);
    ok<BackupManifest>(await v.call('backup.create', {}));
    const setRow = (json: string) =>
      v.ctx
        .vault!.db.prepare(`INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`)
        .run(BACKUP_POLICY_KEYS.reminderDays, json);
    setRow('3');
    v.ctx.clock.advance(2 * 86_400_000);
    let st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.policyDays, st.last?.ageDays, st.overdue]).toEqual([3, 2, false]);
    v.ctx.clock.advance(86_400_000);
    st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.policyDays, st.last?.ageDays, st.overdue]).toEqual([3, 3, true]);
    // a value the schema refuses (0 days) is not obeyed: the default holds
    setRow('0');
    st = ok<BackupStatus>(await v.call('backup.status', {}));
    expect([st.policyDays, st.overdue]).toEqual([DEFAULT_BACKUP_REMINDER_DAYS, false]);
  });

  test('R-IT-1 restore drill: any backup file is verified (head, age) without touching the live vault; a damaged file does not verify', async () => {
    const v = await withMedia();
    const m = ok<BackupManifest>(await v.call('backup.create', {}));
    const live = readFileSync(vaultFilePath(v.dir));
    v.ctx.clock.advance(3 * 86_400_000);
    v.pickFile(m.file);
    const c = ok<BackupCheck>(await v.call('backup.check', {}));
    expect(c).toMatchObject({ ok: true, sameVault: true, ageDays: 3, auditHead: m.auditHead, auditSeq: m.auditSeq, olderThanCheckpoint: false, problems: [] });
    // the live vault file is byte for byte what it was, apart from the drill's own audit entry (WAL)
    expect(readFileSync(vaultFilePath(v.dir)).equals(live)).toBe(true);
    expect(auditActions(v.ctx).at(-1)).toBe('backup.drill');
    // a flipped byte in the copy: refused, with a reason
    const bad = join(v.media, 'damaged.arbk');
    const bytes = readFileSync(m.file);
    bytes[bytes.length - 100]! ^= 0xff;
    writeFileSync(bad, bytes);
    v.pickFile(bad);
    const d = ok<BackupCheck>(await v.call('backup.check', {}));
    expect(d.ok).toBe(false);
    expect(d.problems.join(' ')).toMatch(/damaged/);
  });

  test('R-IT-1 restore: refused as a rollback when older than the keys.json checkpoint unless the security officer signs; replaced vault kept aside; restored vault opens and verifies', async () => {
    const v = await withMedia();
    const m = ok<BackupManifest>(await v.call('backup.create', {}));
    // work after the backup, then sign-out: the checkpoint in keys.json is now past the copy
    ok(await v.call('settings.get', {}));
    await endSession(v.ctx, 'signOut');
    await v.as('admin');
    const cpSeq = readKeyFile(v.dir).checkpoint!.seq;
    expect(cpSeq).toBeGreaterThan(m.auditSeq);
    v.pickFile(m.file);
    const c = ok<BackupCheck>(await v.call('backup.check', {}));
    expect([c.ok, c.olderThanCheckpoint, c.checkpointSeq]).toEqual([true, true, cpSeq]);
    // no signature: refused, recorded, nothing replaced
    const before = readFileSync(vaultFilePath(v.dir));
    expect(await v.call('backup.restore', { checkId: c.checkId })).toMatchObject({ ok: false, error: { code: 'ROLLBACK_NEEDS_SIGNATURE' } });
    expect(auditActions(v.ctx).at(-1)).toBe('backup.restoreRefused');
    expect(readdirSync(v.dir).filter((f) => f.includes('replaced'))).toEqual([]);
    // the wrong person (the administrator himself) or a wrong password: refused too
    expect(await v.call('backup.restore', { checkId: c.checkId, rollback: { signerLogin: 'admin', signerPassword: ADMIN_PW } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ROLE' },
    });
    expect(await v.call('backup.restore', { checkId: c.checkId, rollback: { signerLogin: 'so', signerPassword: 'wrong-password-1' } })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(readFileSync(vaultFilePath(v.dir)).subarray(0, 4096).equals(before.subarray(0, 4096))).toBe(true);
    // the security officer signs: restored, the replaced vault kept aside, the session ended
    const r = ok<RestoreResult>(await v.call('backup.restore', { checkId: c.checkId, rollback: { signerLogin: 'so', signerPassword: PW } }));
    expect(r.rolledBack).toBe(true);
    for (const f of r.replacedKeptAt) expect(existsSync(f)).toBe(true);
    expect([v.ctx.vault, v.ctx.session]).toEqual([null, null]);
    // the replaced vault still holds the refusal and the signed confirmation
    const key = readKeyFile(v.dir);
    const restored = await Vault.unlockWithPassword(v.dir, 'admin', ADMIN_PW, { clock: v.ctx.clock, kdfParams: v.ctx.kdfParams });
    expect(restored).not.toBeNull();
    try {
      const db = restored!.vault.db;
      const actions = db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all() as string[];
      expect(actions.at(-1)).toBe('backup.restore');
      const detail = JSON.parse(db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'backup.restore'`).pluck().get() as string) as {
        rolledBack: boolean;
        signature: { signerName: string };
      };
      expect([detail.rolledBack, detail.signature.signerName]).toEqual([true, '安全保密员']);
      const report = verifyVault(db, key, {
        clock: v.ctx.clock,
        cipher: { file: vaultFilePath(v.dir), key: restored!.vault.withDataKey((k) => Buffer.from(k)) },
      });
      expect(report.checks.filter((x) => !x.ok).map((x) => x.name)).toEqual([]);
    } finally {
      restored!.kek.fill(0);
      restored!.vault.close();
    }
  });
});
