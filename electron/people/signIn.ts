// Sign-in: lockout (counted in keys.json, because the vault is closed while someone guesses),
// slot unwrap, rollback check against the sidecar checkpoint, then the session.
import type { AppContext, Session } from '../core/context';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { appendAudit } from '../audit/append';
import { checkRollback } from '../audit/checkpoint';
import { isAuditAction } from '../contract/labels';
import { DomainError } from '../contract/result';
import type { SessionInfo } from '../contract/types';
import { belowFloor, isCalibrated } from '../vault/kdf';
import { readKeyFile, updateKeyFile, type KeySlot, type LoginAttempts } from '../vault/keyfile';
import { Vault, vaultOptions } from '../vault/vault';
import { rewrapSigningKey } from './ed25519';
import { runVaultUpkeep } from '../core/session-hooks';
import { endSession } from './session';
import { sessionInfo } from './sessionInfo';
import { activeKey, installUserSlot, prepareUserSlot } from './userKeys';
import { findUserByLogin, rolesOf } from './users';

const BASE_LOCKOUT_MS = 5 * 60_000;

/** Growing lockout: 5, 10, 20, 40 … minutes for the 1st, 2nd, 3rd, 4th … lockout. */
export const lockoutDurationMs = (lockouts: number) => BASE_LOCKOUT_MS * 2 ** Math.max(0, lockouts - 1);

/** Records a failed attempt in keys.json; returns the lockout end when this attempt triggered one. */
function recordFailure(ctx: AppContext, login: string): string | null {
  const now = ctx.clock.now();
  let lockedUntil: string | null = null;
  updateKeyFile(ctx.dir, (kf) => {
    const max = kf.maxFailedAttempts ?? DEFAULT_SETTINGS.maxFailedAttempts;
    const a: LoginAttempts = kf.attempts[login] ?? { failed: 0, lockouts: 0, lockedUntil: null };
    a.failed += 1;
    kf.pendingEvents.push({ at: now.toISOString(), action: 'auth.failed', login, detail: { failed: a.failed } });
    if (a.failed >= max) {
      a.lockouts += 1;
      a.failed = 0;
      a.lockedUntil = new Date(now.getTime() + lockoutDurationMs(a.lockouts)).toISOString();
      lockedUntil = a.lockedUntil;
      kf.pendingEvents.push({ at: now.toISOString(), action: 'auth.lockout', login, detail: { lockouts: a.lockouts, until: a.lockedUntil } });
    }
    kf.attempts[login] = a;
  });
  return lockedUntil;
}

/**
 * R-IT-1: a slot whose KDF parameters are below the current floor (e.g. written before cost was
 * calibrated) is re-wrapped with calibrated parameters under the password just typed, and the
 * user's signing key re-sealed under the new KEK, as a password change does. Only when new slots
 * are calibrated (fixed test parameters leave slots alone). Returns the KEK the session keeps.
 */
async function upgradeSlotKdf(
  ctx: AppContext,
  vault: Vault,
  user: { id: number; login: string; display_name: string },
  old: KeySlot,
  kek: Buffer,
  password: string,
): Promise<Buffer> {
  if (!isCalibrated(ctx) || !belowFloor(old.kdf.params)) return kek;
  let next: Awaited<ReturnType<typeof prepareUserSlot>>;
  try {
    next = await prepareUserSlot(vault, user.login, password);
  } catch (e) {
    // nothing written yet: sign in with the old slot, try again next time
    console.error('[auth] KDF upgrade skipped', e);
    return kek;
  }
  try {
    vault.tx((w) => {
      const key = activeKey(vault.db, user.id);
      if (key) {
        const rewrapped = rewrapSigningKey(user.id, key.wrapped, kek, next.kek);
        if (!rewrapped) throw new DomainError('INTERNAL', 'signing key does not open with the slot key');
        vault.db.prepare('UPDATE user_keys SET wrapped_private_json = ? WHERE id = ?').run(JSON.stringify(rewrapped), key.id);
      }
      appendAudit(w, ctx.clock, {
        actorId: user.id,
        actorName: user.display_name,
        action: 'auth.kdfUpgrade',
        entity: 'user',
        entityId: user.id,
        detail: { from: old.kdf.params, to: next.slot.kdf.params, keyId: key?.id ?? null },
      });
    });
    installUserSlot(vault, user.id, next.slot);
  } catch (e) {
    next.kek.fill(0);
    throw e;
  }
  kek.fill(0);
  return next.kek;
}

