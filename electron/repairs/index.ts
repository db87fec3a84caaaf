// The repairs domain, main-process entry (R-INSP-2): repair tasks opened by a signed inspection's
// findings (or by hand), sent to repair and back on the shelf through the archive's custody entry,
// verified at the next inspection; the repair register.
import { defineDomain } from '../core/domain';
import { onInspectionSigned } from '../inspections';
import { repairsContract } from './contract';
import { repairHandlers } from './handlers';
import { repairEntityNames } from './auditNames';
import { seedRepairsDemo } from './demo';
import { afterInspection } from './repairs';

onInspectionSigned(afterInspection);

export const repairsDomain = defineDomain({
  contract: repairsContract,
  handlers: repairHandlers,
  entityNames: repairEntityNames,
  demo: seedRepairsDemo,
});
/** the dashboard's figures (R-ARCH-2) */
export { repairCounts } from './repairs';
