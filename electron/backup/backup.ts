// Backup and restore from the app (R-IT-1). The copy is core/backup.ts's (VACUUM INTO through
// the same cipher + key slots, verified, fsynced, renamed into place, 'vault.backup'); here:
//   - the folder is chosen in main (BackupMedia port), progress is polled (backup.progress);
//   - the finished file is re-read from the medium (container SHA-256s) and its vault opened
//     read-only and verified before success is reported; a manifest (time, vault id, audit head,
//     SHA-256) is written beside it and recorded ('backup.verified'). A failure (disk full,
//     medium pulled) leaves no file called a backup and is recorded ('backup.failed');
//   - status: the last verified backup and whether it is older than the policy's days;
//   - the restore drill (backup.check) verifies any backup file without touching the live vault;
//   - restore replaces the vault only after the same verification, keeps the replaced files
//     aside, and refuses a copy older than the keys.json checkpoint (a rollback) unless the
//     security officer signs for it in the same call.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, writeSync, fsyncSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { appendAudit, auditHead } from '../audit/append';
import { verifyVault } from '../audit/verify';
import { DomainError } from '../contract/result';
import { backupVault, readBackup, sha256File } from '../core/backup';
import type { AppContext, CallContext } from '../core/context';
import { signRecord } from '../people/signatures';
import { policyValue, registerPolicyValue } from '../settings/policyValues';
import type { Clock } from '../vault/clock';
import { openEncrypted } from '../vault/db';
import { fsyncDir, keyFilePath, vaultFilePath, writeFileAtomic, type KeyFile } from '../vault/keyfile';
import { Vault } from '../vault/vault';
import type { BackupCheck, BackupManifest, BackupProgress, BackupStatus, RestoreResult } from './contract/calls';

/** Policy (R-IT-1, R-GOV-1): a verified backup at least every this many days (the home screen
 *  reminds after) — the settings row 'backup.reminderDays', changed through an approved policy
 *  version like every registered value; 7 when none was ever approved. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
export const BACKUP_POLICY_KEYS = { reminderDays: 'backup.reminderDays' } as const;
registerPolicyValue({
  key: BACKUP_POLICY_KEYS.reminderDays,
  label: { zh: '备份提醒天数', en: 'Backup reminder after' },
  schema: z.number().int().min(1).max(90),
  default: DEFAULT_BACKUP_REMINDER_DAYS,
  unit: { zh: '天', en: 'days' },
  domain: 'backup',
});
const DAY_MS = 86_400_000;
const CHUNK = 1 << 20;

let progress: BackupProgress | null = null;
const step = async (phase: BackupProgress['phase'], percent: number) => {
  progress = { phase, percent };
  // let a backup.progress poll be answered between the synchronous steps
  await new Promise((r) => setImmediate(r));
};
export const backupProgress = (): BackupProgress | null => progress;

/** a staged copy and the -wal/-shm a read-only open of it leaves */
const rmStage = (stage: string) => {
  for (const f of [stage, `${stage}-wal`, `${stage}-shm`]) rmSync(f, { force: true });
};
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** vault.db out of a backup container into `to` (fsynced). */
function extractDb(file: string, dbOffset: number, bytes: number, to: string): void {
  const src = openSync(file, 'r');
  const out = openSync(to, 'w', 0o600);
  try {
    const buf = Buffer.alloc(CHUNK);
    for (let pos = dbOffset, left = bytes; left > 0;) {
      const n = readSync(src, buf, 0, Math.min(CHUNK, left), pos);
      if (n <= 0) throw new DomainError('TAMPERED', 'the backup file is truncated');
      writeSync(out, buf, 0, n);
      pos += n;
      left -= n;
    }
    fsyncSync(out);
  } finally {
    closeSync(out);
    closeSync(src);
  }
}

interface Verified {
  header: ReturnType<typeof readBackup>['header'];
  keyFile: KeyFile;
  keysJson: Buffer;
  auditSeq: number;
  auditHead: string;
  ok: boolean;
  problems: string[];
}

/**
 * Reads a backup file as it lies on the medium (container sizes and SHA-256s), puts its vault.db
 * into `stageAs` and opens THAT read-only with `dataKey`: chain, integrity and cipher pages.
 */
