// Handlers for the repair calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { registerRegisterSource } from '../print/page-marks';
import type { repairCalls } from './contract/calls';
import { REPAIR_REGISTER_CODE, buildRepairRegister } from './registers/repair-register';
import { createRepair, finishRepair, listRepairs, repairCounts, startRepair } from './repairs';

type RepairCallName = Extract<CallName, keyof typeof repairCalls>;

export const repairHandlers: { [N in RepairCallName]: Handler<N> } = {
  'repairs.list': (input, cx) => listRepairs(cx.db, input),
  'repairs.counts': (_input, cx) => repairCounts(cx.db),
  'repairs.create': (input, cx) => createRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.start': (input, cx) => startRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.finish': (input, cx) => finishRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.print': ({ filter, target }, cx) => printRegister(cx, buildRepairRegister(cx.vault, filter, registerMeta(cx)), target, { filter }),
};

// print verification: the register built again from what it was printed from
registerRegisterSource(REPAIR_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildRepairRegister(vault, (p as { filter: Parameters<typeof buildRepairRegister>[1] }).filter, opts),
  rowKey: (row) => String(row.no),
});
