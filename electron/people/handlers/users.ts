// Handlers for the 'users' part of the contract (sysAdmin; list also auditor/securityOfficer).
// 'users.print' belongs to the print pipeline (printHandlers): it renders listUsers() as a register.
import type { HandlerPart } from '../../core/handlers';
import { actorOf, requireSession } from '../sessionInfo';
import { createUser, listUsers, resetPassword, unlockUser, updateUser } from '../users';

export const usersHandlers: Omit<HandlerPart<'users'>, 'users.print'> = {
  'users.list': (_i, ctx) => listUsers(requireSession(ctx).vault),
  'users.create': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    return createUser(vault, ctx.clock, actorOf(session), { ...i, mustChangePassword: true });
  },
  'users.update': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    updateUser(vault, ctx.clock, actorOf(session), i);
  },
  'users.resetPassword': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    return resetPassword(vault, ctx.clock, actorOf(session), i.id, i.password);
  },
  'users.unlock': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    unlockUser(vault, ctx.clock, actorOf(session), i.id);
  },
};
