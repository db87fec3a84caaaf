// Policy calls (R-GOV-1): the values in force with their version and date, every version with
// what changed, a change proposed (security officer; the regulation text by the CS department)
// as a 'policy' request (ZC-…) the GM approves by signing, and the policy register printed.
import { z } from 'zod';
import { out } from '../../contract/call';
import type { Pair } from '../../contract/domain';
import { printTargetSchema } from '../../contract/print';
import type { Role } from '../../contract/roles';
import type { PrintResult } from '../../contract/types';

export const POLICY_REQUEST_TYPE = 'policy';
/** who proposes a change of a policy value */
export const POLICY_PROPOSERS = ['securityOfficer'] as const satisfies readonly Role[];
/** the regulation text is revised by the CS department (Art. 28) */
export const RULES_PROPOSERS = ['csManager', 'infoSupervisor'] as const satisfies readonly Role[];
export { RULES_KEY } from '../../people/contract/rules';

const dayRe = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const proposalSchema = z
  .object({
    key: z.string().min(1).max(80),
    /** validated by the key's own schema in main (the registered policy value) */
    value: z.unknown().refine((v) => v !== undefined, 'v.required'),
    /** the local date (YYYY-MM-DD) from which the new version applies, once approved */
    effectiveFrom: z.string().regex(dayRe, 'v.date'),
    /** why (shown to the GM, printed in the register) */
    reason: z.string().trim().min(1, 'v.required').max(500, 'v.tooLong'),
  })
  .strict();
export type ProposalInput = z.input<typeof proposalSchema>;

export type ProposalState = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'expired';

export interface ValueChange {
  /** dotted path inside the value ('' for the whole value) */
  path: string;
  from: string;
  to: string;
}

export interface PolicyVersionRow {
  id: number;
  key: string;
  label: Pair;
  /** null while proposed (and for a refused proposal) */
  version: number | null;
  value: unknown;
  effectiveFrom: string;
  requestId: number | null;
  requestNo: string | null;
  state: ProposalState;
  reason: string | null;
  proposedByName: string | null;
  proposedAt: string;
  approvedAt: string | null;
  approvedByName: string | null;
  appliedAt: string | null;
  /** against the version before it (a proposal: against the latest approved version) */
  changes: ValueChange[];
}

export interface PolicyValueView {
  key: string;
  label: Pair;
  domain: string;
  unit: Pair | null;
  /** the value in force now */
  value: unknown;
  version: number;
  effectiveFrom: string;
  /** approved, but its date has not come yet */
  scheduled: { version: number; effectiveFrom: string; value: unknown } | null;
  /** proposals waiting for the GM */
  pending: { requestId: number; requestNo: string; effectiveFrom: string }[];
  /** the session may propose a change of this value */
  canPropose: boolean;
}

export interface RulesInForce {
  version: number;
  effectiveFrom: string;
  zhCN: string[];
  en: string[];
}

export const policyCalls = {
  'policy.list': out<PolicyValueView[]>().call(z.object({}).strict(), 'member'),
  'policy.history': out<PolicyVersionRow[]>().call(z.object({ key: z.string().min(1).max(80).optional() }).strict(), 'member'),
  'policy.propose': out<PolicyVersionRow>().call(proposalSchema, [...POLICY_PROPOSERS, ...RULES_PROPOSERS]),
  'policy.printRegister': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), 'member'),
} as const;
