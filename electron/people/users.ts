// People and roles (三员分立). Every change appends its audit entry in the same transaction;
// the key slot is written to keys.json only after the rows committed (see userKeys.ts).
import { DomainError } from '../contract/result';
import { roleSetProblem, type Role } from '../contract/roles';
import type { UserRow } from '../contract/types';
import { appendAudit } from '../audit/append';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';
import { fingerprint } from './ed25519';
import { activeKey, insertSigningKey, installUserSlot, prepareUserSlot, retireSigningKeys } from './userKeys';

/** Who does something: recorded in the audit trail. null id = the system / an unauthenticated caller. */
export interface Actor {
  id: number | null;
  name: string | null;
}

export interface UserRecord {
  id: number;
  login: string;
  display_name: string;
  roles_json: string;
  disabled: number;
  created_at: string;
  last_sign_in_at: string | null;
  rules_ack_at: string | null;
  must_change_password: number;
}

export const rolesOf = (u: UserRecord): Role[] => JSON.parse(u.roles_json) as Role[];

export function findUserByLogin(db: Db, login: string): UserRecord | null {
  return (db.prepare('SELECT * FROM users WHERE login = ?').get(login.trim()) as UserRecord | undefined) ?? null;
}

export function getUser(db: Db, id: number): UserRecord {
  const u = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRecord | undefined;
  if (!u) throw new DomainError('NOT_FOUND', `user ${id} not found`);
  return u;
}

function assertRoles(roles: readonly Role[]): void {
  const problem = roleSetProblem(roles);
  if (problem) throw new DomainError('ROLE_CONFLICT', problem);
  if (new Set(roles).size !== roles.length) throw new DomainError('ROLE_CONFLICT', 'duplicate role');
}

export interface NewUserInput {
  login: string;
  displayName: string;
  roles: Role[];
  password: string;
  /** admin-created accounts must change the initial password at first sign-in */
  mustChangePassword?: boolean;
}

/** Creates a user with its key slot and signing key. Also used by setup and the CLI demo seeding. */
export async function createUser(vault: Vault, clock: Clock, actor: Actor, input: NewUserInput): Promise<{ id: number }> {
  // logins are case-insensitive; stored lower-case like the key slot that finds them
  const login = input.login.trim().toLowerCase();
  assertRoles(input.roles);
  if (findUserByLogin(vault.db, login)) throw new DomainError('DUPLICATE', 'v.loginTaken', { path: 'login', login });
  const { slot, kek } = await prepareUserSlot(vault, login, input.password);
  try {
    const id = vault.tx((w) => {
      if (findUserByLogin(vault.db, login)) throw new DomainError('DUPLICATE', 'v.loginTaken', { path: 'login', login });
      const now = clock.now().toISOString();
      const r = vault.db
        .prepare('INSERT INTO users(login, display_name, roles_json, created_at, must_change_password) VALUES (?, ?, ?, ?, ?)')
        .run(login, input.displayName.trim(), JSON.stringify(input.roles), now, input.mustChangePassword ? 1 : 0);
      const userId = Number(r.lastInsertRowid);
      const keyId = insertSigningKey(vault.db, userId, kek, now);
      appendAudit(w, clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'user.create',
        entity: 'user',
        entityId: userId,
        detail: { login, displayName: input.displayName.trim(), roles: input.roles, keyId },
      });
      return userId;
    });
    installUserSlot(vault, id, slot);
    return { id };
  } finally {
    kek.fill(0);
  }
}

function activeSysAdminIds(db: Db): number[] {
  const rows = db.prepare('SELECT * FROM users WHERE disabled = 0').all() as UserRecord[];
  return rows.filter((u) => rolesOf(u).includes('sysAdmin')).map((u) => u.id);
}

export interface UpdateUserInput {
  id: number;
  displayName: string;
  roles: Role[];
  disabled: boolean;
}

