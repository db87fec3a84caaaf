// Handlers for the 'audit' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const auditHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
