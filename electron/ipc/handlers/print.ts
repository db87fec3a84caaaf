// Handlers for printing registers: 'audit.print' and 'users.print'. Registers are printed in
// Chinese (the language of the room's paper records) whatever the UI language.
import type { HandlerTable } from '../handlers';
import { requireSession } from '../../auth/sessionInfo';
import { printRegister } from '../../print/print-register';
import { buildAuditRegister } from '../../print/registers/audit-register';
import { buildUsersRegister } from '../../print/registers/users-register';

const LOCALE = 'zh-CN';

export const printHandlers: Pick<HandlerTable, 'audit.print' | 'users.print'> = {
  'audit.print': async (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    const spec = buildAuditRegister(vault, i.filter, { locale: LOCALE, printedBy: session.displayName, now: ctx.clock.now() });
    return printRegister(ctx, vault, session, spec, i.target);
  },
  'users.print': async (i, ctx) => {
    const { vault, session } = requireSession(ctx);
    const spec = buildUsersRegister(vault, { locale: LOCALE, printedBy: session.displayName, now: ctx.clock.now() });
    return printRegister(ctx, vault, session, spec, i.target);
  },
};
