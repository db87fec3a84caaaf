// Backup and restore from the app (R-IT-1: backups go to removable media, encrypted). The system
// administrator backs up and restores; a restore older than the keys.json checkpoint (a
// rollback) needs the security officer's signature in the same call.
import { z } from 'zod';
import { out } from '../../contract/call';
import { empty } from '../../contract/schemas';

/** Written beside each backup as <file>.manifest.json and recorded in the audit trail. */
export interface BackupManifest {
  format: 1;
  file: string;
  manifestFile: string;
  /** when the copy was taken */
  createdAt: string;
  vaultId: string;
  /** the copy's audit head: last sequence number and its hash */
  auditSeq: number;
  auditHead: string;
  /** SHA-256 of the whole backup file */
  sha256: string;
  bytes: number;
  /** the file was re-opened read-only and its chain verified at this time */
  verifiedAt: string;
}

export interface BackupStatus {
  last: (BackupManifest & { ageDays: number }) | null;
  /** a verified backup older than this many days is overdue (home-screen reminder) */
  policyDays: number;
  overdue: boolean;
}

export interface BackupProgress {
  phase: 'choose' | 'copy' | 'verify' | 'manifest' | 'done' | 'failed';
  percent: number;
}

/** A backup file checked without touching the live vault (the restore drill). */
export interface BackupCheck {
  /** handle for backup.restore (the renderer never names a path) */
  checkId: string;
  file: string;
  createdAt: string;
  ageDays: number;
  vaultId: string;
  sameVault: boolean;
  auditSeq: number;
  auditHead: string;
  entries: number;
  ok: boolean;
  problems: string[];
  /** the live keys.json checkpoint is newer than the copy: restoring it is a rollback */
  olderThanCheckpoint: boolean;
  checkpointSeq: number | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** where the replaced vault.db and keys.json were kept */
  replacedKeptAt: string[];
  rolledBack: boolean;
}

const signer = z
  .object({ signerLogin: z.string().trim().min(1, 'v.required').max(64, 'v.tooLong'), signerPassword: z.string().min(1, 'v.required').max(256, 'v.tooLong') })
  .strict();

export const backupCalls = {
  'backup.status': out<BackupStatus>().call(empty, ['sysAdmin', 'securityOfficer']),
  /** chooses the removable drive/folder (main's dialog), copies, verifies, writes the manifest; null = cancelled */
  'backup.create': out<BackupManifest | null>().call(empty, ['sysAdmin']),
  'backup.progress': out<BackupProgress | null>().call(empty, ['sysAdmin']),
  /** chooses a backup file (main's dialog) and verifies it; null = cancelled */
  'backup.check': out<BackupCheck | null>().call(empty, ['sysAdmin']),
  'backup.restore': out<RestoreResult>().call(z.object({ checkId: z.string().uuid(), rollback: signer.optional() }).strict(), ['sysAdmin']),
} as const;
