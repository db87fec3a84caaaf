// Archive policy values (settings rows 'archive.policy'): the archive-number pattern and who may
// read item content per classification. Kept apart from app/settings.ts so the two domains
// never overwrite each other's keys.
import { DomainError } from '../contract/result';
import { registerPolicyValue } from '../settings/policyValues';
import type { Actor } from '../people/users';
import { getSettings } from '../settings/settings';
import { archivePolicySchema, type ArchivePolicy, type Classification } from './contract/calls';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';

export const DEFAULT_ARCHIVE_POLICY: ArchivePolicy = {
  numberPattern: '{cat}-{yyyy}-{seq:5}',
  // R-USE-1 / R-SEC-2: operators read ordinary and secret items; 机密/绝密 only their custodian
  // (access grants from the access issue widen this later).
  contentRoles: [['operator'], ['operator'], [], []],
};

const KEY = 'archive.policy';
// R-GOV-1: the number pattern and the content roles per classification change only through a
// GM-approved policy version
registerPolicyValue({
  key: KEY,
  label: { zh: '档号规则与各密级可读角色', en: 'Archive number pattern and content roles per classification' },
  schema: archivePolicySchema,
  default: DEFAULT_ARCHIVE_POLICY,
  domain: 'archive',
});

export function getArchivePolicy(db: Db): ArchivePolicy {
  const json = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return json ? { ...DEFAULT_ARCHIVE_POLICY, ...(JSON.parse(json) as Partial<ArchivePolicy>) } : DEFAULT_ARCHIVE_POLICY;
}

/** R-GOV-1: refused — the archive policy changes only by a proposal on the 策略 page that the GM approves. */
export function setArchivePolicy(_vault: Vault, _clock: Clock, _actor: Actor, _next: ArchivePolicy): ArchivePolicy {
  throw new DomainError('POLICY_NEEDS_APPROVAL', 'archive.policy is a policy value: propose a change (策略) for the GM to approve');
}

export function classificationLabel(db: Db, c: number): string {
  return getSettings(db).classificationLabels[c as Classification] ?? String(c);
}
