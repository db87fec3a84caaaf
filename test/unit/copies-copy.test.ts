// R-SEC-3 copy / excerpt: an approved copy request (GM or information supervisor) lets the keeper
// count and number copies in the copy register; saving an attachment is a copy — refused outside
// a grant that allows it or an approved copy request, registered, and the saved file carries the
// trace mark on every page. Real vault, real dispatcher, real engine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CopyRow } from '../../electron/copies/contract/calls';
import { markPdf, traceMarkText } from '../../electron/copies/trace-mark';
import { requestType } from '../../electron/approvals';
import { ok } from './kit';
import { pageText, pdfPages, samplePdf, setupCopies } from './copies-fixture';

const OUT = join(process.cwd(), 'test', 'output', 'print');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function rig(as = 'op') {
  const v = await setupCopies(as);
  cleanup = v.cleanup;
  return v;
}
const COPY = { copies: 2, mode: 'full', pages: '1-3' };

describe('trace mark (pure)', () => {
  test('R-SEC-3 the mark is text on every page of a marked PDF (pdftotext finds it page by page)', async () => {
    const src = await samplePdf(4);
    const mark = { refNo: 'FZ-2026-0007', person: '王建国', at: '2026-12-01 10:30', copyNo: 3, archiveNo: 'TS-2026-00001-002' };
    const out = await markPdf(src, mark);
    expect(pdfPages(out)).toBe(4);
    // for a human look: test/output/print/copies-marked-sample-1.png
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'copies-marked-sample.pdf'), out);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(OUT, 'copies-marked-sample.pdf'), join(OUT, 'copies-marked-sample')]);
    for (let p = 1; p <= 4; p++) {
      const text = pageText(out, p);
      expect(text).toContain('FZ-2026-0007');
      expect(text).toContain('王建国');
      expect(text).toContain('第 3 份');
      expect(text).toContain(`page ${p}`); // the page's own content stays
    }
    expect(traceMarkText(mark)).toContain('TS-2026-00001-002');
    await expect(markPdf(Buffer.from('%PDF-1.4\n%%EOF\n'), mark)).rejects.toThrow();
  });
});

