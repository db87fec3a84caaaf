// Handlers for the dashboard calls: one domain function each (all read only; a printout is
// audited by the register printer).
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import { dashboardAggregate } from './aggregate';
import type { dashboardCalls } from './contract/calls';
import { drillRows } from './drill';
import { dashboardSummary } from './figures';
import { DASHBOARD_REGISTER_CODE, buildDashboardRegister } from './registers/dashboard-register';
import { registerRegisterSource } from '../print/page-marks';

type DashboardCallName = Extract<CallName, keyof typeof dashboardCalls>;

export const dashboardHandlers: { [N in DashboardCallName]: Handler<N> } = {
  'dashboard.summary': (_input, cx) => dashboardSummary(cx.vault, cx.clock, cx.actor),
  'dashboard.aggregate': ({ chart }, cx) => dashboardAggregate(cx.db, cx.clock, chart, cx.locale === 'en' ? 'en' : 'zh'),
  'dashboard.drill': ({ drill }, cx) => drillRows(cx.db, cx.clock, drill),
  'dashboard.print': ({ target }, cx) => printRegister(cx, buildDashboardRegister(cx.vault, registerMeta(cx)), target, {}),
};

// print verification: the summary built again from the vault now; a row is its group and item
registerRegisterSource(DASHBOARD_REGISTER_CODE, {
  rebuild: (vault, _p, opts) => buildDashboardRegister(vault, opts),
  rowKey: (row) => `${String(row.group)} ${String(row.item)}`,
});
