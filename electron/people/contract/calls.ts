// People & sessions: vault lifecycle (first run, recovery), sign-in, users (三员分立), signatures.
import { z } from 'zod';
import { out } from '../../contract/call';
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
} from '../../contract/schemas';
import { printTargetSchema } from '../../contract/print';
import type { RulesText } from './rules';
import type { DemoSignIn, PrintResult, SessionInfo, SignatureRow, UserRow, VaultStatus } from '../../contract/types';

export const peopleCalls = {
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
  /** a demo vault's files go into a sub-folder (never deleted, never reused): the first run follows */
  'vault.demoSetAside': out<{ folder: string }>().call(empty, 'public'),
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
  /** R-SEC-1: the rules text in force (null: the text shipped with the app) */
  'auth.rulesText': out<RulesText>().call(z.object({}).strict(), 'session'),
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
  'users.update': out<void>().call(z.object({ id: idSchema, displayName: displayNameSchema, roles: rolesSchema, disabled: z.boolean() }).strict(), [
    'sysAdmin',
  ]),
  /** administrator reset: new slot + new signing key; the user must change it at next sign-in */
  'users.resetPassword': out<void>().call(
    z
      .object({ id: idSchema, password: passwordSchema, passwordConfirm: z.string() })
      .strict()
      .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] }),
    ['sysAdmin'],
  ),
  'users.unlock': out<void>().call(z.object({ id: idSchema }).strict(), ['sysAdmin']),
  /** 打开所在文件夹 after 打印为 PDF: only a file the printer wrote in this run (the port checks) */
  'print.showInFolder': out<{ shown: boolean }>().call(z.object({ path: z.string().min(1).max(4096) }).strict(), 'member'),
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
  'signatures.list': out<SignatureRow[]>().call(z.object({ recordType: z.string().min(1).max(64), recordId: z.string().min(1).max(64) }).strict(), 'member'),
} as const;
