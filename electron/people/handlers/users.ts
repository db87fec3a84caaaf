// Handlers for the 'users' part of the contract (sysAdmin; list also auditor/securityOfficer).
// 'users.print' is in the domain entry (people/index.ts) with the register it prints.
import type { HandlerPart } from '../../core/handlers';
import { createUser, listUsers, resetPassword, unlockUser, updateUser } from '../users';

export const usersHandlers: Omit<HandlerPart<'users'>, 'users.print'> = {
  'users.list': (_i, cx) => listUsers(cx.vault),
  // an account the administrator creates must set its own password at first sign-in
  'users.create': (i, cx) => createUser(cx.vault, cx.clock, cx.actor, { ...i, mustChangePassword: true }),
  'users.update': (i, cx) => void updateUser(cx.vault, cx.clock, cx.actor, i),
  'users.resetPassword': (i, cx) => resetPassword(cx.vault, cx.clock, cx.actor, i.id, i.password),
  'users.unlock': (i, cx) => void unlockUser(cx.vault, cx.clock, cx.actor, i.id),
};
