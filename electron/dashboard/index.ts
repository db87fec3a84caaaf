// The dashboard domain, main-process entry (R-ARCH-2): the first screen after sign-in for the
// business roles — what waits for me, the archive's open matters, and for the customer-service
// department the aggregate view with its charts and its printout. It reads every business domain
// before it through their entries and writes nothing, so it has no migration and no demo of its own.
import { defineDomain } from '../core/domain';
import { dashboardContract } from './contract';
import { dashboardHandlers } from './handlers';

export const dashboardDomain = defineDomain({
  contract: dashboardContract,
  handlers: dashboardHandlers,
});
