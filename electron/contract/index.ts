// THE contract: every IPC call the renderer may make. Main registers handlers from it,
// the preload builds window.api from it, the renderer client and the tests derive from it.
// Adding a call = one entry here + one handler in electron/ipc/handlers (typecheck enforces it).
import { z } from 'zod';
import type { Role } from './roles';
import { archiveCalls } from './archive';
import { attachmentCalls } from './attachments';
import { importCalls } from './import';
import { out } from './call';
import {
  anyPasswordSchema,
  displayNameSchema,
  empty,
  idSchema,
  loginSchema,
  passwordSchema,
  recoveryCodeSchema,
  rolesSchema,
  signMeaningSchema,
} from './schemas';
import type {
  AuditPage,
  DemoSignIn,
  PrintResult,
  SessionInfo,
  Settings,
  SignatureRow,
  UserRow,
  VaultStatus,
  VerifyReport,
} from './types';

export type { Access, CallSpec } from './call';

const AUDIT_READERS = ['auditor', 'securityOfficer', 'gm'] as const satisfies readonly Role[];

export const auditFilterSchema = z
  .object({
    text: z.string().trim().max(100, 'v.tooLong').optional(),
    action: z.string().trim().max(64, 'v.tooLong').optional(),
    actorId: idSchema.optional(),
    from: z.iso.datetime({ offset: true, message: 'v.date' }).optional(),
    to: z.iso.datetime({ offset: true, message: 'v.date' }).optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const printTargetSchema = z.enum(['pdf', 'printer']);

export const contract = {
  // ---- archive domain (contract/archive.ts) ----
  ...archiveCalls,
  // ---- scanned attachments on items, inside the vault (contract/attachments.ts) ----
  ...attachmentCalls,
  // ---- spreadsheet import/export, index register, labels (contract/import.ts) ----
  ...importCalls,

  // ---- vault lifecycle (first run, recovery) ----
  'vault.status': out<VaultStatus>().call(empty, 'public'),
  'vault.create': out<{ recoveryCode: string }>().call(
    z
      .object({
        adminLogin: loginSchema,
        adminName: displayNameSchema,
        orgName: z.string().trim().min(1, 'v.required').max(60, 'v.tooLong'),
        password: passwordSchema,
        passwordConfirm: z.string(),
      })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    'public',
  ),
  /** setup cannot continue until the operator types the recovery code back */
  'vault.confirmRecovery': out<void>().call(z.object({ recoveryCode: recoveryCodeSchema }).strict(), 'public'),
  'vault.createDemo': out<{ signIns: DemoSignIn[] }>().call(empty, 'public'),
  /** lost password: the recovery code unwraps the data key and re-keys that user's slot */
  'vault.recover': out<void>().call(
    z
      .object({ recoveryCode: recoveryCodeSchema, login: loginSchema, password: passwordSchema, passwordConfirm: z.string() })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    'public',
  ),

  // ---- sign-in / session ----
  'auth.signIn': out<SessionInfo>().call(z.object({ login: loginSchema, password: anyPasswordSchema }).strict(), 'public'),
  'auth.signOut': out<void>().call(empty, 'session'),
  /** idle lock: same as sign-out (key wiped, checkpoint signed) but the lock screen keeps the login */
  'auth.lock': out<void>().call(empty, 'session'),
  /** renderer reports user activity so the main-process idle timer restarts */
  'auth.touch': out<void>().call(empty, 'session'),
  'auth.acknowledgeRules': out<SessionInfo>().call(z.object({ accepted: z.literal(true, 'v.mustAccept') }).strict(), 'session'),
  'auth.changePassword': out<void>().call(
    z
      .object({ oldPassword: anyPasswordSchema, password: passwordSchema, passwordConfirm: z.string() })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    'member',
  ),

  // ---- user administration (sysAdmin only: 三员分立) ----
  'users.list': out<UserRow[]>().call(empty, ['sysAdmin', 'auditor', 'securityOfficer']),
  'users.create': out<{ id: number }>().call(
    z
      .object({
        login: loginSchema,
        displayName: displayNameSchema,
        roles: rolesSchema,
        password: passwordSchema,
        passwordConfirm: z.string(),
      })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    ['sysAdmin'],
  ),
  'users.update': out<void>().call(
    z.object({ id: idSchema, displayName: displayNameSchema, roles: rolesSchema, disabled: z.boolean() }).strict(),
    ['sysAdmin'],
  ),
  /** administrator reset: new slot + new signing key; the user must change it at next sign-in */
  'users.resetPassword': out<void>().call(
    z
      .object({ id: idSchema, password: passwordSchema, passwordConfirm: z.string() })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    ['sysAdmin'],
  ),
  'users.unlock': out<void>().call(z.object({ id: idSchema }).strict(), ['sysAdmin']),
  'users.print': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), ['sysAdmin', 'auditor']),

  // ---- signatures: a second person signs at the same machine ----
  'signatures.sign': out<SignatureRow>().call(
    z
      .object({
        recordType: z.enum(['auditVerification']),
        recordId: z.string().min(1).max(64),
        meaning: signMeaningSchema,
        signerLogin: loginSchema,
        signerPassword: anyPasswordSchema,
      })
      .strict(),
    'member',
  ),
  'signatures.list': out<SignatureRow[]>().call(
    z.object({ recordType: z.string().min(1).max(64), recordId: z.string().min(1).max(64) }).strict(),
    'member',
  ),

  // ---- audit trail ----
  'audit.list': out<AuditPage>().call(
    z
      .object({ filter: auditFilterSchema, offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) })
      .strict(),
    AUDIT_READERS,
  ),
  'audit.actions': out<string[]>().call(empty, AUDIT_READERS),
  /** runs every check and records the result as an auditVerification record (which can then be signed) */
  'audit.verify': out<VerifyReport & { id: string }>().call(empty, AUDIT_READERS),
  'audit.print': out<PrintResult>().call(z.object({ filter: auditFilterSchema, target: printTargetSchema }).strict(), AUDIT_READERS),

  // ---- settings ----
  'settings.get': out<Settings>().call(empty, 'member'),
  'settings.update': out<Settings>().call(
    z
      .object({
        idleLockMinutes: z.number().int().min(1, 'v.range').max(120, 'v.range'),
        maxFailedAttempts: z.number().int().min(3, 'v.range').max(10, 'v.range'),
        classificationLabels: z.tuple([
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
          z.string().trim().min(1, 'v.required').max(12, 'v.tooLong'),
        ]),
        orgName: z.string().trim().min(1, 'v.required').max(60, 'v.tooLong'),
      })
      .strict(),
    ['securityOfficer'],
  ),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallParsed<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Exclude<Contract[N]["output"], undefined>;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export * from './result';
export * from './roles';
export * from './schemas';
export * from './types';
