// The index register (档案索引, R-ARCH-3, R-SEC-2) and A4 label sheets printed to PDF through
// Debian's headless Chromium (same engine as Electron's printToPDF), read back with poppler.
// The first label page is rendered to test/output/print/ for a human look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CustomerCreated, ItemCreated } from '../../electron/archive/contract/calls';
import type { PrintResult } from '../../electron/contract/types';
import { itemLabels } from '../../electron/archive/export/labelData';
import { renderLabelSheetHtml } from '../../electron/archive/registers/label-sheet';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { HAVE_PRINT_TOOLS } from './print-helpers';
import { actions, bank, item, ok, person } from './archive-helpers';
import { setupImport } from './archive-import-helpers';
import { markDemoVault } from '../../electron/core/demo-mark';

const OUT = join(process.cwd(), 'test', 'output', 'print');
const HAVE_TOOLS = HAVE_PRINT_TOOLS;
if (!HAVE_TOOLS) console.warn(`archive print tests skipped: need ${CHROMIUM_PATH} and poppler-utils`);

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!HAVE_TOOLS)('archive printouts (Chromium → PDF → poppler)', () => {
  let v: Awaited<ReturnType<typeof setupImport>>;
  let printer: ChromiumPrinter;
  const itemIds: number[] = [];
  const archiveNos: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    v = await setupImport();
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    const b = ok<CustomerCreated>(await v.call('customers.create', bank()));
    const p = ok<CustomerCreated>(await v.call('customers.create', person()));
    archiveNos.push(b.archiveNo, p.archiveNo);
    const specs = [
      [b.customerId, { title: '综合授信协议（2025年度）', classification: 2, custodianId: v.ids.cus1, remarks: '原件' }],
      [b.customerId, { title: '董事会决议<script>alert(1)</script>', classification: 3, custodianId: v.ids.cus1 }],
      [p.customerId, { title: '身份证复印件', pages: 1, docDate: '2024-12-31' }],
    ] as const;
    for (const [cid, over] of specs) itemIds.push(ok<ItemCreated>(await v.call('items.create', item(cid, over))).id);
    // enough plain lines for a second page of labels and of the register
    for (let i = 0; i < 14; i++) itemIds.push(ok<ItemCreated>(await v.call('items.create', item(p.customerId, { title: `往来函件第${i + 1}号` }))).id);
  }, 60_000);

  afterAll(async () => {
    await printer?.close();
    v?.cleanup();
  });

  test('R-ARCH-3 R-SEC-2 R-ARCH-1 the index register prints landscape with 档案索引, every item under its own 档号 (archive no.-item no.) and the 机密/绝密 marks; audited', async () => {
    const r = ok<PrintResult>(await v.call('archive.printIndex', { filter: {}, target: 'pdf' }));
    expect(r.path).toMatch(/档案索引-\d{8}-\d{4}\.pdf$/);
    const t = squash(text(r.path!));
    expect(t).toContain('档案索引');
    for (const no of archiveNos) expect(t).toContain(no);
    // 2 items in the bank's archive, 15 in the person's: each line carries its item 档号
    for (const no of [`${archiveNos[0]}-001`, `${archiveNos[0]}-002`, `${archiveNos[1]}-001`, `${archiveNos[1]}-015`]) expect(t).toContain(no);
    expect(t).not.toContain(`${archiveNos[0]}-003`);
    expect(t).toContain('【机密】原件');
    expect(t).toContain('【绝密】');
    expect(t).toContain('综合授信协议（2025年度）');
    expect(t).toContain('董事会决议<script>alert(1)'); // printed as text (wrapped in its cell), not run
    expect(t).toContain('共17条记录');
    // page mark = the highest classification on the sheet
    expect(text(r.path!).split('\f')[0]).toContain('绝密');
    const size = execFileSync('pdfinfo', [r.path!], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/); // A4 landscape
    expect(actions(v.ctx).at(-1)).toBe('print.register');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'archive-index-page1')]);
  }, 60_000);

  test('R-ARCH-3 R-SEC-2 R-ARCH-1 label sheets: 2 × 7 labels per A4 page with the item 档号, title, mark and QR; page 1 rendered to PNG', async () => {
    const r = ok<PrintResult>(await v.call('archive.printLabels', { itemIds, target: 'pdf' }));
    expect(r.pages).toBe(2); // 17 labels → 14 + 3
    const pages = text(r.path!).split('\f');
    const p1 = squash(pages[0]!);
    expect(p1).toContain(archiveNos[0]);
    expect(p1).toContain(`${archiveNos[0]}-001`);
    expect(p1).toContain(`${archiveNos[0]}-002`);
    expect(squash(pages[1]!)).toContain(`${archiveNos[1]}-015`);
    expect(p1).toContain('综合授信协议');
    expect(p1).toContain('机密');
    expect(p1).toContain('绝密');
    expect(p1).not.toContain('演示数据');
    expect(squash(pages[1]!)).toContain('往来函件第14号');
    const size = execFileSync('pdfinfo', [r.path!], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+/); // A4 portrait
    expect(actions(v.ctx).at(-1)).toBe('print.labels');
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'archive-labels-page1')]);
    expect(existsSync(join(OUT, 'archive-labels-page1.png'))).toBe(true);
    // one label per archive (folder/box) carries the highest classification inside it
    const a = ok<PrintResult>(await v.call('archive.printLabels', { archiveIds: [1, 2], skip: 3, target: 'pdf' }));
    const at = squash(text(a.path!));
    expect(at).toContain('共2件');
    expect(at).toContain('共15件');
    expect(at).toContain('绝密');
  }, 60_000);

  test('R-ARCH-3 R-ARCH-1 label HTML escapes data and encodes the archive number, item 档号 + item id in the QR payload', () => {
    const labels = itemLabels(v.ctx.vault!.db, [itemIds[1]!]);
    expect(labels[0]).toMatchObject({ archiveNo: archiveNos[0], itemArchiveNo: `${archiveNos[0]}-002` });
    expect(JSON.parse(labels[0]!.qrPayload)).toEqual({ archiveNo: archiveNos[0], itemArchiveNo: `${archiveNos[0]}-002`, itemId: itemIds[1] });
    const html = renderLabelSheetHtml(labels, { title: '档案标签' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html.match(/class="qr"/g)).toHaveLength(1);
  });

  test('R-ARCH-3 printLabels refuses unknown items and an empty selection', async () => {
    const bad = await v.call('archive.printLabels', { itemIds: [99999], target: 'pdf' });
    expect(bad.ok || bad.error.code).toBe('NOT_FOUND');
    const none = await v.call('archive.printLabels', { target: 'pdf' });
    expect(none.ok || none.error.code).toBe('BAD_INPUT');
  });

  // last: it turns this vault into a demo vault
  test('R-IT-1 R-ARCH-3 label sheets printed from a demo vault carry 演示数据 on every label and in the file name', async () => {
    v.ctx.vault!.tx((w) => markDemoVault(w));
    const r = ok<PrintResult>(await v.call('archive.printLabels', { itemIds: itemIds.slice(0, 3), target: 'pdf' }));
    expect(r.path).toMatch(/演示数据-档案标签-\d{8}-\d{4}\.pdf$/);
    expect(squash(text(r.path!)).match(/演示数据/g)).toHaveLength(3);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'archive-labels-demo-page1')]);
  }, 60_000);
});
