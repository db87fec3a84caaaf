// Handlers for the 'auth' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const authHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
