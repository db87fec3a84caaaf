// 用户名册: every account with its roles (in words), status and signing-key fingerprint, for
// the system administrator and the auditor to sign (三员分立: each checks the other).
import { listUsers } from '../users';
import type { Locale, UserRow } from '../../contract/types';
import type { Vault } from '../../vault/vault';
import { caption, roleLabel } from '../../print/labels';
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';

export const USERS_REGISTER_CODE = 'users';

export function userStatus(u: UserRow, now: Date, locale: Locale): string {
  if (u.disabled) return caption('statusDisabled', locale);
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > now.getTime()) return caption('statusLocked', locale);
  return caption('statusActive', locale);
}

export function usersRegisterRow(u: UserRow, now: Date, locale: Locale): RegisterRow {
  return {
    login: u.login,
    name: u.displayName,
    roles: u.roles.map((r) => roleLabel(r, locale)).join(locale === 'en' ? ', ' : '、'),
    status: userStatus(u, now, locale),
    created: formatPrintTime(u.createdAt, false),
    lastSignIn: formatPrintTime(u.lastSignInAt, false),
    fingerprint: u.publicKeyFingerprint,
  };
}

export function buildUsersRegister(vault: Vault, opts: PrintOptions): RegisterSpec {
  const { locale, now } = opts;
  const t = (k: Parameters<typeof caption>[0]) => caption(k, locale);
  const rows = listUsers(vault).map((u) => usersRegisterRow(u, now, locale));
  return {
    ...registerFrame(vault, opts, 1),
    title: t('usersTitle'),
    registerCode: USERS_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'login', header: t('login'), width: '11%' },
      { key: 'name', header: t('displayName'), width: '10%' },
      { key: 'roles', header: t('roles'), width: '18%' },
      { key: 'status', header: t('status'), width: '7%', align: 'center' },
      { key: 'created', header: t('createdAt'), width: '13%' },
      { key: 'lastSignIn', header: t('lastSignIn'), width: '13%' },
      { key: 'fingerprint', header: t('keyFingerprint') },
    ],
    rows,
    summary: [caption('rowCount', locale, { n: rows.length })],
    signatureLines: [{ role: t('sigSysAdmin') }, { role: t('sigAuditor') }],
  };
}
