// The audit trail, main-process entry.
import { defineDomain } from '../core/domain';
import { printRegister } from '../print/print-register';
import { requireSession } from '../people/sessionInfo';
import { auditContract } from './contract';
import { auditHandlers } from './handlers';
import { buildAuditRegister } from './registers/audit-register';

export const auditDomain = defineDomain({
  contract: auditContract,
  handlers: {
    ...auditHandlers,
    // registers print in Chinese (the room's paper language) whatever the UI language
    'audit.print': async (i, ctx) => {
      const { vault, session } = requireSession(ctx);
      const spec = buildAuditRegister(vault, i.filter, { locale: 'zh-CN', printedBy: session.displayName, now: ctx.clock.now() });
      return printRegister(ctx, vault, session, spec, i.target);
    },
  },
});
