// Handlers for the 'auth' part of the contract: sign-in, sessions, rules, own password.
import type { HandlerPart } from '../../core/handlers';
import { signIn } from '../signIn';
import { acknowledgeRules, changePassword, endSession } from '../session';

export const authHandlers: HandlerPart<'auth'> = {
  'auth.signIn': (i, ctx) => signIn(ctx, i.login, i.password),
  'auth.signOut': (_i, ctx) => endSession(ctx, 'signOut'),
  'auth.lock': (_i, ctx) => endSession(ctx, 'lock'),
  // the dispatcher already stamped lastActivityAt for this call: nothing else to do
  'auth.touch': () => undefined,
  'auth.acknowledgeRules': (_i, ctx) => acknowledgeRules(ctx),
  'auth.changePassword': (i, ctx) => changePassword(ctx, i.oldPassword, i.password),
};
