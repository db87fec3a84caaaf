// People & sessions, main-process entry: vault lifecycle, sign-in, users, signatures.
import { defineDomain } from '../core/domain';
import { printRegister } from '../print/print-register';
import { peopleContract } from './contract';
import { authHandlers } from './handlers/auth';
import { signaturesHandlers } from './handlers/signatures';
import { usersHandlers } from './handlers/users';
import { vaultHandlers } from './handlers/vault';
import { buildUsersRegister } from './registers/users-register';
import { requireSession } from './sessionInfo';

export const peopleDomain = defineDomain({
  contract: peopleContract,
  handlers: {
    ...vaultHandlers,
    ...authHandlers,
    ...usersHandlers,
    ...signaturesHandlers,
    // registers print in Chinese (the room's paper language) whatever the UI language
    'users.print': async (i, ctx) => {
      const { vault, session } = requireSession(ctx);
      const spec = buildUsersRegister(vault, { locale: 'zh-CN', printedBy: session.displayName, now: ctx.clock.now() });
      return printRegister(ctx, vault, session, spec, i.target);
    },
  },
});
