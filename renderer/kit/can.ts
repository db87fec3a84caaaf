// Who may make a call is stated once, in the contract's access lists; screens and the menu ask
// `useCan(call)` instead of copying role lists (which drift from what main enforces).
import type { Access, CallName } from '../../electron/contract';
import { accessAllows, contract } from '../../electron/contract';
import type { Role } from '../../electron/contract/roles';
import { useSession } from '../session';

/** The dispatcher's own rule (accessAllows), for a signed-in member: test/unit/renderer-kit checks they agree for every call and role. */
export function canCall(roles: readonly Role[], name: CallName): boolean {
  return accessAllows(contract[name].access as Access, roles);
}

export function useCan(name: CallName): boolean {
  return canCall(useSession().session.roles, name);
}
