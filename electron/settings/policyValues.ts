// R-GOV-1: the registry of policy values. A policy value is one settings row (its key is the
// row's key) whose change is proposed by the security officer, approved by the GM and applied
// from a date (electron/policy). Domains register their values here at module load, so the
// policy domain can list, validate, version and apply every one of them without importing them;
// domains keep reading the row they always read (or use `policyValue` below).
import type { z } from 'zod';
import type { Pair } from '../contract/domain';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';

export interface PolicyValueDef<T = unknown> {
  /** the settings row key, e.g. 'loans.policy', 'destruction.coolingOffDays' */
  key: string;
  /** what the policy page and the register call it */
  label: Pair;
  /** validates a proposal (the same schema at the form and in main) */
  schema: z.ZodType<T>;
  /** the value in force when no version was ever approved (becomes version 1 at first run) */
  default: T;
  /** e.g. { zh: '天', en: 'days' } for a plain number */
  unit?: Pair;
  /** the owning domain's name (groups the policy page) */
  domain: string;
  /** extra work inside the transaction that applies a new version (e.g. the rules text asks
   *  everyone to acknowledge again); the settings row itself is written by the policy domain */
  onApply?: (w: Writer, value: T, before: T) => void;
  /** work after that transaction committed (e.g. a mirror into keys.json) */
  afterApply?: (vault: Vault, value: T) => void;
}

const registry = new Map<string, PolicyValueDef>();

/** Registers one policy value (module load; registering a key again replaces it, e.g. a hot reload). */
export function registerPolicyValue<T>(def: PolicyValueDef<T>): PolicyValueDef<T> {
  registry.set(def.key, def as PolicyValueDef);
  return def;
}

/** Every registered value, in registration order (= domain order). */
export function policyValueDefs(): PolicyValueDef[] {
  return [...registry.values()];
}

export function policyValueDef(key: string): PolicyValueDef | undefined {
  return registry.get(key);
}

/** The stored settings row of `key`, parsed as JSON (undefined when none). */
export function settingsRow(db: Db | Reader, key: string): unknown {
  const r = 'prepare' in db ? reader(db) : db;
  const json = r.value<string>(sql`SELECT value_json FROM settings WHERE key = ${key}`);
  return json === undefined || json === null ? undefined : (JSON.parse(json) as unknown);
}

/**
 * The value in force of a registered policy value: its settings row (which the policy domain
 * keeps equal to the latest approved version whose date has come), or its default when there
 * is none or the row no longer passes the schema.
 */
export function policyValue<T>(db: Db | Reader, key: string): T {
  const def = registry.get(key);
  if (!def) throw new Error(`policy value ${key} is not registered`);
  const row = settingsRow(db, key);
  if (row === undefined) return def.default as T;
  const parsed = def.schema.safeParse(row);
  return (parsed.success ? parsed.data : def.default) as T;
}

/** Which approved version of a value is in force at an instant. The policy domain (a later domain,
 *  which keeps the versions) provides it at module load, so foundation code can record which
 *  version it acted on (e.g. R-SEC-1: which rules text was acknowledged) without importing it. */
export type PolicyVersionLookup = (db: Db | Reader, key: string, at: Date) => number | null;
let versionLookup: PolicyVersionLookup | null = null;

export function providePolicyVersionLookup(fn: PolicyVersionLookup): void {
  versionLookup = fn;
}

/** The version number of `key` in force at `at`; null when no policy domain is loaded. */
export function policyVersionInForce(db: Db | Reader, key: string, at: Date): number | null {
  return versionLookup ? versionLookup(db, key, at) : null;
}
