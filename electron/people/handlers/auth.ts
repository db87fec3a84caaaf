// Handlers for the 'auth' part of the contract: sign-in, sessions, rules, own password.
import type { HandlerPart } from '../../core/handlers';
import { acknowledgeRules, changePassword, endSession } from '../session';
import { rulesInForce } from '../rules';
import { signIn } from '../signIn';

export const authHandlers: HandlerPart<'auth'> = {
  'auth.signIn': (i, ctx) => signIn(ctx, i.login, i.password),
  'auth.signOut': (_i, cx) => endSession(cx.app, 'signOut'),
  'auth.lock': (_i, cx) => endSession(cx.app, 'lock'),
  // the dispatcher already stamped lastActivityAt for this call: nothing else to do
  'auth.touch': () => undefined,
  'auth.rulesText': (_i, cx) => rulesInForce(cx.db),
  'auth.acknowledgeRules': (_i, cx) => acknowledgeRules(cx.app),
  'auth.changePassword': (i, cx) => changePassword(cx.app, i.oldPassword, i.password),
};
