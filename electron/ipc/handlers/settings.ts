// Handlers for the 'settings' part of the contract.
import type { HandlerPart } from '../handlers';
import { getSettings, updateSettings } from '../../app/settings';
import { actorOf, requireSession } from '../../auth/sessionInfo';

export const settingsHandlers: HandlerPart<'settings'> = {
  'settings.get': (_i, ctx) => getSettings(requireSession(ctx).vault.db),
  'settings.update': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    return updateSettings(vault, ctx.clock, actorOf(session), i);
  },
};
