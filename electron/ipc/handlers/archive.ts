// Handlers for the archive calls (customers.*, items.*, locations.*, archive.*). Placeholder
// while the domain lands: every call answers INTERNAL instead of crashing the table.
import { DomainError } from '../../contract/result';
import type { Handler } from '../handlers';
import type { CallName } from '../../contract';
import { archiveCalls } from '../../contract/archive';

type ArchiveCallName = Extract<CallName, keyof typeof archiveCalls>;
const notYet = () => {
  throw new DomainError('INTERNAL', 'not implemented yet');
};
export const archiveHandlers = Object.fromEntries(Object.keys(archiveCalls).map((n) => [n, notYet])) as unknown as {
  [N in ArchiveCallName]: Handler<N>;
};
