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
