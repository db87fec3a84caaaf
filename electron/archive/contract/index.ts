// The archive domain's part of the contract (pure: the renderer bundles it).
import { defineContractPart } from '../../contract/domain';
import { archiveCalls } from './calls';
import { attachmentCalls } from './attachments';
import { importCalls } from './import';
import { archiveAuditActions } from './audit-actions';
import { archiveMessages } from './messages';

export const archiveContract = defineContractPart({
  name: 'archive',
  calls: { ...archiveCalls, ...attachmentCalls, ...importCalls },
  messages: archiveMessages,
  auditActions: archiveAuditActions,
});
