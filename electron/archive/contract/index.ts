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
  entities: {
    customer: { zh: '客户', en: 'Customer' },
    archive: { zh: '客户档案', en: 'Customer archive' },
    item: { zh: '档案材料', en: 'Archive item' },
    attachment: { zh: '附件', en: 'Attachment' },
    room: { zh: '库房', en: 'Room' },
    cabinet: { zh: '柜', en: 'Cabinet' },
    handover: { zh: '交接', en: 'Handover' },
    index: { zh: '档案索引', en: 'Index' },
    labels: { zh: '档案标签', en: 'Labels' },
  },
});
