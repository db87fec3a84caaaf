// Handlers for the 'settings' part of the contract.
import type { HandlerPart } from '../core/handlers';
import { getSettings, updateSettings } from './settings';

export const settingsHandlers: HandlerPart<'settings'> = {
  'settings.get': (_i, cx) => getSettings(cx.db),
  'settings.update': (i, cx) => updateSettings(cx.vault, cx.clock, cx.actor, i),
};
