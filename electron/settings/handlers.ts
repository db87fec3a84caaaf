// Handlers for the 'settings' part of the contract.
import type { HandlerPart } from '../core/handlers';
import { getSettings, updateSettings } from './settings';
import { actorOf, requireSession } from '../people/sessionInfo';

export const settingsHandlers: HandlerPart<'settings'> = {
  'settings.get': (_i, ctx) => getSettings(requireSession(ctx).vault.db),
  'settings.update': (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    return updateSettings(vault, ctx.clock, actorOf(session), i);
  },
};
