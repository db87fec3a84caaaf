// R-SEC-3..5 the three registers on paper through the one register printer (Chromium → PDF →
// poppler): 复制登记簿, 外出携带登记簿, 对外提供登记簿 — A4 landscape, classification mark, page
// n/N, signature lines, each row as recorded. Pages are rendered to test/output/print/ to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrintResult } from '../../electron/contract/types';
import { ChromiumPrinter } from '../e2e/support/chromium-printer';
import { PW } from './auth-helpers';
import { setupCopies } from './copies-fixture';
import { ok } from './kit';
import { HAVE_PRINT_TOOLS } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
// reading order (not -layout): a cell's wrapped lines stay together
const text = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!HAVE_PRINT_TOOLS)('copies registers on paper', () => {
  let v: Awaited<ReturnType<typeof setupCopies>>;
  let printer: ChromiumPrinter;
  const nos: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    v = await setupCopies();
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    // copies: 2 photocopies and a marked download
    const copy = await v.request('copy', { copies: 3, mode: 'excerpt', pages: '1-2' }, [v.plain]);
    ok(await v.sign(copy.id, 'gm'));
    ok(await v.call('copies.record', { requestId: copy.id, itemId: v.plain, count: 2 }));
    ok(await v.call('attachments.save', { id: v.attachment }));
    nos.copy = copy.no;
    // a carry-out, returned
    await v.as('sec');
    ok(await v.call('carryOuts.setCarriers', { roles: [], userIds: [v.ids.dev] }));
    await v.as('op');
    const carry = await v.request(
      'carryOut',
      { carrierId: v.ids.dev, destination: '中国银行北京分行', measures: ['sealedEnvelope', 'escort'], expectedReturn: '2026-12-03T09:00:00.000Z' },
      [v.second],
    );
    ok(await v.sign(carry.id, 'sup'));
    const out = ok(await v.call('carryOuts.depart', { requestId: carry.id, pledge: { kind: 'signed', signerLogin: 'dev', signerPassword: PW } }));
    ok(await v.call('carryOuts.return', { id: out.id, check: 'intact' }));
    nos.carry = carry.no;
    // an external provision with both approvals
    const prov = await v.request(
      'externalProvision',
      {
        recipientOrg: '北京市某律师事务所',
        legalBasis: '《委托代理协议》第5条',
        agreementRef: 'WT-2026-015',
        providedWhat: '授信合同复印件一份',
        method: 'paper',
      },
      [v.plain],
    );
    ok(await v.sign(prov.id, 'sup'));
    ok(await v.sign(prov.id, 'csm'));
    ok(await v.call('provisions.record', { requestId: prov.id, receivedBy: '周律师' }));
    nos.prov = prov.no;
  }, 120_000);

  afterAll(async () => {
    await printer?.close();
    v?.cleanup();
  });

  const print = async (call: 'copies.print' | 'carryOuts.print' | 'provisions.print', name: string) => {
    const r = ok<PrintResult>(await v.call(call, { target: 'pdf' }));
    expect(r.path).toMatch(new RegExp(`${name}-\\d{8}-\\d{4}\\.pdf$`));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', r.path!, join(OUT, `copies-${call.replace('.', '-')}`)]);
    return r;
  };

  test('R-SEC-3 复制登记簿: every copy numbered under its request, how it was made, by whom, for whom; page n/N, classification mark, signature lines; audited', async () => {
    const r = await print('copies.print', '复制登记簿');
    const t = squash(text(r.path!));
    expect(t).toContain('复制登记簿');
    expect(t).toContain(nos.copy);
    for (const n of ['第1份', '第2份', '第3份']) expect(t).toContain(n);
    expect(t).toContain('摘录（第1-2页）');
    expect(t).toContain('下载/打印（带标记）');
    expect(t).toContain('王建国');
    expect(t).toContain('2025年度授信合同');
    expect(t).toContain('秘密'); // at least 秘密 on the sheet
    expect(t).toMatch(/第1页\/共\d+页/);
    expect(t).toContain('复制经办人');
    expect(t).toContain('审批人（总经理或客户信息主管）');
    expect(v.audit('print.register').some((d) => (JSON.parse(d) as { register: string }).register === 'copies')).toBe(true);
  });

  test('R-SEC-4 外出携带登记簿: carrier, measures, pledge signed at the machine, return check', async () => {
    const r = await print('carryOuts.print', '外出携带登记簿');
    const t = squash(text(r.path!));
    expect(t).toContain('外出携带登记簿');
    expect(t).toContain(nos.carry);
    expect(t).toContain('孙开发');
    expect(t).toContain('密封信封、专人陪同');
    expect(t).toContain('本机签署孙开发');
    expect(t).toContain('完好');
    expect(t).toContain('携带人');
  });

  test('R-SEC-5 对外提供登记簿: recipient, legal basis and agreement, what and how, both approvals', async () => {
    const r = await print('provisions.print', '对外提供登记簿');
    const t = squash(text(r.path!));
    expect(t).toContain('对外提供登记簿');
    expect(t).toContain(nos.prov);
    expect(t).toContain('北京市某律师事务所');
    expect(t).toContain('WT-2026-015');
    expect(t).toContain('纸质复制件');
    expect(t).toContain('李明');
    expect(t).toContain('张伟');
    expect(t).toContain('客服部经理');
  });
});
