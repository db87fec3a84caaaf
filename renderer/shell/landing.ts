// The first screen after sign-in fits the role: the auditor lands on 审计记录, the security officer
// on 设置, the business roles on the dashboard (R-ARCH-2), anyone else on the first page of their menu.
import type { Role } from '../../electron/contract/roles';

const LANDING: Partial<Record<Role, string>> = { auditor: 'audit', securityOfficer: 'settings' };

export function landingPage(roles: readonly Role[], visible: readonly string[]): string {
  for (const r of roles) {
    const k = LANDING[r];
    if (k && visible.includes(k)) return k;
  }
  if (visible.includes('dashboard')) return 'dashboard';
  return visible[0]!;
}
