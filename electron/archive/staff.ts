// The people archive forms pick from (designated custodian, relationship owner). Operators may
// not read the user register (三员分立), so this returns only names and business roles.
import type { StaffRow } from './contract/calls';
import { BUSINESS_ROLES, type Role } from '../contract/roles';
import type { Db } from '../vault/db';

export function listStaff(db: Db): StaffRow[] {
  const rows = db.prepare('SELECT id, login, display_name, roles_json FROM users WHERE disabled = 0 ORDER BY id').all() as {
    id: number;
    login: string;
    display_name: string;
    roles_json: string;
  }[];
  const business = new Set<Role>(BUSINESS_ROLES);
  return rows
    .map((r) => ({ id: r.id, login: r.login, displayName: r.display_name, roles: (JSON.parse(r.roles_json) as Role[]).filter((x) => business.has(x)) }))
    .filter((r) => r.roles.length > 0);
}
