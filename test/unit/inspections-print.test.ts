// R-INSP-1 / R-INSP-2 the 档案检查记录 and the 档案修复登记簿 printed through Debian's headless
// Chromium and read back with poppler; page 1 rendered for a human look (test/output/print).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { ok } from './kit';
import { scanAll, setupInspections, signBoth, type InspectionRig } from './inspections-fixture';
import { HAVE_PRINT_TOOLS } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
if (!HAVE_PRINT_TOOLS) console.warn(`inspection print tests skipped: need ${CHROMIUM_PATH} and poppler-utils`);
const text = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!HAVE_PRINT_TOOLS)('inspection printouts (Chromium → PDF → poppler)', () => {
  let v: InspectionRig;
  let printer: ChromiumPrinter;
  let inspectionId = 0;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    v = await setupInspections('zh-CN');
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    await v.as('sup');
    const p = ok(await v.call('inspections.createPlan', { scope: 'room', roomId: v.roomId }));
    await v.as('op');
    let ins = ok(await v.call('inspections.start', { planId: p.id }));
    const [a, b, c] = v.items as [number, number, number];
    ins = ok(await v.call('inspections.mark', { inspectionId: ins.id, itemId: c, result: 'missing', note: '柜内未见' }));
    ins = await scanAll(v, { ...ins, items: ins.items.filter((i) => i.itemId !== c) });
    ok(await v.call('inspections.finding', { inspectionId: ins.id, itemId: a, finding: 'faded', note: '复写字迹褪色' }));
    ok(await v.call('inspections.finding', { inspectionId: ins.id, itemId: b, finding: 'damaged', note: '封皮撕裂' }));
    await signBoth(v, ins.id);
    inspectionId = ins.id;
    const [torn] = ok(await v.call('repairs.list', { filter: 'open' }));
    ok(await v.call('repairs.start', { repairId: torn!.id, note: '送修复室托裱' }));
  }, 90_000);

  afterAll(async () => {
    await printer?.close();
    v?.ctx.vault?.close();
    v?.cleanup();
  });

  test('R-INSP-1 档案检查记录: every item with its result and condition, the counts, both signatures, signature lines', async () => {
    const r = ok(await v.call('inspections.print', { inspectionId, target: 'pdf' }));
    expect(r.path).toMatch(/档案检查记录-\d{8}-\d{4}\.pdf$/);
    const t = squash(text(r.path!));
    for (const w of [
      '档案检查记录',
      'JC-2026-001',
      '一号库房',
      '应在架4件：在架3件，缺失1件，错架0件',
      '字迹褪色',
      '载体破损',
      '缺失',
      '柜内未见',
      '检查人王专员于',
      '监督人李主管于',
      '验证有效',
      '检查人姓名：签名：日期：',
      '监督人姓名：签名：日期：',
      v.archiveNo(v.items[0]!),
    ])
      expect(t).toContain(squash(w));
    expect(r.pages).toBe(1);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', r.path!, join(OUT, 'inspection-record')]);
  });

  test('R-INSP-2 档案修复登记簿: the two tasks from the inspection, one in repair', async () => {
    const r = ok(await v.call('repairs.print', { filter: 'all', target: 'pdf' }));
    const t = squash(text(r.path!));
    for (const w of ['档案修复登记簿', 'XF-2026-001', 'XF-2026-002', '字迹褪色', '载体破损', '修复中', '待送修', '送修复室托裱', 'JC-2026-001'])
      expect(t).toContain(squash(w));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', r.path!, join(OUT, 'repair-register')]);
  });
});
