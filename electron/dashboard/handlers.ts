// Handlers for the dashboard calls: one domain function each (all read only; a printout is
// audited by the register printer).
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { dashboardAggregate } from './aggregate';
import type { dashboardCalls } from './contract/calls';
import { drillRows } from './drill';
import { dashboardSummary } from './figures';
import { buildDashboardRegister } from './registers/dashboard-register';

type DashboardCallName = Extract<CallName, keyof typeof dashboardCalls>;

export const dashboardHandlers: { [N in DashboardCallName]: Handler<N> } = {
  'dashboard.summary': (_input, cx) => dashboardSummary(cx.vault, cx.clock, cx.actor),
  'dashboard.aggregate': ({ chart }, cx) => dashboardAggregate(cx.db, cx.clock, chart),
  'dashboard.drill': ({ drill }, cx) => drillRows(cx.db, cx.clock, drill),
  'dashboard.print': ({ target }, cx) =>
    printRegister(cx, buildDashboardRegister(cx.vault, cx.clock, dashboardSummary(cx.vault, cx.clock, cx.actor), registerMeta(cx)), target),
};
