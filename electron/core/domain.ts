// The domain kit, main-process half: what one domain plugs into the app besides its contract
// part — the handlers for its calls, its signable record types, its demo sample data and what
// to forget when a session ends. electron/domains.ts lists the domains; everything central
// (handler table, record-type registry, demo seeders, session hooks) is built from that list.
import type { CallName } from '../contract';
import type { ContractPart } from '../contract/domain';
import type { EntityNamer } from '../audit/entityNames';
import type { SignableRecordType } from '../people/signatures';
import type { Clock } from '../vault/clock';
import type { AppContext } from './context';
import type { Vault } from '../vault/vault';
import type { Handler } from './handlers';

export interface Domain<P extends ContractPart = ContractPart> {
  contract: P;
  /** one handler per call of the part: a missing or extra one is a type error */
  handlers: { [N in keyof P['calls'] & CallName]: Handler<N> };
  /** records a second person signs at the machine (handover, approvals…), by record type */
  recordTypes?: Record<string, SignableRecordType>;
  /** adds this domain's sample data to the demo vault (runs in list order, vault open) */
  demo?: DemoSeeder;
  /** drops per-user state held in memory (e.g. import previews) at lock / sign-out / idle */
  onSessionEnd?: (userId: number) => void;
  /** names this domain's objects in the audit trail (客户 华信商贸, 档案材料 TS-2026-00001-003),
   *  by the entity codes its audit entries use (the nouns are the contract part's `entities`) */
  entityNames?: Record<string, EntityNamer>;
}

export function defineDomain<const P extends ContractPart>(d: Domain<P>): Domain<P> {
  return d;
}

export interface DemoSeedContext {
  vault: Vault;
  clock: Clock;
  /** login → user id */
  users: Record<string, number>;
  /** work that needs a person signed in (a signature at the machine: a handover, an approval…):
   *  queued, run after every seeder with `login` signed in on ctx; `password(login)` is any demo
   *  person's published password (for the second signer) */
  asUser: (login: string, fn: (ctx: AppContext, password: (login: string) => string) => Promise<void>) => void;
}
export type DemoSeeder = (s: DemoSeedContext) => Promise<void> | void;
