// Ending a session (sign-out, lock, idle), rules acknowledgement and password change.
import { runSessionEndCleanups } from '../core/session-hooks';
import type { AppContext } from '../core/context';
import { policyVersionInForce } from '../settings/policyValues';
import { getSettings } from '../settings/settings';
import { appendAudit } from '../audit/append';
import { signCheckpoint } from '../audit/checkpoint';
import type { AuditAction } from '../contract';
import { DomainError } from '../contract/result';
import type { SessionInfo } from '../contract/types';
import { unwrapSlot } from '../vault/keyslots';
import { RULES_KEY } from './contract/rules';
import { rewrapSigningKey } from './ed25519';
import { actorOf, requireSession, sessionInfo } from './sessionInfo';
import { activeKey, installUserSlot, prepareUserSlot } from './userKeys';

export type EndReason = 'signOut' | 'lock' | 'idle';

const END_ACTION = { signOut: 'auth.signOut', lock: 'auth.lock', idle: 'auth.idleLock' } as const satisfies Record<EndReason, AuditAction>;

/**
 * Records the end, signs a checkpoint of the head (mirrored to keys.json), closes the vault
 * (wiping the data key) and wipes the session KEK. Never throws for audit/checkpoint problems:
 * locking must always succeed.
 */
export async function endSession(ctx: AppContext, reason: EndReason): Promise<void> {
  const { vault, session } = ctx;
  try {
    if (vault?.isOpen && session) {
      vault.tx((w) =>
        appendAudit(w, ctx.clock, {
          actorId: session.userId,
          actorName: session.displayName,
          action: END_ACTION[reason],
          entity: 'user',
          entityId: session.userId,
        }),
      );
      signCheckpoint(vault, ctx.clock, session);
    }
  } catch (e) {
    console.error('[auth] could not record the end of the session', e);
  } finally {
    vault?.close();
    session?.kek.fill(0);
    if (session) runSessionEndCleanups(session.userId);
    ctx.vault = null;
    ctx.session = null;
  }
  if (session) ctx.onSessionEnded?.(reason);
}

/** Called by the shell on a timer: locks when the user has been idle longer than the setting. */
export async function checkIdle(ctx: AppContext): Promise<boolean> {
  const { vault, session } = ctx;
  if (!vault?.isOpen || !session) return false;
  const idleMs = getSettings(vault.db).idleLockMinutes * 60_000;
  if (ctx.clock.now().getTime() - session.lastActivityAt < idleMs) return false;
  await endSession(ctx, 'idle');
  return true;
}

/** R-SEC-1: the confidentiality rules are acknowledged at first sign-in, and recorded. */
export function acknowledgeRules(ctx: AppContext): SessionInfo {
  const { vault, session } = requireSession(ctx);
  if (!session.rulesAcknowledged) {
    vault.tx((w) => {
      const at = ctx.clock.now().toISOString();
      vault.db.prepare('UPDATE users SET rules_ack_at = ? WHERE id = ? AND rules_ack_at IS NULL').run(at, session.userId);
      appendAudit(w, ctx.clock, {
        actorId: session.userId,
        actorName: session.displayName,
        action: 'auth.acknowledgeRules',
        entity: 'user',
        entityId: session.userId,
        // which rules text was acknowledged: its version in force (策略 保密管理规定)
        detail: { rules: 'R-SEC-1', rulesVersion: policyVersionInForce(w, RULES_KEY, ctx.clock.now()) },
      });
    });
    session.rulesAcknowledged = true;
  }
  return sessionInfo(vault, session);
}

/**
 * Rewrites only this user's slot (keys.json) and re-seals the same signing key under the new
 * KEK: the data key, and so the vault file's encryption, stays the same.
 */
export async function changePassword(ctx: AppContext, oldPassword: string, password: string): Promise<void> {
  const { vault, session } = requireSession(ctx);
  const slot = vault.keyFile().slots.find((s) => s.kind === 'user' && s.userId === session.userId);
  const un = slot ? await unwrapSlot(vault.vaultId, slot, oldPassword) : null;
  if (!un) {
    vault.tx((w) =>
      appendAudit(w, ctx.clock, {
        actorId: session.userId,
        actorName: session.displayName,
        action: 'auth.changePasswordFailed',
        entity: 'user',
        entityId: session.userId,
      }),
    );
    throw new DomainError('WRONG_PASSWORD', 'old password is wrong');
  }
  un.dataKey.fill(0);
  const next = await prepareUserSlot(vault, session.login, password);
  try {
    vault.tx((w) => {
      const key = activeKey(vault.db, session.userId);
      if (key) {
        const rewrapped = rewrapSigningKey(session.userId, key.wrapped, un.kek, next.kek);
        if (!rewrapped) throw new DomainError('INTERNAL', 'signing key does not open with the old password');
        vault.db.prepare('UPDATE user_keys SET wrapped_private_json = ? WHERE id = ?').run(JSON.stringify(rewrapped), key.id);
      }
      vault.db.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(session.userId);
      appendAudit(w, ctx.clock, {
        ...actorFields(ctx),
        action: 'auth.changePassword',
        entity: 'user',
        entityId: session.userId,
        detail: { keyId: key?.id ?? null },
      });
    });
    installUserSlot(vault, session.userId, next.slot);
    session.kek.fill(0);
    session.kek = next.kek;
  } catch (e) {
    next.kek.fill(0);
    throw e;
  } finally {
    un.kek.fill(0);
  }
}

function actorFields(ctx: AppContext) {
  const a = actorOf(requireSession(ctx).session);
  return { actorId: a.id, actorName: a.name };
}
