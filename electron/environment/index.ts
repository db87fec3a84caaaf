// The environment domain, main-process entry (R-INSP-3): readings per room by hand or from a data
// logger's CSV, limits per carrier and the daily swing as policy, actions on out-of-range readings,
// missing readings flagged, the day closed; the room's chart (ECharts SVG) and the monthly log.
import { defineDomain } from '../core/domain';
import { environmentContract } from './contract';
import { environmentHandlers } from './handlers';
import { environmentEntityNames } from './auditNames';
import { seedEnvironmentDemo } from './demo';

export const environmentDomain = defineDomain({
  contract: environmentContract,
  handlers: environmentHandlers,
  entityNames: environmentEntityNames,
  demo: seedEnvironmentDemo,
});
/** the dashboard's figures (R-ARCH-2) */
export { envCounts } from './environment';
