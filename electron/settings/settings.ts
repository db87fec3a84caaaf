// Settings (securityOfficer). Stored one key per row in the vault; maxFailedAttempts is also
// mirrored into keys.json because sign-in must enforce it before the vault can be opened.
import type { Settings } from '../contract/types';
import { z } from 'zod';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import { DEFAULT_KDF_TARGET_MS } from '../vault/kdf';
import { registerPolicyValue } from './policyValues';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import { KDF_TARGET_POLICY_KEY, type Vault } from '../vault/vault';

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 10,
  maxFailedAttempts: 5,
  classificationLabels: ['普通', '秘密', '机密', '绝密'],
  orgName: '',
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

// R-GOV-1: policy values among the settings change only through a GM-approved version (the
// 策略 page); settings.update refuses to change them. The KDF target is recorded policy too.
registerPolicyValue({
  key: 'idleLockMinutes',
  label: { zh: '闲置自动锁定时间', en: 'Idle lock after' },
  schema: z.number().int().min(1, 'v.range').max(120, 'v.range'),
  default: DEFAULT_SETTINGS.idleLockMinutes,
  unit: { zh: '分钟', en: 'minutes' },
  domain: 'settings',
});
registerPolicyValue({
  key: KDF_TARGET_POLICY_KEY,
  label: { zh: '口令派生耗时目标（KDF）', en: 'Password KDF target time' },
  schema: z.number().int().min(100, 'v.range').max(5000, 'v.range'),
  default: DEFAULT_KDF_TARGET_MS,
  unit: { zh: '毫秒', en: 'ms' },
  domain: 'settings',
});
const POLICY_SETTINGS: (keyof Settings)[] = ['idleLockMinutes'];

export function getSettings(db: Db | Reader): Settings {
  const r = 'prepare' in db ? reader(db) : db;
  const rows = r.all<{ key: string; valueJson: string }>(sql`SELECT key, value_json FROM settings`);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) if ((KEYS as string[]).includes(row.key)) out[row.key] = JSON.parse(row.valueJson);
  return out as unknown as Settings;
}

/** Writes the rows only, in the caller's write transaction (with its audit entry). */
export function writeSettingsRows(w: Writer, s: Settings): void {
  for (const k of KEYS) {
    w.run(sql`INSERT INTO settings(key, value_json) VALUES (${k}, ${JSON.stringify(s[k])}) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`);
  }
}

export function updateSettings(vault: Vault, clock: Clock, actor: Actor, next: Settings): Settings {
  const after = vault.write((w) => {
    const before = getSettings(w);
    const policy = POLICY_SETTINGS.find((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]));
    if (policy) throw new DomainError('POLICY_NEEDS_APPROVAL', `${policy} is a policy value`, { path: policy });
    writeSettingsRows(w, next);
    const after = getSettings(w);
    appendAudit(w, clock, { actorId: actor.id, actorName: actor.name, action: 'settings.update', entity: 'settings', detail: { before, after } });
    return after;
  });
  vault.updateKeyFile((kf) => {
    kf.maxFailedAttempts = after.maxFailedAttempts;
  });
  return after;
}
