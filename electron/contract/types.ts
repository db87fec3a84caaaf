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
  /** offline guard (R-IT-1): what the last check of the workstation's network interfaces saw */
  network: NetworkStatus;
  /** a demo vault (R-IT-1): its published sign-ins (shown again on the sign-in screen); null = a real vault */
  demo: DemoSignIn[] | null;
}

/** Offline guard (R-IT-1): non-loopback interfaces that are up; connected = at least one. */
export interface NetworkStatus {
  connected: boolean;
  interfaces: { name: string; address: string }[];
  /** when the workstation was first seen connected (ISO), null while offline */
  since: string | null;
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

/** An audit entry in words (audit.list renders them in the caller's language, the register in zh-CN). */
export interface AuditRowText {
  /** the action's label: 新建用户 (an unknown action: its code) */
  actionText: string;
  /** the object by name: 用户 张专员（zhuanyuan）, 档案材料 TS-2026-00001-003 */
  entityText: string;
  /** the detail in words, never JSON (the raw detail is in `detail`, for 技术详情) */
  detailText: string;
}

export interface AuditPage {
  rows: (AuditRow & AuditRowText)[];
  total: number;
  /** the IANA zone the screen shows `at` in (contract/time.ts formatTime), the same as the printouts' */
  timeZone: string;
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
  /** not tampering but worth a look, already translated: e.g. entries whose time goes backwards
   *  (the workstation clock was set back; the chain is ordered by sequence number, not time) */
  notices?: string[];
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