export function updateUser(vault: Vault, clock: Clock, actor: Actor, input: UpdateUserInput): void {
  assertRoles(input.roles);
  vault.tx((w) => {
    const before = getUser(vault.db, input.id);
    vault.db
      .prepare('UPDATE users SET display_name = ?, roles_json = ?, disabled = ? WHERE id = ?')
      .run(input.displayName.trim(), JSON.stringify(input.roles), input.disabled ? 1 : 0, input.id);
    // 三员分立 needs someone to administer accounts: never leave the vault without an active sysAdmin.
    if (activeSysAdminIds(vault.db).length === 0) {
      throw new DomainError('ROLE_CONFLICT', 'the last active system administrator cannot be disabled or demoted', { reason: 'lastSysAdmin' });
    }
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'user.update',
      entity: 'user',
      entityId: input.id,
      detail: {
        before: { displayName: before.display_name, roles: rolesOf(before), disabled: before.disabled === 1 },
        after: { displayName: input.displayName.trim(), roles: input.roles, disabled: input.disabled },
      },
    });
  });
}

/**
 * Gives the user a new slot AND a new signing key pair (the old private key is sealed under the
 * forgotten password, so it cannot be re-wrapped); the old key is retired, never deleted,
 * so signatures made with it still verify. Used by admin reset and by recovery.
 */
export async function rekeyUser(
  vault: Vault,
  clock: Clock,
  userId: number,
  password: string,
  audit: { actor: Actor; action: 'user.resetPassword' | 'auth.recover'; mustChangePassword: boolean; detail?: Record<string, unknown> },
): Promise<{ keyId: number }> {
  const user = getUser(vault.db, userId);
  const { slot, kek } = await prepareUserSlot(vault, user.login, password);
  try {
    const keyId = vault.tx((w) => {
      const now = clock.now().toISOString();
      retireSigningKeys(vault.db, userId, now);
      const keyId = insertSigningKey(vault.db, userId, kek, now);
      vault.db.prepare('UPDATE users SET must_change_password = ? WHERE id = ?').run(audit.mustChangePassword ? 1 : 0, userId);
      appendAudit(w, clock, {
        actorId: audit.actor.id,
        actorName: audit.actor.name,
        action: audit.action,
        entity: 'user',
        entityId: userId,
        detail: { login: user.login, keyId, ...audit.detail },
      });
      return keyId;
    });
    installUserSlot(vault, userId, slot);
    return { keyId };
  } finally {
    kek.fill(0);
  }
}

export async function resetPassword(vault: Vault, clock: Clock, actor: Actor, id: number, password: string): Promise<void> {
  await rekeyUser(vault, clock, id, password, { actor, action: 'user.resetPassword', mustChangePassword: true });
  clearLockout(vault, getUser(vault.db, id).login);
}

/** Lockout counters live in keys.json (sign-in reads them before the vault is open). */
export function clearLockout(vault: Vault, login: string): void {
  const key = login.toLowerCase();
  vault.updateKeyFile((kf) => {
    delete kf.attempts[key];
  });
}

export function unlockUser(vault: Vault, clock: Clock, actor: Actor, id: number): void {
  const user = getUser(vault.db, id);
  const before = vault.keyFile().attempts[user.login.toLowerCase()] ?? null;
  vault.tx((w) =>
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'user.unlock',
      entity: 'user',
      entityId: id,
      detail: { login: user.login, before },
    }),
  );
  clearLockout(vault, user.login);
}

export function listUsers(vault: Vault): UserRow[] {
  const attempts = vault.keyFile().attempts;
  const rows = vault.db.prepare('SELECT * FROM users ORDER BY id').all() as UserRecord[];
  return rows.map((u) => {
    const a = attempts[u.login.toLowerCase()];
    const key = activeKey(vault.db, u.id);
    return {
      id: u.id,
      login: u.login,
      displayName: u.display_name,
      roles: rolesOf(u),
      disabled: u.disabled === 1,
      createdAt: u.created_at,
      lastSignInAt: u.last_sign_in_at,
      lockedUntil: a?.lockedUntil ?? null,
      failedAttempts: a?.failed ?? 0,
      rulesAcknowledgedAt: u.rules_ack_at,
      publicKeyFingerprint: key ? fingerprint(key.public_key) : '',
    };
  });
}
