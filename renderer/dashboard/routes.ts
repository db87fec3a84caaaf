// Where each dashboard number leads (R-ARCH-2): the screen and the filter values it keeps with
// useRestorable (shell/navigate.ts), so the list opens filtered to exactly what was counted.
// A figure whose screen has no such filter opens its rows in the dashboard's own drawer (drill).
import type { OverviewKey, WaitKey } from '../../electron/dashboard/contract/calls';
import type { CustomerCategory } from '../../electron/archive/contract/calls';
import type { Route } from '../shell/navigate';

const overdueLoans: Route = { page: 'loans', state: { 'loans.tab': 'register', 'loans.filter': 'overdue' } };
const environment: Route = { page: 'environment' };
const incidents: Route = { page: 'incidents', state: { 'incidents.filter': 'open' } };

export const FIGURE_ROUTES: Record<WaitKey | OverviewKey, Route | 'drill'> = {
  approvals: { page: 'approvals' },
  returns: overdueLoans,
  overdueLoans,
  inspections: { page: 'inspections' },
  inspectionsDue: { page: 'inspections' },
  readings: environment,
  missingReadings: environment,
  outOfRange: environment,
  incidents,
  openIncidents: incidents,
  retentionExpiring: 'drill',
  // the appraisal list opens on its 'due' filter
  appraisals: { page: 'destruction' },
  appraisalDue: { page: 'destruction' },
  openRepairs: { page: 'repairs', state: { 'repairs.filter': 'open' } },
  inRepair: { page: 'repairs', state: { 'repairs.filter': 'inRepair' } },
};

/** the customer list filtered to a category (the search box cleared) */
export const customersOf = (category: CustomerCategory): Route => ({
  page: 'customers',
  state: { 'customers.category': category, 'customers.query': '', 'customers.draft': '' },
});
/** the archive index filtered to a classification */
export const itemsOfClassification = (classification: number): Route => ({ page: 'archiveIndex', state: { 'archive.index.filter': { classification } } });
