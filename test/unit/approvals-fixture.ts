// Approval engine test rig: a real vault (test/unit/kit.ts) with the people the default chains
// name, one customer's archive holding an item of every classification, and the default request
// types registered (by their consumer domains when those are loaded, else here, with the
// prefixes of the agreed interface).
import type { ItemCreated, CustomerCreated } from '../../electron/archive/contract/calls';
import type { NewRequestInput } from '../../electron/approvals/contract/calls';
import { DEFAULT_CHAINS, registerRequestType, requestType } from '../../electron/approvals';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { bank, item, person } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const APPROVAL_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'op2', roles: ['operator' as const], name: '刘专员' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  { login: 'csm', roles: ['csManager' as const], name: '张经理' },
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
  { login: 'both', roles: ['infoSupervisor' as const, 'csManager' as const], name: '赵兼任' },
  { login: 'cus', roles: ['custodian' as const], name: '保管员' },
  { login: 'aud', roles: ['auditor' as const], name: '审计员' },
];

/**
 * The default request types are registered by their consumer domains (with their own details
 * schemas), so the engine's tests use mirror types: each with its own prefix and, in the vault's
 * policy, exactly the default chain of the type it mirrors (DEFAULT_CHAINS, the shipped data).
 */
export const MIRROR = {
  access: { type: 'testAccess', prefix: 'TCY', label: { zh: '查阅申请（测试）', en: 'Access request (test)' } },
  loan: { type: 'testLoan', prefix: 'TJY', label: { zh: '借阅申请（测试）', en: 'Loan request (test)' } },
  copy: { type: 'testCopy', prefix: 'TFZ', label: { zh: '复制申请（测试）', en: 'Copy request (test)' } },
  carryOut: { type: 'testCarryOut', prefix: 'TWC', label: { zh: '外出携带申请（测试）', en: 'Carry-out request (test)' } },
  externalProvision: { type: 'testProvision', prefix: 'TDW', label: { zh: '对外提供申请（测试）', en: 'External provision (test)' } },
} as const;
export type DefaultType = keyof typeof MIRROR;
for (const t of Object.values(MIRROR)) if (!requestType(t.type)) registerRequestType({ ...t });

/** Stores chains in the policy row (merged with what is stored already). */
export function setChains(ctx: AppContext, chains: Record<string, unknown>): void {
  const db = ctx.vault!.db;
  const cur = db.prepare(`SELECT value_json FROM settings WHERE key = 'approvals.chains'`).pluck().get() as string | undefined;
  const next = { ...(cur ? (JSON.parse(cur) as Record<string, unknown>) : {}), ...chains };
  db.prepare(`INSERT INTO settings(key, value_json) VALUES ('approvals.chains', ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`).run(
    JSON.stringify(next),
  );
}

export const SIGN_PW = PW;

/** The vault, signed in as `as` (default the operator), with items of classification 0..3 in one archive. */
export async function setupApprovals(as = 'op', locale: MessageLocale = 'en') {
  const v = await vaultWith(APPROVAL_USERS, { as: 'op', locale });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const other = ok<CustomerCreated>(await v.call('customers.create', person()));
  const items: number[] = [];
  for (const classification of [0, 1, 2, 3] as const) {
    const input = item(c.customerId, { title: `材料${classification}`, classification, ...(classification >= 2 ? { custodianId: v.ids.cus } : {}) });
    items.push(ok<ItemCreated>(await v.call('items.create', input)).id);
  }
  const otherItem = ok<ItemCreated>(await v.call('items.create', item(other.customerId, { title: '个人材料' }))).id;
  setChains(v.ctx, Object.fromEntries(Object.entries(MIRROR).map(([d, t]) => [t.type, DEFAULT_CHAINS[d]])));
  if (as !== 'op') await v.as(as);
  return { ...v, customer: c, other, items, otherItem };
}

export const staff = (userId?: number) => ({ kind: 'staff' as const, userId, name: '李主管', unit: '客户信息部' });
export const outsider = () => ({
  kind: 'outsider' as const,
  name: '周律师',
  unit: '北京某律师事务所',
  contact: '010-88886666',
  idDocKind: 'introLetter' as const,
  idDocNo: 'JS-2026-118',
  idDocIssuer: '北京某律师事务所',
});

export const request = (over: Partial<NewRequestInput> & { itemIds?: number[] } = {}): NewRequestInput => {
  const { itemIds, ...rest } = over;
  return {
    type: MIRROR.access.type,
    applicant: outsider(),
    targets: { scope: 'items', itemIds: itemIds ?? [1] },
    purpose: '核对合同条款',
    reason: '诉讼需要核对2025年度合作协议原件',
    urgency: 'normal',
    evidence: { stampPresent: true, headName: '王部长' },
    submit: true,
    ...rest,
  };
};

export const rows = (ctx: AppContext, table: string) => ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const tableCounts = (ctx: AppContext) =>
  Object.fromEntries(['requests', 'request_items', 'request_attachments', 'signatures', 'audit_entry'].map((t) => [t, rows(ctx, t)]));
export const actions = (ctx: AppContext) => ctx.vault!.db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all() as string[];
