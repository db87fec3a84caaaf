// Realistic Chinese sample archives for the demo vault and the search benchmark
// (`seedArchive(vault, n)`): n customers, each with a few items, written through the same
// insert functions as the app (so archive numbers, search index and audit are real).
import type { Actor } from '../people/users';
import type { CustomerInput, ItemInput } from './contract/calls';
import { CARRIERS, CUSTOMER_SUB_TYPES, RETENTIONS, WRITING_MEDIA } from './contract/calls';
import { residentIdCheckChar, usccCheckChar } from './contract/idNumbers';
import type { Vault } from '../vault/vault';
import { insertCustomer } from './customers';
import { insertItem } from './items';

const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '重庆', '西安', '苏州', '天津'];
const SPECIAL: Record<(typeof CUSTOMER_SUB_TYPES.special)[number], string[]> = {
  bank: ['中国银行', '中国建设银行', '招商银行', '中国工商银行', '交通银行', '中国农业银行'],
  lawyer: ['金杜律师事务所', '君合律师事务所', '中伦律师事务所', '方达律师事务所'],
  insurer: ['中国平安保险', '中国人寿保险', '太平洋保险', '泰康人寿保险'],
  financialAdviser: ['中金财务顾问', '华泰联合财务顾问', '普华永道咨询'],
  advertising: ['分众传媒广告', '省广集团广告', '华扬联众广告'],
  publicRelations: ['蓝色光标公关', '宣亚国际公关', '博然思维公关'],
  otherPartner: ['顺丰速运', '德勤会计师事务所', '中国电信'],
};
const BRANDS = ['华润', '永辉', '联华', '苏宁', '国美', '美的', '格力', '海尔', '金龙', '长虹', '恒通', '宏达'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超'];
const DOCS = ['合作协议', '营业执照副本', '授权委托书', '年度对账单', '保密协议', '法律意见书', '贷款合同', '保险单', '广告投放合同', '客户信息登记表'];

/** Deterministic pseudo-random numbers: the same n gives the same archive (repeatable benchmarks). */
export function rng(seed: number) {
  let s = seed >>> 0;
  return (k: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % k;
  };
}
export const pick = <T>(r: (k: number) => number, xs: readonly T[]): T => xs[r(xs.length)]!;

function uscc(n: number): string {
  const first17 = `91110000${String(n).padStart(9, '0')}`;
  return first17 + usccCheckChar(first17)!;
}
function residentId(n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (n % 15000) * 86400000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `110105${birth}${String(Math.floor(n / 15000) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17)!;
}

export function sampleCustomer(i: number, r: (k: number) => number): CustomerInput {
  const roll = r(10);
  if (roll < 4) {
    const subType = pick(r, CUSTOMER_SUB_TYPES.special);
    const base = pick(r, SPECIAL[subType]);
    const name = subType === 'bank' || subType === 'insurer' ? `${base}${pick(r, CITIES)}分公司` : `${base}（${pick(r, CITIES)}）`;
    return {
      category: 'special',
      subType,
      partyKind: 'institution',
      name,
      idKind: 'uscc',
      idNumber: uscc(i),
      contactPerson: `${pick(r, SURNAMES)}${pick(r, GIVEN)}`,
      phone: `010-6${String(1000000 + r(8999999))}`,
    } as CustomerInput;
  }
  if (roll < 7) {
    return {
      category: 'general',
      subType: 'distributor',
      partyKind: 'institution',
      name: `${pick(r, CITIES)}${pick(r, BRANDS)}商贸有限公司`,
      idKind: 'uscc',
      idNumber: uscc(i),
    } as CustomerInput;
  }
  return {
    category: 'general',
    subType: 'individual',
    partyKind: 'person',
    name: `${pick(r, SURNAMES)}${pick(r, GIVEN)}${pick(r, GIVEN)}`,
    idKind: 'residentId',
    idNumber: residentId(i),
  } as CustomerInput;
}

/** One item of a customer's archive; shared with bulkSeed.ts so both seeds look alike. */
export function sampleItem(customerId: number, r: (k: number) => number, custodianId?: number): ItemInput {
  const classification = custodianId && r(20) === 0 ? 2 + r(2) : r(3) === 0 ? 1 : 0;
  return {
    customerId,
    title: `${2015 + r(11)}年度${pick(r, DOCS)}`,
    docType: pick(r, DOCS),
    docDate: `${2015 + r(11)}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(28)).padStart(2, '0')}`,
    pages: 1 + r(80),
    copies: 1 + r(3),
    carrier: r(5) === 0 ? pick(r, CARRIERS) : 'paper',
    writingMedium: pick(r, WRITING_MEDIA),
    retention: pick(r, RETENTIONS),
    classification,
    custodianId: classification >= 2 ? custodianId : undefined,
  } as ItemInput;
}

export interface SeedOptions {
  itemsPerCustomer?: number;
  /** a custodian user: with one, some items are 机密/绝密 */
  custodianId?: number;
  actor?: Actor;
  /** rows per transaction */
  batch?: number;
  seed?: number;
}

export function seedArchive(vault: Vault, n: number, opts: SeedOptions = {}): { customers: number; items: number } {
  const r = rng(opts.seed ?? 20261127);
  const actor = opts.actor ?? { id: null, name: '示例数据' };
  const per = opts.itemsPerCustomer ?? 3;
  const batch = opts.batch ?? 500;
  const clock = vault.opts.clock;
  const base = (vault.db.prepare('SELECT count(*) FROM customers').pluck().get() as number) + 1;
  let items = 0;
  for (let start = 0; start < n; start += batch) {
    vault.tx((w) => {
      for (let i = start; i < Math.min(n, start + batch); i++) {
        const { customerId } = insertCustomer(w, clock, actor, sampleCustomer(base + i, r));
        for (let k = 0; k < per; k++) {
          insertItem(w, clock, actor, sampleItem(customerId, r, opts.custodianId));
          items++;
        }
      }
    });
  }
  return { customers: n, items };
}
