// Archive policy values (settings rows 'archive.policy'): the archive-number pattern and who may
// read item content per classification. Kept apart from app/settings.ts so the two domains
// never overwrite each other's keys.
import { appendAudit } from '../audit/append';
import type { Actor } from '../people/users';
import { getSettings } from '../settings/settings';
import type { ArchivePolicy, Classification } from './contract/calls';
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

export function getArchivePolicy(db: Db): ArchivePolicy {
  const json = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return json ? { ...DEFAULT_ARCHIVE_POLICY, ...(JSON.parse(json) as Partial<ArchivePolicy>) } : DEFAULT_ARCHIVE_POLICY;
}

export function setArchivePolicy(vault: Vault, clock: Clock, actor: Actor, next: ArchivePolicy): ArchivePolicy {
  return vault.tx((w) => {
    const before = getArchivePolicy(vault.db);
    vault.db
      .prepare('INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json')
      .run(KEY, JSON.stringify(next));
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'archive.policy.update',
      entity: 'settings',
      entityId: KEY,
      detail: { before, after: next },
    });
    return next;
  });
}

export function classificationLabel(db: Db, c: number): string {
  return getSettings(db).classificationLabels[c as Classification] ?? String(c);
}
