// The domain kit, pure half: what one domain contributes to THE contract — its calls, its
// messages (zh-CN and en twins), its error codes and its audit actions with their labels and
// detail formatters. Pure TS + zod, so the renderer bundles it too.
//
// Typecheck is the checklist: `en` must have exactly the keys of `zh-CN` (Twin), and every audit
// action a domain writes must be declared here with both labels (appendAudit only takes a
// declared AuditAction).
import type { z } from 'zod';
import type { CallSpec } from './call';
import type { Locale } from './types';

export type Pair = { zh: string; en: string };
export const pick = (p: Pair, locale: Locale) => (locale === 'en' ? p.en : p.zh);

/** The English table of a Chinese one: the same keys, no more, no fewer. */
export type Twin<Z> = { readonly [K in keyof Z]: string };
export interface Messages<Z extends Record<string, string> = Record<string, string>> {
  'zh-CN': Z;
  en: Twin<Z>;
}
export function defineMessages<const Z extends Record<string, string>>(zh: Z, en: Twin<Z>): Messages<Z> {
  return { 'zh-CN': zh, en };
}

/** What a detail formatter may use to put an audit entry's detail into words. */
export interface DetailKit {
  locale: Locale;
  /** zh or en of a pair */
  t(p: Pair): string;
  /** an object as people name it: 用户 张专员（zhuanyuan）, 档案材料 TS-2026-00001-003. Looked up
   *  in the vault; an object it cannot find is named by `fallback` (e.g. the archive number the
   *  detail recorded), else by its id */
  ref(entity: string, id: unknown, fallback?: unknown): string;
  /** the same object's name alone, without the noun: 张专员（zhuanyuan）, TS-2026-00001-003 */
  name(entity: string, id: unknown, fallback?: unknown): string;
  /** a role in words */
  role(role: string): string;
  /** an ISO time in the organisation's time zone (contract/time.ts formatTime) */
  time(iso: unknown): string;
  /** a classification level 0–3 by the security officer's labels (普通 / 秘密 / 机密 / 绝密) */
  classification(level: unknown): string;
  /** words joined as the language lists them: 甲、乙 / a, b */
  list(items: readonly unknown[]): string;
  /** an error code (DomainError) as the message people see: WRONG_PASSWORD → 用户名或密码错误 */
  error(code: unknown): string;
}
/** The entry a detail belongs to (its object), for formatters whose detail does not name it. */
export interface DetailEntry {
  entity: string;
  entityId: string | null;
}
/** Renders an entry's detail_json in words, e.g. 「新建用户 张专员（zhuanyuan），角色：信息管理专员」.
 *  Must never throw, whatever shape an old entry's detail has (the caller falls back to
 *  labelled key: value pairs if it does). */
export type DetailFormatter = (detail: Record<string, unknown>, kit: DetailKit, entry: DetailEntry) => string;
export interface AuditActionSpec extends Pair {
  detail?: DetailFormatter;
}
export function defineAuditActions<const A extends Record<string, AuditActionSpec>>(actions: A): A {
  return actions;
}

export interface ContractPart {
  /** the domain's name (its folder under electron/ and renderer/) */
  name: string;
  calls: Record<string, CallSpec<z.ZodType, unknown>>;
  messages: Messages;
  auditActions: Record<string, AuditActionSpec>;
  /** names of the entity types this domain writes to the audit trail, in words */
  entities?: Record<string, Pair>;
}
export function defineContractPart<const P extends ContractPart>(part: P): P {
  return part;
}

export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
