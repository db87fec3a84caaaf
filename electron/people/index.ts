// People & sessions, main-process entry: vault lifecycle, sign-in, users, signatures.
import { defineDomain } from '../core/domain';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import { peopleContract } from './contract';
import { authHandlers } from './handlers/auth';
import { signaturesHandlers } from './handlers/signatures';
import { usersHandlers } from './handlers/users';
import { vaultHandlers } from './handlers/vault';
import { USERS_REGISTER_CODE, buildUsersRegister } from './registers/users-register';

export const peopleDomain = defineDomain({
  contract: peopleContract,
  handlers: {
    ...vaultHandlers,
    ...authHandlers,
    ...usersHandlers,
    ...signaturesHandlers,
    'print.showInFolder': async (i, cx) => ({ shown: (await cx.app.printer.showInFolder?.(i.path)) ?? false }),
    'users.print': (i, cx) => printRegister(cx, buildUsersRegister(cx.vault, registerMeta(cx)), i.target, {}),
  },
});

// print verification: the user register built again; a user is their login
registerRegisterSource(USERS_REGISTER_CODE, { rebuild: (vault, _p, opts) => buildUsersRegister(vault, opts), rowKey: (row) => String(row.login) });
