// Archive test rig: a real vault with the archive roles (test/unit/kit.ts: the real dispatcher
// over the full handler table, a typed client), and small builders for valid input.
import type { CustomerInput, ItemInput } from '../../electron/archive/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { vaultWith } from './kit';

export const ARCHIVE_USERS = [
  { login: 'op', roles: ['operator' as const], name: '信息专员甲' },
  { login: 'dev', roles: ['devSpecialist' as const], name: '开发专员乙' },
  { login: 'cus1', roles: ['custodian' as const], name: '保管员丙' },
  { login: 'cus2', roles: ['custodian' as const], name: '保管员丁' },
  { login: 'gm', roles: ['gm' as const], name: '总经理' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '保密员' },
  { login: 'aud', roles: ['auditor' as const], name: '审计员' },
];

export type { Call } from './kit';
export { ok } from './kit';

/** A vault with the archive roles; signed in as `login` (default the operator). */
export async function setupArchive(login = 'op', locale: MessageLocale = 'en') {
  return vaultWith(ARCHIVE_USERS, { as: login, locale });
}

/** Valid unified social credit codes (real, checksum-correct). */
export const USCC = { boc: '911000001000013428', pingan: '91440300100012316L', huawei: '914403001922038216' };

export const bank = (over: Partial<CustomerInput> = {}): CustomerInput =>
  ({
    category: 'special',
    subType: 'bank',
    partyKind: 'institution',
    name: '中国银行',
    idKind: 'uscc',
    idNumber: USCC.boc,
    contactPerson: '王伟',
    phone: '010-66596688',
    ...over,
  }) as CustomerInput;
export const person = (over: Partial<CustomerInput> = {}): CustomerInput =>
  ({
    category: 'general',
    subType: 'individual',
    partyKind: 'person',
    name: '张秀英',
    idKind: 'residentId',
    idNumber: '11010519491231002X',
    ...over,
  }) as CustomerInput;
export const item = (customerId: number, over: Partial<ItemInput> = {}): ItemInput =>
  ({
    customerId,
    title: '2025年度合作协议',
    docType: '合同',
    docDate: '2025-03-01',
    pages: 12,
    copies: 1,
    carrier: 'paper',
    writingMedium: 'print',
    retention: '30y',
    classification: 0,
    ...over,
  }) as ItemInput;

export const count = (ctx: AppContext, table: string) => ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const actions = (ctx: AppContext) => ctx.vault!.db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all() as string[];
