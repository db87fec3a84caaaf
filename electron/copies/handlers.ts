// Handlers for the copies calls: one domain function each (the domain owns the transaction and
// the audit entry); the print calls build their register and hand it to the one register printer.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import { approvedRequests } from './approved';
import { carrierCandidates, carrierPeople, getCarriers, setCarriers } from './carriers';
import { depart, listCarryOuts, returnCarryOut } from './carry-outs';
import type { copiesCalls } from './contract/calls';
import { listCopies, recordCopies, setCopyState } from './copies';
import { listProvisions, recordProvision } from './provisions';
import { buildCarryOutRegister, buildCopyRegister, buildProvisionRegister } from './registers';

type CopiesCallName = Extract<CallName, keyof typeof copiesCalls>;

export const copiesHandlers: { [N in CopiesCallName]: Handler<N> } = {
  'copies.list': (filter, cx) => listCopies(cx.db, filter),
  'copies.record': (input, cx) => recordCopies(cx.vault, cx.clock, cx.actor, input),
  'copies.setState': (input, cx) => setCopyState(cx.vault, cx.clock, cx.actor, input),
  'copies.print': ({ target }, cx) => printRegister(cx, buildCopyRegister(cx.vault, registerMeta(cx)), target, {}),
  'copies.approved': ({ type }, cx) => approvedRequests(cx.db, type),

  'carryOuts.list': (filter, cx) => listCarryOuts(cx.db, cx.clock, filter),
  'carryOuts.depart': (input, cx) => depart(cx.app, cx.vault, cx.clock, cx.actor, input),
  'carryOuts.return': (input, cx) => returnCarryOut(cx.vault, cx.clock, cx.actor, input),
  'carryOuts.print': ({ target }, cx) => printRegister(cx, buildCarryOutRegister(cx.vault, cx.clock, registerMeta(cx)), target, {}),
  'carryOuts.carriers': (_input, cx) => ({ ...getCarriers(cx.db), people: carrierPeople(cx.db), candidates: carrierCandidates(cx.db) }),
  'carryOuts.setCarriers': (input, cx) => setCarriers(cx.vault, cx.clock, cx.actor, input),

  'provisions.list': (filter, cx) => listProvisions(cx.db, filter),
  'provisions.record': (input, cx) => recordProvision(cx.vault, cx.clock, cx.actor, input),
  'provisions.print': ({ target }, cx) => printRegister(cx, buildProvisionRegister(cx.vault, registerMeta(cx)), target, {}),
};

// print verification: the three registers built again (as at the print time); a copy is its
// request/grant, item and copy number, a carry-out or provision its request number
registerRegisterSource('copies', {
  rebuild: (vault, _p, opts) => buildCopyRegister(vault, opts),
  rowKey: (r) => `${String(r.refNo)} ${String(r.archiveNo)} ${String(r.copyNo)}`,
});
registerRegisterSource('carryOuts', {
  rebuild: (vault, _p, opts) => buildCarryOutRegister(vault, { now: () => opts.now }, opts),
  rowKey: (r) => String(r.requestNo),
});
registerRegisterSource('provisions', { rebuild: (vault, _p, opts) => buildProvisionRegister(vault, opts), rowKey: (r) => String(r.requestNo) });
