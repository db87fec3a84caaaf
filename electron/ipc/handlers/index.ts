// Assembles the full handler table from the per-domain parts.
import { CALL_NAMES } from '../../contract';
import type { HandlerTable } from '../handlers';
import { archiveHandlers } from './archive';
import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { importHandlers } from './import';
import { printHandlers } from './print';
import { settingsHandlers } from './settings';
import { signaturesHandlers } from './signatures';
import { usersHandlers } from './users';
import { vaultHandlers } from './vault';

export function buildHandlerTable(): HandlerTable {
  const table: HandlerTable = {
    ...vaultHandlers,
    ...authHandlers,
    ...usersHandlers,
    ...signaturesHandlers,
    ...auditHandlers,
    ...settingsHandlers,
    ...printHandlers,
    ...archiveHandlers,
    ...attachmentHandlers,
    ...importHandlers,
  };
  // The type above already makes a missing handler a compile error; this guards against a
  // part typed too loosely (Partial) slipping through.
  const missing = CALL_NAMES.filter((n) => typeof table[n] !== 'function');
  if (missing.length) throw new Error(`handlers missing for: ${missing.join(', ')}`);
  return table;
}
