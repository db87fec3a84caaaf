// Handlers for attachments.* (scanned files on archive items): one domain function each; the
// domain owns the content gate, the transaction and the audit entry.
import type { CallName } from '../../contract';
import type { Handler } from '../../core/handlers';
import { saveAttachment } from '../attachment-save';
import { addAttachment, listAttachments, readAttachment, withdrawAttachment } from '../attachments';
import type { attachmentCalls } from '../contract/attachments';

type AttachmentCallName = Extract<CallName, keyof typeof attachmentCalls>;

export const attachmentHandlers: { [N in AttachmentCallName]: Handler<N> } = {
  'attachments.add': (input, cx) => addAttachment(cx.vault, cx.clock, cx.actor, input),
  'attachments.list': ({ itemId, includeWithdrawn }, cx) => listAttachments(cx.vault, cx.clock, cx.actor, itemId, includeWithdrawn ?? false),
  'attachments.get': ({ id }, cx) => readAttachment(cx.vault, cx.clock, cx.actor, id),
  'attachments.save': ({ id }, cx) => saveAttachment(cx, id),
  'attachments.withdraw': ({ id, reason }, cx) => withdrawAttachment(cx.vault, cx.clock, cx.actor, id, reason),
};