describe('copy register', () => {
  test('R-SEC-3 an approved copy request: copies counted and numbered 1..n, never beyond the approved number; each copy has its own custody', async () => {
    const v = await rig();
    const r = await v.request('copy', COPY, [v.plain, v.second]);
    expect(r.no).toMatch(/^FZ-\d{4}-\d{4}$/);
    // not approved yet: nothing can be recorded
    expect(await v.call('copies.record', { requestId: r.id, itemId: v.plain, count: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_APPROVED' } });
    ok(await v.sign(r.id, 'gm')); // GM or information supervisor: one signature approves
    const first = ok(await v.call('copies.record', { requestId: r.id, itemId: v.plain, count: 1 }));
    expect(first.map((c) => c.copyNo)).toEqual([1]);
    const second = ok(await v.call('copies.record', { requestId: r.id, itemId: v.plain, count: 1, note: '复印' }));
    expect(second.map((c) => c.copyNo)).toEqual([2]);
    expect(await v.call('copies.record', { requestId: r.id, itemId: v.plain, count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'COPY_LIMIT', message: expect.stringContaining('2/2') },
    });
    // the other item has its own numbers
    expect(ok(await v.call('copies.record', { requestId: r.id, itemId: v.second, count: 2 })).map((c) => c.copyNo)).toEqual([1, 2]);
    // an item outside the request
    expect(await v.call('copies.record', { requestId: r.id, itemId: v.secret, count: 1 })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });

    const rows = ok(await v.call('copies.list', {}));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ refNo: r.no, itemTitle: '2025年度授信合同', copyNo: 1, kind: 'full', pages: '1-3', state: 'issued', madeByName: '王建国' });
    expect(rows[0]!.forWhom).toContain('孙开发');
    // custody of one copy: issued → returned → destroyed, never back
    const c1 = rows[0]!;
    expect(ok(await v.call('copies.setState', { copyId: c1.id, state: 'returned' })).state).toBe('returned');
    expect(ok(await v.call('copies.setState', { copyId: c1.id, state: 'destroyed', note: '碎纸机销毁' })).state).toBe('destroyed');
    expect(await v.call('copies.setState', { copyId: c1.id, state: 'returned' })).toMatchObject({ ok: false, error: { code: 'COPY_STATE' } });
    expect(v.count('copy_events')).toBe(6);
    expect(v.audit('copies.copy.state')).toHaveLength(2);
    expect(v.audit('copies.copy.record')).toHaveLength(3);
    // the register rows never change or disappear
    expect(() => v.ctx.vault!.db.prepare('UPDATE copies SET copy_no = 9 WHERE id = ?').run(c1.id)).toThrow(/never change/);
    expect(() => v.ctx.vault!.db.prepare('DELETE FROM copies WHERE id = ?').run(c1.id)).toThrow(/never deleted/);
  });

  test('R-SEC-3 the copy chain is GM or information supervisor: a CS manager cannot approve; the applicant cannot approve their own request', async () => {
    const v = await rig();
    const r = await v.request('copy', COPY, [v.plain], { applicant: { kind: 'staff', userId: v.ids.sup, name: '李明', unit: '客户信息部' } });
    expect(await v.sign(r.id, 'csm')).toMatchObject({ ok: false });
    expect(await v.sign(r.id, 'sup')).toMatchObject({ ok: false, error: { code: 'SELF_APPROVAL' } });
    expect(ok(await v.sign(r.id, 'gm')).status).toBe('approved');
  });

  test('R-SEC-3 malformed copy input is refused with a translated message and changes nothing', async () => {
    const v = await rig();
    const before = v.count('requests');
    const bad = await v.call('approvals.create', {
      type: 'copy',
      applicant: { kind: 'staff', name: '孙开发', unit: '开发部' },
      targets: { scope: 'items', itemIds: [v.plain] },
      purpose: '复审',
      reason: '复审',
      details: { copies: 0, mode: 'full' },
      submit: true,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(
      await v.call('approvals.create', {
        type: 'copy',
        applicant: { kind: 'staff', name: 'x', unit: 'y' },
        targets: { scope: 'items', itemIds: [v.plain] },
        purpose: 'p',
        reason: 'r',
        details: { copies: 1, mode: 'full', pages: 'abc' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(v.count('requests')).toBe(before);
    const r = await v.request('copy', COPY, [v.plain]);
    ok(await v.sign(r.id, 'gm'));
    const copies = v.count('copies');
    const audit = v.count('audit_entry');
    for (const input of [
      { requestId: r.id, itemId: v.plain, count: 0 },
      { requestId: r.id, itemId: v.plain, count: 1.5 },
      { requestId: r.id, itemId: v.plain },
      { requestId: r.id, itemId: v.plain, count: 1, extra: 1 },
    ]) {
      expect(await v.raw('copies.record', input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await v.raw('copies.setState', { copyId: 1, state: 'issued' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(v.count('copies')).toBe(copies);
    expect(v.count('audit_entry')).toBe(audit);
    const zh = await v.as('op').then(() => v.raw('copies.record', { requestId: r.id, itemId: v.plain, count: 99 }));
    expect(zh).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('a saved attachment is a copy', () => {
  test('R-SEC-3 saving an attachment outside a grant or approved copy request is refused, audited, and writes no file', async () => {
    const v = await rig();
    expect(await v.call('attachments.save', { id: v.attachment })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });
    // a request that is only submitted does not count
    const r = await v.request('copy', COPY, [v.plain]);
    expect(await v.call('attachments.save', { id: v.attachment })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });
    // a rejected one neither
    ok(await v.sign(r.id, 'sup', 'rejected'));
    expect(await v.call('attachments.save', { id: v.attachment })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });
    expect(v.saved).toHaveLength(0);
    expect(v.count('copies')).toBe(0);
    expect(v.audit('copies.copy.refused')).toHaveLength(3);
    expect(v.audit('archive.attachment.save')).toHaveLength(0);
  });

  test('R-SEC-3 under an approved copy request the saved PDF carries the mark on every page and is numbered in the register; a cancelled dialog is accounted for', async () => {
    const v = await rig();
    const r = await v.request('copy', COPY, [v.plain]);
    ok(await v.sign(r.id, 'sup'));
    expect(ok(await v.call('attachments.save', { id: v.attachment }))).toEqual({ path: '/media/usb/copy.pdf' });
    expect(v.saved).toHaveLength(1);
    const file = v.saved[0]!;
    expect(file.name).toBe(`授信合同扫描-${r.no}-第1份.pdf`);
    expect(Buffer.from(file.bytes).equals(v.pdf)).toBe(false);
    expect(pdfPages(file.bytes)).toBe(3);
    for (let p = 1; p <= 3; p++) {
      const text = pageText(file.bytes, p);
      expect(text).toContain(r.no);
      expect(text).toContain('王建国');
      expect(text).toContain('第 1 份');
      expect(text).toContain(`page ${p}`);
    }
    const rows = ok<CopyRow[]>(await v.call('copies.list', { requestId: r.id }));
    expect(rows).toMatchObject([{ kind: 'download', copyNo: 1, fileName: '授信合同扫描.pdf', state: 'issued' }]);
    const saveAudit = JSON.parse(v.audit('archive.attachment.save')[0]!) as Record<string, unknown>;
    expect(saveAudit).toMatchObject({ copyRef: r.no, copyNo: 1, path: '/media/usb/copy.pdf' });

    // the operator cancels the second save: copy no. 2 is recorded as destroyed, nothing written
    v.answer(null);
    expect(await v.call('attachments.save', { id: v.attachment })).toMatchObject({ ok: false, error: { code: 'SAVE_CANCELLED' } });
    const after = ok<CopyRow[]>(await v.call('copies.list', { requestId: r.id }));
    expect(after.map((c) => [c.copyNo, c.state])).toEqual([
      [1, 'issued'],
      [2, 'destroyed'],
    ]);
    // two approved copies made: a third is refused
    v.answer('/media/usb/copy3.pdf');
    expect(await v.call('attachments.save', { id: v.attachment })).toMatchObject({ ok: false, error: { code: 'COPY_NOT_ALLOWED' } });
    expect(v.saved).toHaveLength(2);
  });

  test('R-SEC-3 an image scan leaves as a one-page PDF with the image and the mark', async () => {
    const v = await rig();
    const r = await v.request('copy', { copies: 1, mode: 'full' }, [v.second]);
    ok(await v.sign(r.id, 'gm'));
    ok(await v.call('attachments.save', { id: v.pngAttachment }));
    const file = v.saved[0]!;
    expect(file.name).toBe(`担保函-${r.no}-第1份.pdf`);
    expect(Buffer.from(file.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(file.bytes)).toBe(1);
    expect(pageText(file.bytes, 1)).toContain(`${r.no}`);
  });

  test('R-SEC-3 only the operator or the applicant may copy under a request; others are refused', async () => {
    const v = await rig();
    const r = await v.request('copy', COPY, [v.plain]);
    ok(await v.sign(r.id, 'gm'));
    await v.as('op2'); // another operator: keepers make copies for the applicant
    ok(await v.call('attachments.save', { id: v.attachment }));
    expect(pageText(v.saved[0]!.bytes, 1)).toContain('刘芳');
  });
});

describe('a copy inside an access grant', () => {
  // the access domain registers the 'access' request type (its grants come from approved ones)
  test.skipIf(!requestType('access'))(
    'R-SEC-3 R-USE-1 a grant that allows downloads lets its reader save a marked copy numbered under the grant; a grant without it does not',
    async () => {
      const v = await rig();
      const access = async (allowDownload: boolean, itemId: number) => {
        const r = await v.request('access', { allowDownload }, [itemId], { purpose: '查阅授信合同', reason: '授信复审' });
        ok(await v.sign(r.id, 'sup'));
        return r;
      };
      const withDownload = await access(true, v.plain);
      await access(false, v.second);
      await v.as('dev'); // the reader named in the grants (no content role of their own)
      ok(await v.call('attachments.save', { id: v.attachment }));
      const file = v.saved[0]!;
      const rows = ok<CopyRow[]>(await v.call('copies.list', {}));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ source: 'grant', requestId: null, copyNo: 1, kind: 'download' });
      expect(rows[0]!.refNo).not.toBe('');
      expect(file.name).toBe(`授信合同扫描-${rows[0]!.refNo}-第1份.pdf`);
      for (let p = 1; p <= 3; p++) expect(pageText(file.bytes, p)).toContain(rows[0]!.refNo);
      expect(pageText(file.bytes, 1)).toContain('孙开发');
      expect(withDownload.no).toMatch(/^CY-/);
      // the grant on the other item allows viewing only: saving is refused, nothing written
      const denied = await v.call('attachments.save', { id: v.pngAttachment });
      expect(denied.ok).toBe(false);
      expect(v.saved).toHaveLength(1);
      expect(ok<CopyRow[]>(await v.call('copies.list', {}))).toHaveLength(1);
    },
  );
});
