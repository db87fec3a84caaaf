// Handlers for the 'users' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const usersHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
