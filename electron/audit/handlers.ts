// Handlers for the 'audit' part of the contract (audit.print lives with the print handlers).
import type { HandlerTable } from '../core/handlers';
import { auditActions, listAudit } from './query';
import { verifyOpenVault } from './verify';
import { recordVerification } from './verifications';
import { actorOf, requireSession } from '../people/sessionInfo';

export const auditHandlers: Pick<HandlerTable, 'audit.list' | 'audit.actions' | 'audit.verify'> = {
  'audit.list': (i, ctx) => listAudit(requireSession(ctx).vault.db, i.filter, i.offset, i.limit),
  'audit.actions': (_i, ctx) => auditActions(requireSession(ctx).vault.db),
  'audit.verify': (_i, ctx) => {
    const { vault, session } = requireSession(ctx);
    const report = verifyOpenVault(vault, { clock: ctx.clock, locale: ctx.locale ?? 'zh-CN' });
    const id = recordVerification(vault, ctx.clock, actorOf(session), report, 'app');
    return { ...report, id };
  },
};
