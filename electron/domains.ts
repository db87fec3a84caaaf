// The one list of domains in the main process. The handler table, the signable record types,
// the demo seeders and the session-end hooks are all built from it; the contract is built from
// the pure list in electron/contract/index.ts (CONTRACT_PARTS) and the schema from
// electron/schema.ts. Adding a domain: see README, "Adding a domain".
import { CALL_NAMES } from './contract';
import type { UnionToIntersection } from './contract/domain';
import type { HandlerTable } from './core/handlers';
import { installDemoSeeders } from './core/demo-seeders';
import { onSessionEnd } from './core/session-hooks';
import { registerRecordType } from './people/signatures';
import { registerEntityNamer, type EntityNamer } from './audit/entityNames';
import { peopleDomain } from './people';
import { auditDomain } from './audit';
import { settingsDomain } from './settings';
import { archiveDomain } from './archive';
import { approvalsDomain } from './approvals';
import { accessDomain } from './access';
import { loansDomain } from './loans';
import { copiesDomain } from './copies';
import { inspectionsDomain } from './inspections';
import { repairsDomain } from './repairs';
import { environmentDomain } from './environment';
import { incidentsDomain } from './incidents';
import { destructionDomain } from './destruction';
import { policyDomain } from './policy';
import { reportsDomain } from './reports';
import { printcheckDomain } from './printcheck';
import { dashboardDomain } from './dashboard';
import { backupDomain } from './backup';

/** In dependency order, as CONTRACT_PARTS. */
export const DOMAINS = [
  peopleDomain,
  auditDomain,
  settingsDomain,
  archiveDomain,
  approvalsDomain,
  accessDomain,
  loansDomain,
  copiesDomain,
  inspectionsDomain,
  repairsDomain,
  environmentDomain,
  incidentsDomain,
  destructionDomain,
  policyDomain,
  reportsDomain,
  printcheckDomain,
  dashboardDomain,
  backupDomain,
] as const;

type AllHandlers = UnionToIntersection<(typeof DOMAINS)[number]['handlers']>;

export function buildHandlerTable(): HandlerTable {
  const all = Object.assign({}, ...DOMAINS.map((d) => d.handlers)) as AllHandlers;
  // A call without a handler is a compile error here …
  const table: HandlerTable = all;
  // … and this guards against a part typed too loosely slipping through.
  const missing = CALL_NAMES.filter((n) => typeof table[n] !== 'function');
  if (missing.length) throw new Error(`handlers missing for: ${missing.join(', ')}`);
  return table;
}

installDemoSeeders(DOMAINS.flatMap((d) => (d.demo ? [{ name: d.contract.name, seed: d.demo }] : [])));

for (const d of DOMAINS) {
  const domain = d as {
    recordTypes?: Record<string, Parameters<typeof registerRecordType>[1]>;
    onSessionEnd?: (userId: number) => void;
    entityNames?: Record<string, EntityNamer>;
  };
  for (const [type, spec] of Object.entries(domain.recordTypes ?? {})) registerRecordType(type, spec);
  for (const [entity, namer] of Object.entries(domain.entityNames ?? {})) registerEntityNamer(entity, namer);
  if (domain.onSessionEnd) onSessionEnd(domain.onSessionEnd);
}
