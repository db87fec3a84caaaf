// Settings (securityOfficer). Stored one key per row in the vault; maxFailedAttempts is also
// mirrored into keys.json because sign-in must enforce it before the vault can be opened.
import type { Settings } from '../contract/types';
import { appendAudit } from '../audit/append';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import type { Vault } from '../vault/vault';

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 10,
  maxFailedAttempts: 5,
  classificationLabels: ['普通', '秘密', '机密', '绝密'],
  orgName: '',
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value_json FROM settings').all() as { key: string; value_json: string }[];
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) if ((KEYS as string[]).includes(r.key)) out[r.key] = JSON.parse(r.value_json);
  return out as unknown as Settings;
}

/** Writes the rows only: call inside vault.tx() together with an audit entry. */
export function writeSettingsRows(db: Db, s: Settings): void {
  const st = db.prepare('INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json');
  for (const k of KEYS) st.run(k, JSON.stringify(s[k]));
}

export function updateSettings(vault: Vault, clock: Clock, actor: Actor, next: Settings): Settings {
  const after = vault.tx(() => {
    const before = getSettings(vault.db);
    writeSettingsRows(vault.db, next);
    const after = getSettings(vault.db);
    appendAudit(vault.db, clock, { actorId: actor.id, actorName: actor.name, action: 'settings.update', entity: 'settings', detail: { before, after } });
    return after;
  });
  vault.updateKeyFile((kf) => {
    kf.maxFailedAttempts = after.maxFailedAttempts;
  });
  return after;
}
