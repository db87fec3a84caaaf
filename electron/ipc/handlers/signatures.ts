// Handlers for the 'signatures' part of the contract.
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';

export const signaturesHandlers: Partial<{ [N in CallName]: Handler<N> }> = {};
