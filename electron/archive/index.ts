// The archive domain, main-process entry: customers, archives, items, locations, custody,
// search, attachments, import/export, the index register and labels.
import { defineDomain } from '../core/domain';
import { archiveContract } from './contract';
import { archiveHandlers } from './handlers/archive';
import { attachmentHandlers } from './handlers/attachments';
import { importHandlers } from './handlers/import';
import { archiveEntityNames } from './auditNames';
import { seedArchiveDemo } from './demo';
import { handoverRecordType } from './handover';
import { forgetImportJobs } from './import/importJob';

export const archiveDomain = defineDomain({
  contract: archiveContract,
  handlers: { ...archiveHandlers, ...attachmentHandlers, ...importHandlers },
  recordTypes: { handover: handoverRecordType },
  demo: seedArchiveDemo,
  onSessionEnd: forgetImportJobs,
  entityNames: archiveEntityNames,
});

// the content gate's extension point (R-USE-1): later domains (access grants) register here
export { registerContentGrant, type ContentGrant, type ContentGrantProvider, type ContentView } from './contentGrants';
export type { Viewer } from './items';

// custody and shelf positions for the loans domain (R-LOAN-1): issue and return change custody
// state and shelf positions only through these
export { recordCustodyEvent, deriveCustodyState } from './custody';
export { locationRef, placeItem, proposeSlot } from './locations';
export { itemArchiveNo } from './contract/itemNumber';
// a saved attachment is a copy (R-SEC-3): the copies domain registers the export policy here
export { registerExportPolicy, type AttachmentExport, type ExportPlan, type ExportPolicy } from './exportPolicy';
