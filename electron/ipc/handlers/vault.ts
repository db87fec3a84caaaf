// Handlers for the 'vault' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const vaultHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