export async function signIn(ctx: AppContext, loginInput: string, password: string): Promise<SessionInfo> {
  if (!Vault.exists(ctx.dir)) throw new DomainError('VAULT_MISSING', 'no vault');
  const login = loginInput.trim().toLowerCase();
  const kf = readKeyFile(ctx.dir);
  if (kf.recoveryPending) throw new DomainError('VAULT_LOCKED', 'confirm the recovery code first', { recoveryPending: true });
  const now = ctx.clock.now();
  const locked = kf.attempts[login]?.lockedUntil;
  if (locked && new Date(locked) > now) throw new DomainError('LOCKED_OUT', `locked until ${locked}`, { until: locked });

  // One session at a time: a new sign-in ends (and checkpoints) the current one.
  if (ctx.session || ctx.vault) await endSession(ctx, 'signOut');

  const un = await Vault.unlockWithPassword(ctx.dir, login, password, vaultOptions(ctx));
  if (!un) {
    const until = recordFailure(ctx, login);
    if (until) throw new DomainError('LOCKED_OUT', `locked until ${until}`, { until });
    throw new DomainError('WRONG_PASSWORD', 'wrong login or password');
  }
  const { vault } = un;
  let kek = un.kek;
  try {
    const problems = checkRollback(vault.db, kf);
    if (problems.length) throw new DomainError('TAMPERED', problems.join('; '), { problems });
    runVaultUpkeep(vault, ctx.clock); // e.g. a new rules version in force from today: acknowledged again below
    const user = findUserByLogin(vault.db, login);
    if (!user || user.id !== un.userId) throw new DomainError('WRONG_PASSWORD', 'slot without user');

    // Security events from while the vault was closed go into the trail first, then this sign-in.
    const pending = readKeyFile(ctx.dir).pendingEvents;
    const at = now.toISOString();
    vault.tx((w) => {
      for (const ev of pending) {
        // keys.json is a file: an action this version does not declare (a newer version's, or a
        // tampered file) is still recorded, under its own code in the detail, never dropped
        const action = isAuditAction(ev.action) ? ev.action : 'vault.pendingEvent';
        const detail = action === ev.action ? ev.detail : { ...ev.detail, action: ev.action };
        const object = ev.entity === undefined ? { entity: 'auth', entityId: ev.login } : { entity: ev.entity, entityId: ev.entityId ?? null };
        appendAudit(w, ctx.clock, { actorId: null, actorName: ev.login || null, action, ...object, detail, at: ev.at });
      }
      if (user.disabled) {
        appendAudit(w, ctx.clock, { actorId: user.id, actorName: user.display_name, action: 'auth.disabledSignIn', entity: 'user', entityId: user.id });
      } else {
        vault.db.prepare('UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(at, user.id);
        appendAudit(w, ctx.clock, { actorId: user.id, actorName: user.display_name, action: 'auth.signIn', entity: 'user', entityId: user.id });
      }
    });
    updateKeyFile(ctx.dir, (k) => {
      // drop exactly the events just appended (none can have been added meanwhile: same process)
      k.pendingEvents = k.pendingEvents.slice(pending.length);
      delete k.attempts[login];
      if (!user.disabled) k.lastLogin = login;
    });
    if (user.disabled) throw new DomainError('ACCOUNT_DISABLED', 'account disabled');
    kek = await upgradeSlotKdf(ctx, vault, user, un.slot, kek, password);

    const session: Session = {
      userId: user.id,
      login: user.login,
      displayName: user.display_name,
      roles: rolesOf(user),
      signedInAt: at,
      lastActivityAt: now.getTime(),
      rulesAcknowledged: user.rules_ack_at !== null,
      kek,
    };
    ctx.vault = vault;
    ctx.session = session;
    return sessionInfo(vault, session);
  } catch (e) {
    vault.close();
    kek.fill(0);
    throw e;
  }
}
