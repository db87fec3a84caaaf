// Handlers for attachments.* (scanned files on archive items): unpack the session, call one
// domain function; the domain owns the gate, the transaction and the audit entry.
import type { AppContext } from '../../core/context';
import { addAttachment, listAttachments, readAttachment, withdrawAttachment } from '../attachments';
import { actorOf, requireSession } from '../../people/sessionInfo';
import type { CallName } from '../../contract';
import type { attachmentCalls } from '../contract/attachments';
import type { Handler } from '../../core/handlers';

type AttachmentCallName = Extract<CallName, keyof typeof attachmentCalls>;

function who(ctx: AppContext) {
  const { vault, session } = requireSession(ctx);
  return { vault, viewer: { ...actorOf(session), roles: session.roles } };
}

export const attachmentHandlers: { [N in AttachmentCallName]: Handler<N> } = {
  'attachments.add': (input, ctx) => {
    const { vault, viewer } = who(ctx);
    return addAttachment(vault, ctx.clock, viewer, input);
  },
  'attachments.list': ({ itemId, includeWithdrawn }, ctx) => {
    const { vault, viewer } = who(ctx);
    return listAttachments(vault, ctx.clock, viewer, itemId, includeWithdrawn ?? false);
  },
  'attachments.get': ({ id }, ctx) => {
    const { vault, viewer } = who(ctx);
    return readAttachment(vault, ctx.clock, viewer, id);
  },
  'attachments.withdraw': ({ id, reason }, ctx) => {
    const { vault, viewer } = who(ctx);
    return withdrawAttachment(vault, ctx.clock, viewer, id, reason);
  },
};
