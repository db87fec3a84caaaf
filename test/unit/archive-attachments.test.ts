// Scanned attachments on archive items: bytes inside the encrypted vault, type by magic bytes,
// 20 MB per file, sha256 re-checked on read, gated like item content, withdrawn (never deleted).
// Real vault + real dispatcher (contract schemas and access lists run too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sniffMime } from '../../electron/archive/attachments';
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import { ATTACHMENT_MAX_BYTES, type AttachmentContent, type AttachmentRow } from '../../electron/archive/contract/attachments';
import type { Result } from '../../electron/contract/result';
import { vaultFilePath } from '../../electron/vault/keyfile';
import { bank, count, item, ok, setupArchive } from './archive-helpers';
import { PDFDocument } from 'pdf-lib';
import { PW } from './auth-helpers';
import { clientFor } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const MARKER = 'SCAN-MARKER-5c1e 张三丰贷款合同扫描件';
/** A tiny but real-looking PDF whose body carries a marker we can look for on disk. */
const pdf = (extra = '') => Buffer.from(`%PDF-1.4\n% ${MARKER} ${extra}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const TIFF = Buffer.from('49492a000800000000000000', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(60)]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)]);
const b64 = (b: Buffer) => b.toString('base64');

/** Archive rig + a dispatcher that also serves attachments.*; one ordinary and one 机密 item. */
async function rig(lang: 'en' | 'zh-CN' = 'en') {
  const v = await setupArchive('op');
  cleanup = v.cleanup;
  const zh = clientFor(v.ctx, 'zh-CN');
  // the rig's language by default; a test may ask for the other one
  const call = (name: string, input: unknown = {}, locale: 'en' | 'zh-CN' = lang): Promise<Result<unknown>> =>
    locale === 'en' ? v.raw(name, input) : zh.raw(name, input);
  const boc = ok<CustomerCreated>(await call('customers.create', bank())).customerId;
  const plain = ok<ItemCreated>(await call('items.create', item(boc))).id;
  const secret = ok<ItemCreated>(await call('items.create', item(boc, { title: '授信批复', classification: 2, custodianId: v.ids.cus1 }))).id;
  const audit = (action: string) =>
    v.ctx
      .vault!.db.prepare('SELECT actor_id AS actorId, entity_id AS entityId, detail_json AS detail FROM audit_entry WHERE action = ? ORDER BY seq')
      .all(action) as {
      actorId: number;
      entityId: string;
      detail: string;
    }[];
  return { ...v, call, plain, secret, audit };
}

describe('attachments: add, list, get', () => {
  test('R-ARCH-5 R-IT-1 a scan is added, listed and read back byte for byte; the audit has name/size/sha256 but no content', async () => {
    const v = await rig();
    const bytes = pdf();
    const row = ok<AttachmentRow>(
      await v.call('attachments.add', { itemId: v.plain, fileName: '合同扫描.pdf', mime: 'application/pdf', dataBase64: b64(bytes) }),
    );
    expect(row).toMatchObject({
      itemId: v.plain,
      fileName: '合同扫描.pdf',
      mime: 'application/pdf',
      size: bytes.length,
      addedByName: '信息专员甲',
      withdrawn: null,
    });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const [name, mime, b] of [
      ['a.png', 'image/png', PNG],
      ['b.JPEG', 'image/jpeg', JPEG],
      ['c.tif', 'image/tiff', TIFF],
    ] as const) {
      ok(await v.call('attachments.add', { itemId: v.plain, fileName: name, mime, dataBase64: b64(b) }));
    }
    const list = ok<AttachmentRow[]>(await v.call('attachments.list', { itemId: v.plain }));
    expect(list.map((a) => a.fileName)).toEqual(['合同扫描.pdf', 'a.png', 'b.JPEG', 'c.tif']);
    const got = ok<AttachmentContent>(await v.call('attachments.get', { id: row.id }));
    expect(Buffer.from(got.dataBase64, 'base64').equals(bytes)).toBe(true);
    expect(got).toMatchObject({ fileName: '合同扫描.pdf', mime: 'application/pdf', sha256: row.sha256 });

    const adds = v.audit('archive.attachment.add');
    expect(adds).toHaveLength(4);
    expect(JSON.parse(adds[0]!.detail)).toEqual({
      itemId: v.plain,
      archiveNo: expect.any(String),
      fileName: '合同扫描.pdf',
      mime: 'application/pdf',
      size: bytes.length,
      sha256: row.sha256,
    });
    expect(adds[0]!.detail).not.toContain('SCAN-MARKER');
    expect(adds[0]!.detail).not.toContain(b64(bytes).slice(0, 40));
    // an ordinary item's read is not a classified view: no view entry
    expect(v.audit('archive.attachment.view')).toHaveLength(0);
  });

  test('R-IT-1 the type comes from the magic bytes: a .pdf name with EXE or ZIP bytes is refused, translated, nothing written', async () => {
    const v = await rig('zh-CN');
    const before = { att: count(v.ctx, 'attachments'), blobs: count(v.ctx, 'attachment_blobs'), audit: count(v.ctx, 'audit_entry') };
    for (const bad of [EXE, ZIP, Buffer.from('just text, not a scan')]) {
      const r = await v.call('attachments.add', { itemId: v.plain, fileName: '合同.pdf', mime: 'application/pdf', dataBase64: b64(bad) });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '输入有误: 只支持 PDF、JPEG、PNG、TIFF 格式的扫描件（按文件内容识别）' } });
    }
    // declared PNG but the bytes are a PDF; and a PDF named .exe (it would be offered as .exe on download)
    expect(await v.call('attachments.add', { itemId: v.plain, fileName: 'x.png', mime: 'image/png', dataBase64: b64(pdf()) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    const exeName = await v.call('attachments.add', { itemId: v.plain, fileName: 'x.exe', mime: 'application/pdf', dataBase64: b64(pdf()) }, 'en');
    expect(exeName).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: "Invalid input: The file name's extension does not match the file content" },
    });
    // a declared type outside the four is refused by the contract schema
    const zipMime = await v.call('attachments.add', { itemId: v.plain, fileName: 'x.zip', mime: 'application/zip', dataBase64: b64(ZIP) }, 'en');
    expect(zipMime).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'mime', message: 'Only PDF, JPEG, PNG and TIFF scans (recognised by the file content)' }] },
    });
    expect({ att: count(v.ctx, 'attachments'), blobs: count(v.ctx, 'attachment_blobs'), audit: count(v.ctx, 'audit_entry') }).toEqual(before);
    expect([sniffMime(EXE), sniffMime(ZIP), sniffMime(PNG), sniffMime(Buffer.from('4d4d002a', 'hex'))]).toEqual([null, null, 'image/png', 'image/tiff']);
  });

  test('R-IT-1 over 20 MB is refused (by the contract on the base64 length and by the domain on the decoded bytes), nothing written', async () => {
    const v = await rig();
    const audit = count(v.ctx, 'audit_entry');
    // one byte over the limit: the base64 still fits the schema's bound, the domain refuses it
    const justOver = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20);
    pdf().copy(justOver);
    const r1 = await v.call('attachments.add', { itemId: v.plain, fileName: 'big.pdf', mime: 'application/pdf', dataBase64: b64(justOver) });
    expect(r1).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input: Attachment too large (at most 20 MB per file)' } });
    // 21 MB: refused at the boundary before decoding
    const r2 = await v.call('attachments.add', { itemId: v.plain, fileName: 'big.pdf', mime: 'application/pdf', dataBase64: 'A'.repeat(28 * 1024 * 1024) });
    expect(r2).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'dataBase64', message: 'Attachment too large (at most 20 MB per file)' }] },
    });
    expect(count(v.ctx, 'attachments')).toBe(0);
    expect(count(v.ctx, 'audit_entry')).toBe(audit);
    // exactly 20 MB is accepted
    const atLimit = Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x20);
    pdf().copy(atLimit);
    expect(
      ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'limit.pdf', mime: 'application/pdf', dataBase64: b64(atLimit) })).size,
    ).toBe(ATTACHMENT_MAX_BYTES);
  });

  test('R-IT-1 malformed base64, empty data, path-like names and unknown keys are BAD_INPUT', async () => {
    const v = await rig();
    const good = { itemId: v.plain, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) };
    for (const bad of [
      { ...good, dataBase64: '%%%%' },
      { ...good, dataBase64: 'QUJD=' },
      { ...good, dataBase64: '' },
      { ...good, fileName: '../../etc/passwd.pdf' },
      { ...good, fileName: 'a\u0000.pdf' },
      { ...good, itemId: 0 },
      { ...good, extra: 1 },
    ]) {
      expect(await v.call('attachments.add', bad), JSON.stringify(bad).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await v.call('attachments.withdraw', { id: 1, reason: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await v.call('attachments.add', { ...good, itemId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count(v.ctx, 'attachments')).toBe(0);
  });
});

describe('attachments: gated like item content (R-USE-1, R-SEC-2)', () => {
  test('R-USE-1 R-SEC-2 a user the gate refuses gets CONTENT_DENIED for list/get/add/withdraw; refused classified attempts are audited', async () => {
    const v = await rig();
    // the operator may not see 机密 content (policy), so may not attach to it either
    expect(await v.call('attachments.add', { itemId: v.secret, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_DENIED' },
    });
    await v.as('cus1');
    const id = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.secret, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) })).id;
    const plainAtt =
      (await v.as('op'),
      ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'p.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) })));
    // the other custodian: not this item's custodian and the policy names no role for 机密
    await v.as('cus2');
    const deniedBefore = v.audit('archive.attachment.denied').length;
    expect(await v.call('attachments.list', { itemId: v.secret })).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_DENIED', message: 'You may not view the content of this item' },
    });
    expect(await v.call('attachments.get', { id })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    expect(await v.call('attachments.withdraw', { id, reason: '试试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    const denied = v.audit('archive.attachment.denied');
    expect(denied.length - deniedBefore).toBe(3);
    expect(denied.at(-2)).toMatchObject({ actorId: v.ids.cus2, entityId: String(v.secret) });
    // a custodian role alone does not open an ordinary item either (policy names 'operator' for 普通)
    expect(await v.call('attachments.get', { id: plainAtt.id })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    // the same gate as items.get: if items.get refuses, attachments refuse, and vice versa
    expect(await v.call('items.get', { id: v.secret })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
    // the gm: an archive role, but the policy names no role for 机密
    await v.as('gm');
    expect(await v.call('attachments.get', { id })).toMatchObject({ ok: false, error: { code: 'CONTENT_DENIED' } });
  });

  test('R-USE-1 sysAdmin (and the other 三员) never read attachments', async () => {
    const v = await rig();
    const id = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) })).id;
    for (const l of ['admin', 'sec', 'aud']) {
      await v.as(l);
      expect(await v.call('attachments.get', { id }), l).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
      expect(await v.call('attachments.list', { itemId: v.plain }), l).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
      expect(await v.call('attachments.add', { itemId: v.plain, fileName: 'b.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) }), l).toMatchObject({
        ok: false,
      });
    }
    expect(count(v.ctx, 'attachments')).toBe(1);
  });

  test('R-SEC-2 reading a classified item’s attachment is audited (who, which file, its sha256)', async () => {
    const v = await rig();
    await v.as('cus1');
    const row = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.secret, fileName: '批复.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) }));
    expect(v.audit('archive.attachment.view')).toHaveLength(0);
    ok(await v.call('attachments.get', { id: row.id }));
    ok(await v.call('attachments.get', { id: row.id }));
    const views = v.audit('archive.attachment.view');
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ actorId: v.ids.cus1, entityId: String(row.id) });
    expect(JSON.parse(views[0]!.detail)).toMatchObject({ itemId: v.secret, classification: 2, fileName: '批复.pdf', sha256: row.sha256 });
  });

  test('R-IT-1 bytes that no longer match the stored sha256 are refused as TAMPERED', async () => {
    const v = await rig();
    const id = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) })).id;
    const db = v.ctx.vault!.db;
    // an attacker with the key (or a bad sector) bypasses the trigger; the read must notice
    db.exec('DROP TRIGGER attachment_blobs_no_update');
    db.prepare('UPDATE attachment_blobs SET data = ? WHERE attachment_id = ?').run(pdf('forged'), id);
    expect(await v.call('attachments.get', { id })).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
  });
});

describe('attachments: withdrawn, never deleted', () => {
  test('R-ARCH-5 R-IT-1 a withdrawn attachment leaves the default list but stays in the history; withdrawing is audited, once', async () => {
    const v = await rig();
    const a = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(pdf()) }));
    const b = ok<AttachmentRow>(await v.call('attachments.add', { itemId: v.plain, fileName: 'b.png', mime: 'image/png', dataBase64: b64(PNG) }));
    const w = ok<AttachmentRow>(await v.call('attachments.withdraw', { id: a.id, reason: '扫描不清，重新扫描' }));
    expect(w.withdrawn).toMatchObject({ byName: '信息专员甲', reason: '扫描不清，重新扫描' });
    expect(ok<AttachmentRow[]>(await v.call('attachments.list', { itemId: v.plain })).map((r) => r.id)).toEqual([b.id]);
    const history = ok<AttachmentRow[]>(await v.call('attachments.list', { itemId: v.plain, includeWithdrawn: true }));
    expect(history.map((r) => [r.id, r.withdrawn?.reason ?? null])).toEqual([
      [a.id, '扫描不清，重新扫描'],
      [b.id, null],
    ]);
    // the bytes are still there (history), and the record cannot be withdrawn twice
    expect(Buffer.from(ok<AttachmentContent>(await v.call('attachments.get', { id: a.id })).dataBase64, 'base64').equals(pdf())).toBe(true);
    expect(await v.call('attachments.withdraw', { id: a.id, reason: '再撤一次' })).toMatchObject({ ok: false, error: { code: 'BAD_STATE' } });
    const entries = v.audit('archive.attachment.withdraw');
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.detail)).toMatchObject({ fileName: 'a.pdf', sha256: a.sha256, reason: '扫描不清，重新扫描' });
    expect(count(v.ctx, 'attachment_blobs')).toBe(2);
  });
});

describe('attachments: encrypted at rest', () => {
  test('R-IT-1 R-SEC-2 an uploaded file’s plaintext is not in vault.db or the WAL — while in the WAL and after close', async () => {
    const v = await rig();
    const vault = v.ctx.vault!;
    vault.db.pragma('wal_autocheckpoint = 0'); // keep the pages in the WAL while we look
    const bytes = pdf('x'.repeat(5000));
    const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from('SCAN-MARKER-5c1e', 'utf8'), bytes.subarray(0, 64), Buffer.from(b64(bytes).slice(0, 64))];
    const scan = () => {
      const hits: string[] = [];
      for (const name of readdirSync(v.ctx.dir)) {
        const onDisk = readFileSync(join(v.ctx.dir, name));
        needles.forEach((n, i) => onDisk.includes(n) && hits.push(`${name}: needle ${i}`));
      }
      return hits;
    };
    ok(await v.call('attachments.add', { itemId: v.plain, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64(bytes) }));
    expect(readFileSync(`${vaultFilePath(v.ctx.dir)}-wal`).length).toBeGreaterThan(bytes.length); // the blob really is in the WAL
    expect(scan()).toEqual([]);
    // the scan can fail: the same bytes written plainly next to the vault are found
    const { writeFileSync, rmSync } = await import('node:fs');
    const control = join(v.ctx.dir, 'control.bin');
    writeFileSync(control, bytes);
    expect(scan()).toContain('control.bin: needle 0');
    rmSync(control);
    vault.close();
    expect(scan()).toEqual([]);
    expect(readdirSync(v.ctx.dir).filter((n) => !n.startsWith('vault.db') && n !== 'keys.json')).toEqual([]); // no loose files
  });
});

describe('attachments: save as a file (through main)', () => {
  test('R-USE-1 R-SEC-2 R-SEC-3 R-IT-1 save is a copy: refused without an approved copy request; under one, main writes the marked copy through the FileSaver port and audits it; refused or cancelled saves write nothing', async () => {
    const v = await rig();
    const doc = await PDFDocument.create();
    doc.addPage();
    const bytes = Buffer.from(await doc.save());
    const id = ok<AttachmentRow>(
      await v.call('attachments.add', { itemId: v.plain, fileName: '合同扫描.pdf', mime: 'application/pdf', dataBase64: b64(bytes) }),
    ).id;
    const saved: { name: string; bytes: Uint8Array }[] = [];
    let answer: string | null = '/media/u盘/合同扫描.pdf';
    v.ctx.fileSaver = { save: async (b, name) => (saved.push({ name, bytes: b }), answer) };

    // a saved file is a copy (R-SEC-3): without a grant or an approved copy request, nothing is written
    expect(await v.call('attachments.save', { id })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });
    expect(saved).toHaveLength(0);
    const request = ok<{ id: number; no: string }>(
      await v.call('approvals.create', {
        type: 'copy',
        applicant: { kind: 'staff', name: '开发专员乙', unit: '开发部' },
        targets: { scope: 'items', itemIds: [v.plain] },
        purpose: '复审',
        reason: '年度复审',
        details: { copies: 2, mode: 'full' },
        submit: true,
      }),
    );
    ok(await v.call('approvals.sign', { requestId: request.id, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));

    expect(ok<{ path: string }>(await v.call('attachments.save', { id }))).toEqual({ path: '/media/u盘/合同扫描.pdf' });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe(`合同扫描-${request.no}-第1份.pdf`);
    expect(Buffer.from(saved[0]!.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(saved[0]!.bytes).equals(bytes)).toBe(false); // the marked copy, not the plain scan
    const entries = v.audit('archive.attachment.save');
    expect(entries).toHaveLength(1); // even for an ordinary (普通) item: a copy left the vault
    expect(JSON.parse(entries[0]!.detail)).toMatchObject({
      fileName: '合同扫描.pdf',
      path: '/media/u盘/合同扫描.pdf',
      classification: 0,
      copyRef: request.no,
      copyNo: 1,
    });

    answer = null; // the operator cancels the save dialog
    expect(await v.call('attachments.save', { id })).toMatchObject({ ok: false, error: { code: 'SAVE_CANCELLED' } });
    expect(v.audit('archive.attachment.save')).toHaveLength(1);

    await v.as('sec'); // the security officer never reads content (三员分立)
    expect(await v.call('attachments.save', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(saved).toHaveLength(2); // the saved copy and the cancelled dialog; nothing for the refusals
  });
});
