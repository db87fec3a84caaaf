// Handlers for the 'backup' part of the contract.
import type { HandlerPart } from '../core/handlers';
import { backupProgress, backupStatus, checkBackup, createBackup, restoreBackup } from './backup';

export const backupHandlers: HandlerPart<'backup'> = {
  'backup.status': (_i, cx) => backupStatus(cx),
  'backup.create': (_i, cx) => createBackup(cx),
  'backup.progress': () => backupProgress(),
  'backup.check': (_i, cx) => checkBackup(cx),
  'backup.restore': (i, cx) => restoreBackup(cx, i),
};
