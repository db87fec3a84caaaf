// The access domain (查阅, R-USE-1..3), main-process entry: an approved access request creates a
// grant; the archive's content gate asks this domain's grants (registered below); consultations
// at the reading desk and the access register.
import { registerContentGrant } from '../archive';
import { defineDomain } from '../core/domain';
import { accessEntityNames } from './auditNames';
import { accessContract } from './contract';
import { seedAccessDemo } from './demo';
import { accessContentGrants } from './grants';
import { accessHandlers } from './handlers';
import { registerAccessRequestType } from './request';

registerContentGrant(accessContentGrants);
registerAccessRequestType();

export const accessDomain = defineDomain({
  contract: accessContract,
  handlers: accessHandlers,
  entityNames: accessEntityNames,
  demo: seedAccessDemo,
});

/** For the copies domain (R-SEC-3): does a grant allow printing / saving, and which grant is in force for (viewer, item, now). */
export { grantAllows, grantInForce, type GrantInForce } from './grants';