function verifyBackupFile(file: string, dataKey: Buffer, clock: Clock, stageAs: string): Verified {
  const parsed = readBackup(file);
  extractDb(file, parsed.dbOffset, parsed.header.vaultDbBytes, stageAs);
  const db = openEncrypted(stageAs, dataKey, { readonly: true });
  try {
    const report = verifyVault(db, parsed.keyFile, { clock, cipher: { file: stageAs, key: dataKey } });
    const must = report.checks.filter((c) => ['chain', 'integrity', 'cipherIntegrity'].includes(c.name));
    const head = auditHead(db);
    return {
      header: parsed.header,
      keyFile: parsed.keyFile,
      keysJson: parsed.keysJson,
      auditSeq: head.seq,
      auditHead: head.hash,
      ok: must.every((c) => c.ok),
      problems: must.flatMap((c) => c.problems),
    };
  } finally {
    db.close();
  }
}

/** Backs up to the folder chosen on the medium; null = the choice was cancelled. */
export async function createBackup(cx: CallContext): Promise<BackupManifest | null> {
  const media = cx.app.backupMedia;
  if (!media) throw new DomainError('NO_MEDIA_PORT', 'no backup media port in this context');
  await step('choose', 0);
  const folder = await media.chooseFolder();
  if (!folder) {
    progress = null;
    return null;
  }
  const now = cx.clock.now();
  const file = join(folder, `archive-room-${stamp(now)}.arbk`);
  const manifestFile = `${file}.manifest.json`;
  const stage = join(folder, `.${basename(file)}.check-${randomUUID().slice(0, 8)}`);
  try {
    await step('copy', 10);
    const res = backupVault(cx.vault, file, { clock: cx.clock, actor: cx.actor });
    await step('verify', 60);
    const v = cx.vault.withDataKey((key) => verifyBackupFile(file, key, cx.clock, stage));
    if (!v.ok || v.header.vaultId !== cx.vault.vaultId)
      throw new DomainError('BACKUP_UNVERIFIED', v.problems.join('; ') || 'vault id', { reason: v.problems.join('; ') });
    await step('manifest', 90);
    const manifest: BackupManifest = {
      format: 1,
      file,
      manifestFile,
      createdAt: res.header.createdAt,
      vaultId: v.header.vaultId,
      auditSeq: v.auditSeq,
      auditHead: v.auditHead,
      sha256: sha256File(file),
      bytes: res.bytes,
      verifiedAt: cx.clock.now().toISOString(),
    };
    writeFileAtomic(manifestFile, JSON.stringify(manifest, null, 2));
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, {
        actorId: cx.actor.id,
        actorName: cx.actor.name,
        action: 'backup.verified',
        entity: 'backup',
        entityId: manifest.sha256,
        detail: { ...manifest },
      }),
    );
    await step('done', 100);
    return manifest;
  } catch (e) {
    progress = { phase: 'failed', percent: 100 };
    // nothing half-written is left to be taken for a backup
    for (const f of [file, manifestFile]) rmSync(f, { force: true });
    const reason = e instanceof DomainError && e.code === 'BACKUP_UNVERIFIED' ? errText(e) : ((e as NodeJS.ErrnoException).code ?? errText(e));
    try {
      cx.vault.tx((w) =>
        appendAudit(w, cx.clock, { actorId: cx.actor.id, actorName: cx.actor.name, action: 'backup.failed', entity: 'backup', detail: { file, reason } }),
      );
    } catch {
      /* the failure itself is what the operator sees */
    }
    if (e instanceof DomainError && e.code === 'BACKUP_UNVERIFIED') throw e;
    throw new DomainError('BACKUP_FAILED', `backup failed: ${reason}`, { reason: describeFsError(e) });
  } finally {
    rmStage(stage);
  }
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'ENOSPC（介质空间不足 / no space left on the medium）';
  if (code === 'EIO' || code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO') return `${code}（介质不可用或已拔出 / medium unavailable or removed）`;
  return code ?? errText(e);
}

