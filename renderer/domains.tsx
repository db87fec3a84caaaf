// The one list of domains in the renderer: each brings its menu pages and its UI strings.
// A menu page names the call its screen needs; it shows exactly when the signed-in roles may
// make that call (the contract's access list), so the menu can never offer a screen main refuses.
import type { ComponentType, ReactNode } from 'react';
import { archivePages } from './archive/pages';
import { archiveStrings } from './archive/strings';
import { auditPages } from './audit/pages';
import { auditStrings } from './audit/strings';
import { peoplePages } from './people/pages';
import { peopleStrings } from './people/strings';
import { settingsPages } from './settings/pages';
import { settingsStrings } from './settings/strings';
import { approvalsPages } from './approvals/pages';
import { approvalsStrings } from './approvals/strings';
import { accessPages } from './access/pages';
import { accessStrings } from './access/strings';
import { loanPages } from './loans/pages';
import { OverdueAlert } from './loans/OverdueAlert';
import { loansStrings } from './loans/strings';
import { copiesPages } from './copies/pages';
import { copiesStrings } from './copies/strings';
import { inspectionPages } from './inspections/pages';
import { InspectionsDueAlert } from './inspections/DueAlert';
import { inspectionsStrings } from './inspections/strings';
import { environmentPages, EnvironmentAlert } from './environment/pages';
import { environmentStrings } from './environment/strings';
import { incidentPages, IncidentAlert } from './incidents/pages';
import { incidentsStrings } from './incidents/strings';
import { destructionPages } from './destruction/pages';
import { destructionStrings } from './destruction/strings';
import { reportsPages } from './reports/pages';
import { reportsStrings } from './reports/strings';
import { printcheckPages } from './printcheck/pages';
import { printcheckStrings } from './printcheck/strings';
import { backupPages } from './backup/pages';
import { BackupReminder } from './backup/BackupReminder';
import { backupStrings } from './backup/strings';
import { dashboardPages } from './dashboard/pages';
import { dashboardStrings } from './dashboard/strings';
import { policyPages } from './policy/pages';
import { policyStrings } from './policy/strings';
import { coreStrings } from './i18n/strings';
import type { PageEntry, UiStrings } from './kit/domain';

export const RENDERER_DOMAINS: readonly {
  name: string;
  pages: readonly PageEntry[];
  strings?: UiStrings;
  /** shown loudly above the home (first) screen, e.g. overdue loans; renders nothing when there is nothing to say */
  alert?: ComponentType;
}[] = [
  // first in the menu: the business roles' landing screen (R-ARCH-2)
  { name: 'dashboard', pages: dashboardPages, strings: dashboardStrings },
  { name: 'archive', pages: archivePages, strings: archiveStrings },
  { name: 'people', pages: peoplePages, strings: peopleStrings },
  { name: 'audit', pages: auditPages, strings: auditStrings },
  { name: 'settings', pages: settingsPages, strings: settingsStrings },
  { name: 'approvals', pages: approvalsPages, strings: approvalsStrings },
  { name: 'access', pages: accessPages, strings: accessStrings },
  { name: 'loans', pages: loanPages, strings: loansStrings, alert: OverdueAlert },
  { name: 'copies', pages: copiesPages, strings: copiesStrings },
  { name: 'inspections', pages: inspectionPages, strings: inspectionsStrings, alert: InspectionsDueAlert },
  { name: 'environment', pages: environmentPages, strings: environmentStrings, alert: EnvironmentAlert },
  { name: 'incidents', pages: incidentPages, strings: incidentsStrings, alert: IncidentAlert },
  { name: 'destruction', pages: destructionPages, strings: destructionStrings },
  { name: 'policy', pages: policyPages, strings: policyStrings },
  { name: 'reports', pages: reportsPages, strings: reportsStrings },
  { name: 'printcheck', pages: printcheckPages, strings: printcheckStrings },
  { name: 'backup', pages: backupPages, strings: backupStrings, alert: BackupReminder },
];

export const CORE_STRINGS = coreStrings;
export type { PageEntry, ReactNode };
