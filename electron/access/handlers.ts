// Handlers for the access calls: one domain function each (the domain owns the transaction and the audit entry).
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import { reader } from '../vault/sql';
import type { accessCalls } from './contract/calls';
import { endConsultation, registerRows, startConsultation } from './consultations';
import { endGrant, getGrant, listGrants } from './grants';
import { ACCESS_REGISTER_CODE, buildAccessRegister } from './registers/access-register';
import { requestAccess } from './request';

type AccessCallName = Extract<CallName, keyof typeof accessCalls>;

export const accessHandlers: { [N in AccessCallName]: Handler<N> } = {
  'access.request': (input, cx) => requestAccess(cx.vault, cx.clock, cx.actor, input),
  'access.grants': ({ state }, cx) => listGrants(cx.db, cx.clock, state),
  'access.grant': ({ id }, cx) => getGrant(cx.db, cx.clock, id),
  'access.endGrant': ({ id, reason }, cx) => endGrant(cx.vault, cx.clock, cx.actor, id, reason),
  'access.consultationStart': ({ grantId, remarks }, cx) => startConsultation(cx.vault, cx.clock, cx.actor, grantId, remarks),
  'access.consultationEnd': ({ id, remarks }, cx) => endConsultation(cx.vault, cx.clock, cx.actor, id, remarks),
  'access.register': ({ filter }, cx) => registerRows(reader(cx.db), filter),
  'access.printRegister': ({ filter, target }, cx) => printRegister(cx, buildAccessRegister(cx.vault, filter, registerMeta(cx)), target, { filter }),
};

// print verification: the register built again from what it was printed from; a consultation is
// its grant and time in (the printed 序号 is a position, which a filter renumbers)
registerRegisterSource(ACCESS_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildAccessRegister(vault, (p as { filter: Parameters<typeof buildAccessRegister>[1] }).filter, opts),
  rowKey: (row) => `${String(row.grant)} ${String(row.timeIn)}`,
});
