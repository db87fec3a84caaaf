// 查阅登记簿 (R-USE-1) printed through the one register printer to PDF (headless Chromium, as
// Electron's printToPDF) and read back with poppler: landscape A4, the highest classification on
// the sheet as the page mark, one row per consultation, the reader's signature column, the
// signature lines; the print itself is audited.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ConsultationRow } from '../../electron/access/contract/calls';
import type { PrintResult } from '../../electron/contract/types';
import { ChromiumPrinter } from '../e2e/support/chromium-printer';
import { setupAccess } from './access-helpers';
import { HAVE_PRINT_TOOLS } from './print-helpers';
import { ok } from './kit';

const OUT = join(process.cwd(), 'test', 'output', 'print');
let cleanup: (() => Promise<void> | void) | undefined;
afterEach(async () => cleanup?.());
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!HAVE_PRINT_TOOLS)('the access register on paper', () => {
  test('R-USE-1 查阅登记簿: landscape A4, 机密 mark, who/unit/items/grant/time in/time out/operator, the reader’s signature column; audited', async () => {
    mkdirSync(OUT, { recursive: true });
    const v = await setupAccess('zh-CN');
    const printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    cleanup = async () => {
      await printer.close();
      v.cleanup();
    };
    v.ctx.printer = printer;
    const conf = v.grant({ itemIds: [v.items.conf] });
    const plain = v.grant({ itemIds: [v.items.plain], reader: { kind: 'staff', userId: null, name: '高磊', unit: '客户服务部' } });
    const a = ok<ConsultationRow>(await v.call('access.consultationStart', { grantId: conf }));
    v.ctx.clock.advance(45 * 60_000);
    ok(await v.call('access.consultationEnd', { id: a.id }));
    ok(await v.call('access.consultationStart', { grantId: plain }));
    const r = ok<PrintResult>(await v.call('access.printRegister', { filter: {}, target: 'pdf' }));
    expect(r.path).toMatch(/查阅登记簿-\d{8}-\d{4}\.pdf$/);
    const raw = execFileSync('pdftotext', ['-layout', r.path!, '-'], { encoding: 'utf8' });
    const t = squash(raw);
    for (const s of [
      '查阅登记簿',
      '周律师（外来）',
      '金杜律师事务所',
      '高磊',
      '客户服务部',
      v.itemNos.conf,
      'CY-2026-0001',
      'CY-2026-0002',
      '查阅人签字',
      '王建国',
      '（未离开）',
      '共2条记录',
      '信息管理专员',
      '客户信息主管',
    ]) {
      expect(t, s).toContain(s);
    }
    expect(raw.split('\f')[0]).toContain('机密');
    expect(execFileSync('pdfinfo', [r.path!], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/);
    const last = v.ctx.vault!.db.prepare('SELECT action, detail_json FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      detail_json: string;
    };
    expect(last.action).toBe('print.register');
    expect(JSON.parse(last.detail_json)).toMatchObject({ register: 'accessRegister', rows: 2, target: 'pdf' });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'access-register-page1')]);
  }, 120_000);
});
