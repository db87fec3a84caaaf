// Backup and restore from the app (R-IT-1), main-process entry.
import { defineDomain } from '../core/domain';
import { backupContract } from './contract';
import { backupRestoreRecordType, forgetChecks } from './backup';
import { backupHandlers } from './handlers';

export const backupDomain = defineDomain({
  contract: backupContract,
  handlers: backupHandlers,
  // a restore older than the keys.json checkpoint is signed by the security officer
  recordTypes: { backupRestore: backupRestoreRecordType },
  onSessionEnd: forgetChecks,
});
