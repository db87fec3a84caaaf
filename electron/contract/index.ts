// THE contract: every IPC call the renderer may make, assembled from the domains' contract
// parts (electron/<domain>/contract/). Main registers handlers from it, the preload builds
// window.api from it, the renderer client and the tests derive from it.
// Adding a domain = its folders + one line in CONTRACT_PARTS (see README, "Adding a domain").
import type { z } from 'zod';
import type { UnionToIntersection } from './domain';
import { peopleContract } from '../people/contract';
import { auditContract } from '../audit/contract';
import { settingsContract } from '../settings/contract';
import { archiveContract } from '../archive/contract';
import { approvalsContract } from '../approvals/contract';
import { accessContract } from '../access/contract';
import { loansContract } from '../loans/contract';
import { copiesContract } from '../copies/contract';
import { inspectionsContract } from '../inspections/contract';
import { repairsContract } from '../repairs/contract';
import { environmentContract } from '../environment/contract';
import { incidentsContract } from '../incidents/contract';
import { destructionContract } from '../destruction/contract';
import { policyContract } from '../policy/contract';
import { reportsContract } from '../reports/contract';
import { printcheckContract } from '../printcheck/contract';
import { dashboardContract } from '../dashboard/contract';
import { backupContract } from '../backup/contract';

/** The one list of domains, in dependency order (lower first). */
export const CONTRACT_PARTS = [
  peopleContract,
  auditContract,
  settingsContract,
  archiveContract,
  approvalsContract,
  accessContract,
  loansContract,
  copiesContract,
  inspectionsContract,
  repairsContract,
  environmentContract,
  incidentsContract,
  destructionContract,
  policyContract,
  reportsContract,
  printcheckContract,
  dashboardContract,
  backupContract,
] as const;

type Part = (typeof CONTRACT_PARTS)[number];
type AllCalls = UnionToIntersection<Part['calls']>;

export const contract = Object.freeze(Object.assign({}, ...CONTRACT_PARTS.map((p) => p.calls))) as {
  readonly [N in keyof AllCalls]: AllCalls[N];
};

export { accessAllows } from './call';
export type { Access, CallSpec } from './call';
export type Contract = typeof contract;
export type CallName = keyof Contract & string;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallParsed<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Exclude<Contract[N]['output'], undefined>;
export type CallAccess<N extends CallName> = Contract[N]['access'];
export const CALL_NAMES = Object.keys(contract) as CallName[];

/** Every audit action any domain may write (appendAudit takes only these). */
export type AuditAction = keyof UnionToIntersection<Part['auditActions']> & string;

export { auditFilterSchema, type AuditFilter } from '../audit/contract/calls';
export { printTargetSchema } from './print';
export * from './result';
export * from './roles';
export * from './schemas';
export * from './types';
