import type { Role } from './roles';
import type { SignMeaning } from './schemas';

export type Locale = 'zh-CN' | 'en';

export interface SessionInfo {
  userId: number;
  login: string;
  displayName: string;
  roles: Role[];
  /** R-SEC-1: must be true before any other screen opens */
  rulesAcknowledged: boolean;
  idleLockMinutes: number;
  signedInAt: string;
  /** after an administrator reset: the UI must ask for a new password first */
  mustChangePassword?: boolean;
}

export interface VaultStatus {
  state: 'uninitialised' | 'locked' | 'unlocked';
  vaultId: string | null;
  /** set while setup waits for the recovery code to be confirmed */
  recoveryPending: boolean;
  session: SessionInfo | null;
  /** last login used on this machine, to prefill the lock screen */
  lastLogin: string | null;
}

export interface UserRow {
  id: number;
  login: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  lockedUntil: string | null;
  failedAttempts: number;
  rulesAcknowledgedAt: string | null;
  publicKeyFingerprint: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
}

export interface VerifyCheck {
  name: 'chain' | 'signatures' | 'checkpoint' | 'integrity' | 'cipherIntegrity' | 'rollback';
  ok: boolean;
  /** readable problems, already translated */
  problems: string[];
}

export interface VerifyReport {
  ok: boolean;
  checkedAt: string;
  entries: number;
  head: string;
  checks: VerifyCheck[];
}

export interface SignatureRow {
  id: number;
  recordType: string;
  recordId: string;
  contentHash: string;
  signerId: number;
  signerName: string;
  meaning: SignMeaning;
  at: string;
  auditHead: string;
  keyId: number;
  signature: string;
  valid?: boolean;
}

export interface Settings {
  idleLockMinutes: number;
  maxFailedAttempts: number;
  classificationLabels: [string, string, string, string];
  orgName: string;
}

export interface PrintResult {
  /** where the PDF went, when printed to file */
  path: string | null;
  pages: number | null;
}

export interface DemoSignIn {
  login: string;
  password: string;
  displayName: string;
  roles: Role[];
}
