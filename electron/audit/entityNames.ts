// Naming the objects audit entries are about, as people name them: 用户 张专员（zhuanyuan）,
// 客户 华信商贸, 档案材料 TS-2026-00001-003 — never `user #2`. The lookup happens here in the main
// process, where the vault is. The foundation's objects (users, sign-in accounts, verification
// reports, registers) are named below; a business domain adds its own through its Domain entry
// (`entityNames`, wired in electron/domains.ts), since the audit trail may not know its tables.
import type { DetailKit } from '../contract/domain';
import type { Db } from '../vault/db';

/** The name of object `id` of one entity type (no noun), '' for "the noun says it all"
 *  (e.g. the vault), null when this namer does not know it (the next one is asked). */
export type EntityNamer = (db: Db, id: string, kit: DetailKit) => string | null | undefined;

const NAMERS = new Map<string, EntityNamer[]>();

/** Several namers per entity are asked in registration order; the first answer wins. */
export function registerEntityNamer(entity: string, namer: EntityNamer): void {
  const list = NAMERS.get(entity) ?? [];
  if (!list.includes(namer)) list.push(namer);
  NAMERS.set(entity, list);
}

export function entityNamers(entity: string): readonly EntityNamer[] {
  return NAMERS.get(entity) ?? [];
}

/** 张专员（zhuanyuan） / 张专员 (zhuanyuan) */
export const personName = (kit: DetailKit, displayName: string, login: string) =>
  kit.locale === 'en' ? `${displayName} (${login})` : `${displayName}（${login}）`;

type UserNameRow = { display_name: string; login: string };

registerEntityNamer('user', (db, id, kit) => {
  if (!/^\d+$/.test(id)) return null;
  const u = db.prepare('SELECT display_name, login FROM users WHERE id = ?').get(Number(id)) as UserNameRow | undefined;
  return u ? personName(kit, u.display_name, u.login) : null;
});
// parked sign-in events name the account by the login that was typed (it may not exist)
registerEntityNamer('auth', (db, id, kit) => {
  const u = db.prepare('SELECT display_name, login FROM users WHERE login = ?').get(id.trim()) as UserNameRow | undefined;
  if (u) return personName(kit, u.display_name, u.login);
  return id === 'recovery' ? kit.t({ zh: '恢复码', en: 'recovery code' }) : id;
});
registerEntityNamer('vault', () => '');
registerEntityNamer('audit', () => '');
registerEntityNamer('auditVerification', (db, id, kit) => {
  const at = db.prepare('SELECT at FROM audit_verifications WHERE id = ?').pluck().get(id) as string | undefined;
  return at ? kit.time(at) : '';
});
const REGISTERS: Record<string, { zh: string; en: string }> = {
  audit: { zh: '审计记录登记簿', en: 'Audit Trail Register' },
  users: { zh: '用户名册', en: 'User Register' },
};
registerEntityNamer('register', (_db, id, kit) => (Object.hasOwn(REGISTERS, id) ? kit.t(REGISTERS[id]!) : null));
registerEntityNamer('settings', () => null);
