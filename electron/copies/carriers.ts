// R-SEC-4 designated carriers (policy 'copies.carriers', a settings row of its own): the roles
// and the named people who may carry files out of the room. The security officer edits it; the
// default names nobody, so no file leaves until someone is designated.
import { appendAudit } from '../audit/append';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql } from '../vault/sql';
import type { Vault } from '../vault/vault';
import type { Role } from '../contract/roles';
import { DomainError } from '../contract/result';
import { carriersPolicySchema, type CarriersPolicy } from './contract/calls';

export const CARRIERS_KEY = 'copies.carriers';
export const DEFAULT_CARRIERS: CarriersPolicy = { roles: [], userIds: [] };

export function getCarriers(db: Db): CarriersPolicy {
  const json = reader(db).value<string>(sql`SELECT value_json FROM settings WHERE key = ${CARRIERS_KEY}`);
  if (!json) return DEFAULT_CARRIERS;
  const parsed = carriersPolicySchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : DEFAULT_CARRIERS;
}

interface UserRow {
  id: number;
  displayName: string;
  login: string;
  disabled: number;
  rolesJson: string;
}

const activeUsers = (db: Db) =>
  reader(db)
    .all<UserRow>(sql`SELECT id, display_name, login, disabled, roles_json FROM users WHERE disabled = 0 ORDER BY id`)
    .map((u) => ({ ...u, roles: JSON.parse(u.rolesJson) as Role[] }));

/** The active business staff (whom the security officer may designate). */
export function carrierCandidates(db: Db): { id: number; name: string; login: string; roles: Role[] }[] {
  return activeUsers(db)
    .filter((u) => !u.roles.some((r) => ['sysAdmin', 'securityOfficer', 'auditor'].includes(r)))
    .map((u) => ({ id: u.id, name: u.displayName, login: u.login, roles: u.roles }));
}

/** Everyone the policy designates (by role or by name), active accounts only. */
export function carrierPeople(db: Db): { id: number; name: string; login: string }[] {
  const p = getCarriers(db);
  return activeUsers(db)
    .filter((u) => p.userIds.includes(u.id) || u.roles.some((r) => p.roles.includes(r)))
    .map((u) => ({ id: u.id, name: u.displayName, login: u.login }));
}

export const isCarrier = (db: Db, userId: number): boolean => carrierPeople(db).some((p) => p.id === userId);

export function setCarriers(vault: Vault, clock: Clock, actor: Actor, next: CarriersPolicy): CarriersPolicy {
  return vault.write((w) => {
    const before = getCarriers(vault.db);
    for (const id of next.userIds) {
      if (!w.value(sql`SELECT 1 FROM users WHERE id = ${id}`)) throw new DomainError('NOT_FOUND', `user ${id} not found`);
    }
    w.run(sql`INSERT INTO settings(key, value_json) VALUES (${CARRIERS_KEY}, ${JSON.stringify(next)})
              ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.carriers.update',
      entity: 'settings',
      entityId: CARRIERS_KEY,
      detail: { before, after: next },
    });
    return next;
  });
}
