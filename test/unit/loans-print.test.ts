// R-LOAN-3/4 the 借阅登记簿 printed as the bound book (A4 landscape, numbered rows, struck-off rows
// struck through, the pad signature in its column, signature lines) and the 催还通知单, through
// Debian's headless Chromium and read back with poppler; page 1 rendered for a human look.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildLoanRegister } from '../../electron/loans/registers/loan-register';
import { renderRegisterHtml } from '../../electron/print/register';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { ok } from './kit';
import { actions, approve, lend, loanRequest, padPng, setupLoans, type LoanRig } from './loans-fixture';
import { HAVE_PRINT_TOOLS } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
if (!HAVE_PRINT_TOOLS) console.warn(`loan print tests skipped: need ${CHROMIUM_PATH} and poppler-utils`);
const text = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!HAVE_PRINT_TOOLS)('loan register printouts (Chromium → PDF → poppler)', () => {
  let v: LoanRig;
  let printer: ChromiumPrinter;
  let returnedId = 0;
  let overdueId = 0;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    v = await setupLoans('zh-CN');
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
    v.ctx.printer = printer;
    const [returned] = await lend(v, [{ itemId: v.items.b }]);
    returnedId = returned!.id;
    ok(await v.call('loans.return', { loanId: returnedId, copies: 1, pageCheck: 'complete' }));
    const req = await approve(
      v,
      ok(
        await v.call(
          'loans.request',
          loanRequest([{ itemId: v.items.a, copies: 2 }], {
            applicant: {
              kind: 'outsider',
              name: '周律师',
              unit: '北京某律师事务所',
              contact: '010-88886666',
              idDocKind: 'introLetter',
              idDocNo: 'JS-2026-118',
              idDocIssuer: '北京某律师事务所',
            },
          }),
        ),
      ),
    );
    overdueId = ok(await v.call('loans.issue', { requestId: req.id, signature: { kind: 'pad', pngBase64: padPng() } }))[0]!.id;
    v.ctx.clock.set(new Date('2026-12-07T10:00:00+08:00'));
  }, 90_000);

  afterAll(async () => {
    await printer?.close();
    v?.ctx.vault?.close();
    v?.cleanup();
  });

  test('R-LOAN-3 R-LOAN-4 the register prints as the bound book: landscape, numbered rows, struck-off row struck through, pad signature image, audited', async () => {
    const r = ok(await v.call('loans.print', { filter: 'all', target: 'pdf' }));
    expect(r.path).toMatch(/借阅登记簿-\d{8}-\d{4}\.pdf$/);
    const t = squash(text(r.path!));
    for (const w of [
      '借阅登记簿',
      '序号',
      '借阅人（单位）',
      '借阅人签名',
      '归还及页数核对',
      '注销（时间经办人）',
      '周明（市场部）',
      '周律师（北京某律师事务所）',
      '授信合同',
      '开户资料',
      '借条上签名',
      '页数完整',
      '接收人王专员',
      '逾期5天',
      '经办人',
      '信息主管',
      '共2条记录',
    ])
      expect(t, w).toContain(w);
    expect(text(r.path!).split('\n')[0]).toContain('秘密'); // page mark: at least 秘密
    expect(execFileSync('pdfinfo', [r.path!], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/);
    // the HTML the PDF came from: the returned row struck through, the signature an image
    const html = renderRegisterHtml(buildLoanRegister(v.ctx.vault!, 'all', { locale: 'zh-CN', printedBy: '王专员', now: v.ctx.clock.now() }));
    expect(html.match(/<tr class="struck">/g)).toHaveLength(1);
    expect(html).toContain(`<img class="cell-image" alt="" src="data:image/png;base64,${padPng()}">`);
    expect(execFileSync('pdfimages', ['-list', r.path!], { encoding: 'utf8' }).split('\n').length).toBeGreaterThan(3);
    expect(actions(v.ctx).at(-1)).toBe('print.register');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'loan-register-page1')]);
  }, 60_000);

  test('R-LOAN-3 the overdue notice (催还通知单) prints for the borrower with the days overdue', async () => {
    const r = ok(await v.call('loans.printNotice', { loanId: overdueId, target: 'pdf' }));
    const t = squash(text(r.path!));
    for (const w of ['催还通知单', '周律师（北京某律师事务所）：', '已超过借阅期限', '授信合同', '5天', '借阅人签收', '010-88886666'])
      expect(t, w).toContain(w);
    expect(t).not.toContain('开户资料');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', r.path!, join(OUT, 'loan-notice-page1')]);
  }, 60_000);
});
