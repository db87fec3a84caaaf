// The policy domain, main-process entry (R-GOV-1, R-SEC-1): every registered policy value
// (electron/settings/policyValues) changes by a proposal the GM approves ('policy', ZC-…),
// versioned, applied from its date to the settings row the domains read — in one place, the
// upkeep run at sign-in and before each call; the policy register prints every version.
import { defineDomain } from '../core/domain';
import { onVaultUse } from '../core/session-hooks';
import { policyValueDef, providePolicyVersionLookup } from '../settings/policyValues';
import { policyContract } from './contract';
import { seedPolicyDemo } from './demo';
import { policyHandlers } from './handlers';
import { localDay, registerPolicyRequestType, upkeep, versionAt } from './versions';

registerPolicyRequestType();
onVaultUse(upkeep);
// Before any proposal no version is recorded yet: the value in force then is the one the first
// proposal records as version 1 (ensureBaseline).
providePolicyVersionLookup((db, key, at) => versionAt(db, key, localDay(at))?.version ?? 1);

export const policyDomain = defineDomain({
  contract: policyContract,
  handlers: policyHandlers,
  demo: seedPolicyDemo,
  // the audit trail names a policy value by its label (策略 借阅期限与到期规则)
  entityNames: {
    policy: (_db, id, k) => {
      const d = policyValueDef(id);
      return d ? k.t(d.label) : id;
    },
  },
});

export { policyValueAt, versionAt } from './versions';