export function backupStatus(cx: CallContext): BackupStatus {
  const row = cx.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'backup.verified' ORDER BY seq DESC LIMIT 1`).pluck().get() as
    string | undefined;
  const last = row ? (JSON.parse(row) as BackupManifest) : null;
  const ageDays = last ? Math.floor((cx.clock.now().getTime() - Date.parse(last.verifiedAt)) / DAY_MS) : 0;
  const policyDays = policyValue<number>(cx.db, BACKUP_POLICY_KEYS.reminderDays);
  return {
    last: last && { ...last, ageDays },
    policyDays,
    overdue: !last || ageDays >= policyDays,
  };
}

interface HeldCheck {
  file: string;
  sha256: string;
  userId: number;
}
/** checks the current sessions made (by id), for restore and the rollback signature's content */
const checks = new Map<string, HeldCheck>();

export const backupRestoreRecordType = {
  contentHash: (_db: unknown, id: string) => checks.get(id)?.sha256 ?? null,
  requesterId: (_db: unknown, id: string) => checks.get(id)?.userId ?? null,
  signerRoles: ['securityOfficer'] as const,
};

export function forgetChecks(userId: number): void {
  for (const [id, c] of checks) if (c.userId === userId) checks.delete(id);
}

function checkOf(cx: CallContext, file: string, stage: string): { check: Omit<BackupCheck, 'checkId'>; v: Verified | null } {
  const cp = cx.vault.keyFile().checkpoint;
  let v: Verified | null = null;
  let problems: string[] = [];
  try {
    v = cx.vault.withDataKey((key) => verifyBackupFile(file, key, cx.clock, stage));
    problems = v.problems;
  } catch (e) {
    problems = [errText(e)];
  }
  const header = v?.header ?? null;
  const sameVault = header?.vaultId === cx.vault.vaultId;
  const older = !!(v && cp && v.auditSeq < cp.seq);
  return {
    v,
    check: {
      file,
      createdAt: header?.createdAt ?? '',
      ageDays: header ? Math.floor((cx.clock.now().getTime() - Date.parse(header.createdAt)) / DAY_MS) : 0,
      vaultId: header?.vaultId ?? '',
      sameVault,
      auditSeq: v?.auditSeq ?? 0,
      auditHead: v?.auditHead ?? '',
      entries: header?.entries ?? 0,
      ok: !!v && v.ok && sameVault,
      problems: sameVault || !v ? problems : [...problems, 'other vault'],
      olderThanCheckpoint: older,
      checkpointSeq: cp?.seq ?? null,
    },
  };
}

/** The restore drill: any backup file verified, the live vault untouched (only the drill is recorded). */
export async function checkBackup(cx: CallContext): Promise<BackupCheck | null> {
  const media = cx.app.backupMedia;
  if (!media) throw new DomainError('NO_MEDIA_PORT', 'no backup media port in this context');
  const file = await media.chooseBackupFile();
  if (!file) return null;
  const stage = join(cx.app.dir, `.backup-check-${randomUUID().slice(0, 8)}`);
  try {
    const { check } = checkOf(cx, file, stage);
    const checkId = randomUUID();
    if (check.ok) checks.set(checkId, { file, sha256: sha256File(file), userId: cx.actor.id });
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, {
        actorId: cx.actor.id,
        actorName: cx.actor.name,
        action: 'backup.drill',
        entity: 'backup',
        detail: {
          file,
          ok: check.ok,
          auditSeq: check.auditSeq,
          auditHead: check.auditHead,
          olderThanCheckpoint: check.olderThanCheckpoint,
          problems: check.problems,
        },
      }),
    );
    return { checkId, ...check };
  } finally {
    rmStage(stage);
  }
}

/**
 * Replaces the live vault with a checked backup: verified again as it lies on the medium, a
 * rollback only with the security officer's signature; the replaced vault.db and keys.json are
 * renamed aside, never deleted. The session ends (the restored vault has its own users and
 * checkpoint): the app returns to sign-in.
 */
export async function restoreBackup(
  cx: CallContext,
  input: { checkId: string; rollback?: { signerLogin: string; signerPassword: string } },
): Promise<RestoreResult> {
  const held = checks.get(input.checkId);
  if (!held || held.userId !== cx.actor.id) throw new DomainError('CHECK_EXPIRED', 'check the backup file again first');
  const dir = cx.app.dir;
  const stage = join(dir, `.vault.db.restore-${randomUUID().slice(0, 8)}`);
  let stagedKept = false;
  try {
    const { check, v } = checkOf(cx, held.file, stage);
    if (!v || !check.ok) throw new DomainError('BACKUP_UNVERIFIED', check.problems.join('; '), { reason: check.problems.join('; ') });
    if (sha256File(held.file) !== held.sha256) throw new DomainError('CHECK_EXPIRED', 'the backup file changed since it was checked');
    let signature: { signerId: number; signerName: string; signatureId: number } | null = null;
    if (check.olderThanCheckpoint) {
      if (!input.rollback) {
        cx.vault.tx((w) =>
          appendAudit(w, cx.clock, {
            actorId: cx.actor.id,
            actorName: cx.actor.name,
            action: 'backup.restoreRefused',
            entity: 'backup',
            detail: { file: held.file, auditSeq: check.auditSeq, checkpointSeq: check.checkpointSeq },
          }),
        );
        throw new DomainError('ROLLBACK_NEEDS_SIGNATURE', 'the backup is older than the keys.json checkpoint');
      }
      const sig = await signRecord(cx.app, {
        recordType: 'backupRestore',
        recordId: input.checkId,
        meaning: 'approved',
        signerLogin: input.rollback.signerLogin,
        signerPassword: input.rollback.signerPassword,
      });
      signature = { signerId: sig.signerId, signerName: sig.signerName, signatureId: sig.id };
    }
    const detail = {
      file: held.file,
      sha256: held.sha256,
      backupCreatedAt: check.createdAt,
      auditSeq: check.auditSeq,
      auditHead: check.auditHead,
      rolledBack: check.olderThanCheckpoint,
      checkpointSeq: check.checkpointSeq,
      signature,
    };
    // recorded in the vault being replaced (kept aside) …
    cx.vault.tx((w) => appendAudit(w, cx.clock, { actorId: cx.actor.id, actorName: cx.actor.name, action: 'backup.restore', entity: 'backup', detail }));
    const dataKey = cx.vault.withDataKey((k) => Buffer.from(k));
    try {
      const session = cx.app.session;
      cx.vault.close();
      cx.app.vault = null;
      cx.app.session = null;
      session?.kek.fill(0);
      const aside = `.replaced-${stamp(cx.clock.now())}`;
      const kept = [`${vaultFilePath(dir)}${aside}`, `${keyFilePath(dir)}${aside}`];
      for (const f of ['-wal', '-shm']) rmSync(`${vaultFilePath(dir)}${f}`, { force: true });
      renameSync(vaultFilePath(dir), kept[0]!);
      renameSync(keyFilePath(dir), kept[1]!);
      for (const f of [`${stage}-wal`, `${stage}-shm`]) rmSync(f, { force: true });
      renameSync(stage, vaultFilePath(dir));
      stagedKept = true;
      writeFileAtomic(keyFilePath(dir), v.keysJson);
      fsyncDir(dir);
      // … and in the restored one, which then opens and verifies like any vault
      const restored = Vault.openWithDataKey(dir, dataKey, { clock: cx.clock, kdfParams: cx.app.kdfParams });
      try {
        restored.tx((w) =>
          appendAudit(w, cx.clock, {
            actorId: cx.actor.id,
            actorName: cx.actor.name,
            action: 'backup.restore',
            entity: 'backup',
            detail: { ...detail, replacedKeptAt: kept },
          }),
        );
      } finally {
        restored.close();
      }
      checks.delete(input.checkId);
      cx.app.onSessionEnded?.('signOut');
      return { restoredFrom: held.file, replacedKeptAt: kept, rolledBack: check.olderThanCheckpoint };
    } finally {
      dataKey.fill(0);
    }
  } finally {
    if (!stagedKept && existsSync(stage)) rmStage(stage);
    for (const f of [`${stage}-wal`, `${stage}-shm`]) rmSync(f, { force: true });
  }
}

export type { AppContext };
