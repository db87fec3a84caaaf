// The session as the renderer sees it (no key material).
import type { AppContext, Session } from '../core/context';
import { getSettings } from '../settings/settings';
import { DomainError } from '../contract/result';
import type { SessionInfo } from '../contract/types';
import type { Vault } from '../vault/vault';
import { getUser } from './users';

export function sessionInfo(vault: Vault, s: Session): SessionInfo {
  const u = getUser(vault.db, s.userId);
  return {
    userId: s.userId,
    login: s.login,
    displayName: s.displayName,
    roles: s.roles,
    rulesAcknowledged: s.rulesAcknowledged,
    idleLockMinutes: getSettings(vault.db).idleLockMinutes,
    signedInAt: s.signedInAt,
    mustChangePassword: u.must_change_password === 1,
  };
}

/** The open vault and session, or NOT_SIGNED_IN (handlers are also guarded by the dispatcher). */
export function requireSession(ctx: AppContext): { vault: Vault; session: Session } {
  if (!ctx.vault?.isOpen || !ctx.session) throw new DomainError('NOT_SIGNED_IN', 'not signed in');
  return { vault: ctx.vault, session: ctx.session };
}

export const actorOf = (s: Session) => ({ id: s.userId, name: s.displayName });
