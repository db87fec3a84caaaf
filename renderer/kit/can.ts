// Who may make a call is stated once, in the contract's access lists; screens and the menu ask
// `useCan(call)` instead of copying role lists (which drift from what main enforces).
import type { CallName } from '../../electron/contract';
import { contract } from '../../electron/contract';
import type { Role } from '../../electron/contract/roles';
import { useSession } from '../session';

/** The same rule as the dispatcher's role check, for a signed-in member. */
export function canCall(roles: readonly Role[], name: CallName): boolean {
  const access = contract[name].access as 'public' | 'session' | 'member' | readonly Role[];
  if (typeof access === 'string') return true;
  return access.some((r) => roles.includes(r));
}

export function useCan(name: CallName): boolean {
  return canCall(useSession().session.roles, name);
}
