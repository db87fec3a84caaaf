// The incidents domain, main-process entry (R-SEC-7, Art. 27): leak incidents reported by anyone
// signed in, the supervisor and CS manager told at once and acknowledging, the affected items'
// history frozen as evidence and the items held, the steps to closure against policy deadlines.
// A signed inspection's missing items open an incident (R-INSP-2). Later domains (destruction)
// ask activeHolds before touching an item.
import { defineDomain } from '../core/domain';
import { onInspectionSigned } from '../inspections';
import { incidentsContract } from './contract';
import { incidentHandlers } from './handlers';
import { incidentEntityNames } from './auditNames';
import { seedIncidentsDemo } from './demo';
import { afterInspection } from './fromInspection';

onInspectionSigned(afterInspection);

export const incidentsDomain = defineDomain({
  contract: incidentsContract,
  handlers: incidentHandlers,
  entityNames: incidentEntityNames,
  demo: seedIncidentsDemo,
});

// for the destruction domain (R-SEC-6): items under an open incident cannot be destroyed
export { activeHolds, type ActiveHold } from './holds';
export { DEFAULT_INCIDENT_DEADLINES, INCIDENT_POLICY_KEYS } from './policy';
/** the dashboard's figures (R-ARCH-2) */
export { incidentCounts } from './incidents';
