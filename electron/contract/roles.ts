import { z } from 'zod';

// Glossary roles. Admin roles follow 三员分立 (separation of the three administrators):
// each is exclusive — a user holding one holds no other role.
export const BUSINESS_ROLES = ['operator', 'devSpecialist', 'infoSupervisor', 'csManager', 'gm', 'custodian'] as const;
export const ADMIN_ROLES = ['sysAdmin', 'securityOfficer', 'auditor'] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export function isAdminRole(r: Role): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(r);
}

/** null when the set is valid, else the i18n key of the problem */
export function roleSetProblem(roles: readonly Role[]): string | null {
  if (roles.length === 0) return 'errors.rolesEmpty';
  const admin = roles.filter(isAdminRole);
  if (admin.length > 0 && roles.length > 1) return 'errors.adminRoleExclusive';
  return null;
}
