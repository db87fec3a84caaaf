// Names of roles and audit actions in the UI, on paper and in the command line: one table,
// glossary wording (shared/spec/glossary.md), zh-CN first. Pure data: the renderer imports it too.
// Unknown action codes show as-is rather than failing: a new domain must never break a screen
// or a printout.
import { ROLE_LABELS } from './roles';
import type { Locale } from './types';
import { pick, type AuditActionSpec, type Pair } from './domain';
import { CONTRACT_PARTS, type AuditAction } from './index';

export { pick, ROLE_LABELS, type Pair };

export function roleLabel(role: string, locale: Locale): string {
  const p = (ROLE_LABELS as Record<string, Pair | undefined>)[role];
  return p ? pick(p, locale) : role;
}

/** Every domain's audit actions: label pair + optional detail formatter. */
export const AUDIT_ACTIONS: Readonly<Record<string, AuditActionSpec>> = Object.freeze(Object.assign({}, ...CONTRACT_PARTS.map((p) => p.auditActions)));
/** Just the labels (i18next resources, the action filter). */
export const ACTION_LABELS: Readonly<Record<string, Pair>> = AUDIT_ACTIONS;

export function actionLabel(action: string, locale: Locale): string {
  const p = Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action] : undefined;
  return p ? pick(p, locale) : action;
}

/** Whether a code read from outside the type system (keys.json's parked events) is declared. */
export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** What the audit trail's entity codes name (user → 用户), from every domain's part. */
export const ENTITY_LABELS: Readonly<Record<string, Pair>> = Object.freeze(
  Object.assign({}, ...CONTRACT_PARTS.map((p) => (p as { entities?: Record<string, Pair> }).entities ?? {})),
);

/** An entity code in words; unknown codes show as-is. */
export function entityLabel(entity: string, locale: Locale): string {
  const p = Object.hasOwn(ENTITY_LABELS, entity) ? ENTITY_LABELS[entity] : undefined;
  return p ? pick(p, locale) : entity;
}
