// Copies test rig (R-SEC-3..5): a real vault (test/unit/kit.ts) with the people the copy,
// carry-out and provision chains name, a room with a shelf, one customer's items on the shelf
// (普通 and 机密), a real three-page PDF attachment, and helpers that record, submit and sign
// requests through the engine's own calls.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { AttachmentRow } from '../../electron/archive/contract/attachments';
import type { ApprovalRequest, NewRequestInput } from '../../electron/approvals/contract/calls';
import type { Result } from '../../electron/contract/result';
import { bank, item } from './archive-helpers';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';

export const COPIES_USERS = [
  { login: 'op', roles: ['operator' as const], name: '王建国' },
  { login: 'op2', roles: ['operator' as const], name: '刘芳' },
  { login: 'sup', roles: ['infoSupervisor' as const], name: '李明' },
  { login: 'csm', roles: ['csManager' as const], name: '张伟' },
  { login: 'gm', roles: ['gm' as const], name: '陈静' },
  { login: 'both', roles: ['infoSupervisor' as const, 'csManager' as const], name: '赵兼任' },
  { login: 'dev', roles: ['devSpecialist' as const], name: '孙开发' },
  { login: 'cus', roles: ['custodian' as const], name: '赵磊' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '周保密' },
];

/** A real PDF of `pages` pages with some text of its own. */
export async function samplePdf(pages = 3): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`Loan contract scan, page ${i}`, { x: 72, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201f0a4a3c80000000049454e44ae426082',
  'hex',
);

/** pdftotext of one page (1-based) of a PDF's bytes. */
export function pageText(pdf: Uint8Array, page: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'copies-pdf-'));
  const f = join(dir, 'x.pdf');
  writeFileSync(f, pdf);
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', f, '-']).toString('utf8');
}
export function pdfPages(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'copies-pdf-'));
  const f = join(dir, 'x.pdf');
  writeFileSync(f, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f]).toString('utf8'))?.[1] ?? 0);
}

export async function setupCopies(as = 'op') {
  const v = await vaultWith(COPIES_USERS, { as: 'op', locale: 'en' });
  const c = ok<CustomerCreated>(await v.call('customers.create', bank()));
  const room = ok<{ id: number }>(await v.call('locations.createRoom', { name: '一号档案库房' }));
  ok(
    await v.call('locations.createCabinet', { roomId: room.id, code: 'B01', name: '特殊客户柜', zone: 'special', segregated: false, shelves: 2, positions: 5 }),
  );
  ok(
    await v.call('locations.createCabinet', { roomId: room.id, code: 'M01', name: '涉密隔离柜', zone: 'special', segregated: true, shelves: 1, positions: 5 }),
  );
  const plain = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '2025年度授信合同', pages: 3 }))).id;
  const second = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '担保函', pages: 2 }))).id;
  const secret = ok<ItemCreated>(await v.call('items.create', item(c.customerId, { title: '授信批复（机密）', classification: 2, custodianId: v.ids.cus }))).id;
  for (const id of [plain, second]) {
    const slot = ok<{ locationId: number } | null>(await v.call('locations.proposeSlot', { itemId: id }))!;
    ok(await v.call('locations.place', { itemId: id, locationId: slot.locationId, reason: '入库上架' }));
  }
  const pdf = await samplePdf(3);
  const att = ok<AttachmentRow>(
    await v.call('attachments.add', { itemId: plain, fileName: '授信合同扫描.pdf', mime: 'application/pdf', dataBase64: pdf.toString('base64') }),
  );
  const png = ok<AttachmentRow>(
    await v.call('attachments.add', { itemId: second, fileName: '担保函.png', mime: 'image/png', dataBase64: PNG.toString('base64') }),
  );
  const saved: { name: string; bytes: Uint8Array }[] = [];
  let answer: string | null = '/media/usb/copy.pdf';
  v.ctx.fileSaver = { save: async (bytes, name) => (saved.push({ name, bytes }), answer) };
  if (as !== 'op') await v.as(as);

  const request = async (type: string, details: Record<string, unknown>, itemIds: number[], over: Partial<NewRequestInput> = {}) =>
    ok<ApprovalRequest>(
      await v.call('approvals.create', {
        type,
        applicant: { kind: 'staff', userId: v.ids.dev, name: '孙开发', unit: '开发部' },
        targets: { scope: 'items', itemIds },
        purpose: '授信复审',
        reason: '年度授信复审需要合同复印件',
        details,
        submit: true,
        ...over,
      } as NewRequestInput),
    );
  const sign = (requestId: number, login: string, meaning: 'approved' | 'rejected' = 'approved'): Promise<Result<ApprovalRequest>> =>
    v.call('approvals.sign', { requestId, meaning, reason: meaning === 'rejected' ? '不符合规定' : undefined, signerLogin: login, signerPassword: PW });
  const count = (table: string) => v.ctx.vault!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const audit = (action: string) =>
    v.ctx.vault!.db.prepare('SELECT detail_json FROM audit_entry WHERE action = ? ORDER BY seq').pluck().all(action) as string[];
  return {
    ...v,
    ids: v.ids as Record<'admin' | 'op' | 'op2' | 'sup' | 'csm' | 'gm' | 'both' | 'dev' | 'cus' | 'sec', number>,
    customer: c,
    plain,
    second,
    secret,
    attachment: att.id,
    pngAttachment: png.id,
    pdf,
    saved,
    answer: (a: string | null) => (answer = a),
    request,
    sign,
    count,
    audit,
  };
}
