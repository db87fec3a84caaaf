// Handlers for the repair calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import type { repairCalls } from './contract/calls';
import { buildRepairRegister } from './registers/repair-register';
import { createRepair, finishRepair, listRepairs, repairCounts, startRepair } from './repairs';

type RepairCallName = Extract<CallName, keyof typeof repairCalls>;

export const repairHandlers: { [N in RepairCallName]: Handler<N> } = {
  'repairs.list': (input, cx) => listRepairs(cx.db, input),
  'repairs.counts': (_input, cx) => repairCounts(cx.db),
  'repairs.create': (input, cx) => createRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.start': (input, cx) => startRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.finish': (input, cx) => finishRepair(cx.vault, cx.clock, cx.actor, input),
  'repairs.print': ({ filter, target }, cx) => printRegister(cx, buildRepairRegister(cx.vault, filter, registerMeta(cx)), target),
};
