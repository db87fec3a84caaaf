// The inspections domain, main-process entry (R-INSP-1): plans per room or cabinet with their due
// state, the walk by label, condition findings, the record signed by the inspector and a supervisor
// at the machine, and 档案检查记录. Later domains act on a signed record through onInspectionSigned.
import { defineDomain } from '../core/domain';
import { inspectionsContract } from './contract';
import { inspectionHandlers } from './handlers';
import { inspectionEntityNames } from './auditNames';
import { seedInspectionsDemo } from './demo';
import { INSPECTION_RECORD_TYPE } from './inspections';
import { inspectionRecordType } from './sign';

export const inspectionsDomain = defineDomain({
  contract: inspectionsContract,
  handlers: inspectionHandlers,
  recordTypes: { [INSPECTION_RECORD_TYPE]: inspectionRecordType },
  entityNames: inspectionEntityNames,
  demo: seedInspectionsDemo,
});

// for the repairs domain (R-INSP-2): a signed record's findings open repair tasks, and a finished
// repair is verified at the next inspection
export { onInspectionSigned, type SignedInspectionHook } from './sign';
export { REPAIR_FINDINGS, type Finding, type InspectionDetail } from './contract/calls';
export { FINDING_WORDS } from './contract/audit-actions';
/** the dashboard's figures (R-ARCH-2) */
export { inspectionCounts } from './plans';
