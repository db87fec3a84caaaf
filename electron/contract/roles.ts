import { z } from 'zod';
import type { Pair } from './domain';

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

/** Glossary names of the roles (shared/spec/glossary.md), zh-CN first; labels.ts re-exports them. */
export const ROLE_LABELS: Record<Role, Pair> = {
  operator: { zh: '信息管理专员', en: 'Archive operator (information specialist)' },
  devSpecialist: { zh: '客户开发专员', en: 'Customer development specialist' },
  infoSupervisor: { zh: '客户信息主管', en: 'Customer information supervisor' },
  csManager: { zh: '客户服务部经理', en: 'Customer-service manager' },
  gm: { zh: '总经理', en: 'General manager' },
  custodian: { zh: '指定保管人', en: 'Designated custodian' },
  sysAdmin: { zh: '系统管理员', en: 'System administrator' },
  securityOfficer: { zh: '安全保密员', en: 'Security officer' },
  auditor: { zh: '审计员', en: 'Auditor' },
};
