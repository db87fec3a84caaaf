import { z } from 'zod';
import { roleSchema, ROLES, roleSetProblem, type Role } from './roles';

// Validation messages are i18n keys (see messages.ts); the renderer and the main process
// translate them with the same table, so a form and the IPC boundary say the same thing.
// an empty field says 请输入用户名 (and only that), not "at least 2 characters" (issue 12)
export const loginSchema = z
  .string()
  .trim()
  .min(1, 'v.loginRequired')
  .pipe(
    z
      .string()
      .min(2, 'v.loginShort')
      .max(32, 'v.loginLong')
      .regex(/^[a-zA-Z0-9._-]+$/, 'v.loginChars'),
  );
export const displayNameSchema = z.string().trim().min(1, 'v.required').max(40, 'v.tooLong');
export const passwordSchema = z
  .string()
  .min(10, 'v.passwordShort')
  .max(256, 'v.tooLong')
  .refine((p) => /[A-Za-z]/.test(p) && /[0-9]/.test(p), 'v.passwordMix');
/** Typing a password to sign in: any length the user typed; strength is checked at creation. */
export const anyPasswordSchema = z.string().min(1, 'v.required').max(256, 'v.tooLong');
export const recoveryCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[^A-Z0-9]/g, ''))
  .pipe(z.string().length(32, 'v.recoveryCodeFormat'));
export const rolesSchema = z
  .array(roleSchema)
  .min(1, 'errors.rolesEmpty')
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'v.duplicateRole')
  .refine((r) => roleSetProblem(r as Role[]) === null, 'errors.adminRoleExclusive');
export const idSchema = z.number().int().positive();
export const empty = z.object({}).strict();

export const newPasswordPair = z
  .object({ password: passwordSchema, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { message: 'v.passwordMismatch', path: ['passwordConfirm'] });

export const signMeaningSchema = z.enum(['reviewed', 'approved', 'rejected', 'witnessed']);
export type SignMeaning = z.infer<typeof signMeaningSchema>;
