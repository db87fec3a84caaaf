// Loans test rig: a real vault (test/unit/kit.ts) with the people the loan chain names, one bank's
// archive with two ordinary items (3 copies and 1) and a 机密 item under its custodian, all shelved,
// and helpers to record, approve and issue a loan through the real calls.
import { deflateSync } from 'node:zlib';
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import type { LoanRequestInput, LoanRow } from '../../electron/loans/contract/calls';
import type { MessageLocale } from '../../electron/contract/messages';
import type { AppContext } from '../../electron/core/context';
import { bank, item } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const LOAN_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王专员' },
  { login: 'op2', roles: ['operator' as const], name: '刘专员' },
  { login: 'csm', roles: ['csManager' as const], name: '张经理' },
  { login: 'cus', roles: ['custodian' as const], name: '赵保管' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '孙保密' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李主管' },
  // R-GOV-1: the GM approves a loan-policy change (test/unit/policy-helpers.ts)
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
];

/** A vault signed in as the operator with items { a: 3 copies, b: 1 copy, secret: 机密 } on the shelf. */
export async function setupLoans(locale: MessageLocale = 'en') {
  const v = await vaultWith(LOAN_USERS, { as: 'op', locale });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const a = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '授信合同', pages: 12, copies: 3 }))).id;
  const b = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '开户资料', pages: 8 }))).id;
  const secret = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '账户对账单', classification: 2, custodianId: v.ids.cus }))).id;
  const room = ok(await v.call('locations.createRoom', { name: '一号库房' }));
  ok(await v.call('locations.createCabinet', { roomId: room.id, code: 'A01', zone: 'special', segregated: false, shelves: 2, positions: 5 }));
  ok(await v.call('locations.createCabinet', { roomId: room.id, code: 'S01', zone: 'any', segregated: true, shelves: 1, positions: 4 }));
  for (const id of [a, b])
    ok(await v.call('locations.place', { itemId: id, locationId: ok(await v.call('locations.proposeSlot', { itemId: id }))!.locationId }));
  await v.as('cus');
  ok(await v.call('locations.place', { itemId: secret, locationId: ok(await v.call('locations.proposeSlot', { itemId: secret }))!.locationId }));
  await v.as('op');
  return { ...v, customerId: c.customerId, items: { a, b, secret } };
}
export type LoanRig = Awaited<ReturnType<typeof setupLoans>>;

export const borrower = () => ({ kind: 'staff' as const, name: '周明', unit: '市场部', contact: '分机 8021' });

export const loanRequest = (items: { itemId: number; copies?: number }[], over: Partial<LoanRequestInput> = {}): LoanRequestInput => ({
  applicant: borrower(),
  items,
  purpose: '合同续签核对',
  reason: '续签授信合同需核对原件条款',
  urgency: 'normal',
  evidence: { stampPresent: true, headName: '市场部 吴部长' },
  ...over,
});

/** Signs every waiting step: the specialist op2, then the CS manager when the chain has that step. */
export async function approve(v: LoanRig, req: ApprovalRequest): Promise<ApprovalRequest> {
  let r = req;
  for (const step of r.chain) {
    const signer = step.anyOf.includes('operator') ? 'op2' : step.anyOf.includes('csManager') ? 'csm' : 'sup';
    r = ok(await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: signer, signerPassword: PW }));
  }
  return r;
}

/** Records, approves and issues (signed on the slip) as the signed-in user; returns the register rows. */
export async function lend(v: LoanRig, items: { itemId: number; copies?: number }[], over: Partial<LoanRequestInput> = {}): Promise<LoanRow[]> {
  const req = await approve(v, ok(await v.call('loans.request', loanRequest(items, over))));
  return ok(await v.call('loans.issue', { requestId: req.id, signature: { kind: 'slip' } }));
}

/** A real PNG (w×h, one stroke): what the renderer's signature pad sends. */
export function padPng(w = 300, h = 100): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h, 255);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    if (y === Math.floor(h / 2)) for (let x = 20; x < w - 20; x++) raw[y * (w + 1) + 1 + x] = 0;
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png.toString('base64');
}

export const rows = (ctx: AppContext, table: string) => ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
export const LOAN_TABLES = ['loans', 'loan_returns', 'loan_renewals', 'loan_strikes', 'custody_events', 'movements', 'requests', 'audit_entry'];
export const tableCounts = (ctx: AppContext) => Object.fromEntries(LOAN_TABLES.map((t) => [t, rows(ctx, t)]));
export const custody = (ctx: AppContext, itemId: number) => ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(itemId) as string;
export const actions = (ctx: AppContext) => ctx.vault!.db.prepare('SELECT action FROM audit_entry ORDER BY seq').pluck().all() as string[];
