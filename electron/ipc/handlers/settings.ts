// Handlers for the 'settings' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const settingsHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
