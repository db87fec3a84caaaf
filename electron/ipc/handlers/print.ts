// Handlers for the 'print' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const printHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
