// Print verification (issue 9): every printed register page carries a code + QR; the code checked
// against the real vault says whether the page still matches, and if not what changed since —
// rows added, struck off, content differing — or that the code/QR is not genuine. Real vault,
// injected clock; the printer port captures the HTML (the PDF layout is print-marks tests).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makePageCode, pageCodeProblem, pageQrText } from '../../electron/print/page-marks';
import { printCheckLines } from '../../electron/printcheck/contract/words';
import type { PrintCheckResult } from '../../electron/printcheck/contract/calls';
import { PW } from './auth-helpers';
import { ok } from './kit';
import { lend, setupLoans, type LoanRig } from './loans-fixture';

const CODE = /打印件核验码　([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})/g;

describe('R-LOAN-3 R-INSP-2 R-IT-1 print verification: a printed page checked against the vault', () => {
  let v: LoanRig;
  let last = '';
  let outdatedCode = '';
  const check = async (code: string): Promise<PrintCheckResult> => ok(await v.call('printcheck.verify', { code }));
  const codesOf = (html: string) => [...html.matchAll(CODE)].map((m) => m[1]!);
  /** what the page's QR says (as recorded: the QR itself is drawn as SVG modules) */
  const qrOf = (code: string) => {
    const r = v.ctx
      .vault!.db.prepare(
        'SELECT p.code, p.page_no AS page, r.pages, p.rows_hash AS rowsHash, r.register_code AS registerCode, r.audit_head AS auditHead FROM printed_pages p JOIN printed_registers r ON r.id = p.print_id WHERE p.code = ?',
      )
      .get(code.replace(/-/g, '')) as Parameters<typeof pageQrText>[0];
    return pageQrText(r);
  };

  beforeAll(async () => {
    v = await setupLoans('zh-CN');
    v.ctx.printer = {
      toPdf: async (html: string) => {
        last = html;
        return { path: '/tmp/printcheck-test.pdf', pages: codesOf(html).length };
      },
      toPrinter: async (html: string) => {
        last = html;
        return true;
      },
    };
  }, 90_000);
  afterAll(() => {
    v?.ctx.vault?.close();
    v?.cleanup();
  });

  test('R-LOAN-3 print verification: a fresh loans register page matches; after a new loan it is outdated (row added); after the return, struck off', async () => {
    const [first] = await lend(v, [{ itemId: v.items.a }]);
    ok(await v.call('loans.print', { filter: 'all', target: 'pdf' }));
    const [code] = codesOf(last);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
    expect(last).toContain('第 1 页 / 共 1 页');

    const fresh = await check(code!);
    expect(fresh.verdict).toBe('current');
    expect(fresh.print).toMatchObject({ registerCode: 'loanRegister', page: 1, pages: 1, rowCount: 1, printedByName: '王专员', params: { filter: 'all' } });
    expect(printCheckLines(fresh, 'zh-CN')[0]).toContain('一致');

    // a scanned QR (as the USB scanner types it) gives the same verdict
    expect((await check(qrOf(code!))).verdict).toBe('current');

    v.ctx.clock.set(new Date(v.ctx.clock.now().getTime() + 3600_000));
    const [second] = await lend(v, [{ itemId: v.items.b }]);
    const after = await check(code!);
    expect(after.verdict).toBe('outdated');
    expect(after.changes).toMatchObject({ pageMatches: true, struckOff: [], changed: [], removed: [] });
    expect(after.changes!.added.map((r) => r.key)).toEqual([String(second!.id)]);
    expect(printCheckLines(after, 'zh-CN').join('\n')).toContain('此后新增 1 行');

    ok(await v.call('loans.return', { loanId: first!.id, copies: 1, pageCheck: 'complete' }));
    const struck = await check(code!);
    expect(struck.verdict).toBe('outdated');
    expect(struck.changes!.pageMatches).toBe(false);
    expect(struck.changes!.struckOff.map((r) => r.key)).toEqual([String(first!.id)]);

    // a new printout of the same register matches again, the old page stays outdated
    ok(await v.call('loans.print', { filter: 'all', target: 'printer' }));
    expect((await check(codesOf(last)[0]!)).verdict).toBe('current');
    expect((await check(code!)).verdict).toBe('outdated');
    outdatedCode = code!;
  });

  test('R-INSP-2 print verification: a repair sent out after the register printed is reported as content differing (which fields)', async () => {
    const repair = ok(await v.call('repairs.create', { itemId: v.items.a, finding: 'damaged', note: '封面破损' }));
    ok(await v.call('repairs.print', { filter: 'all', target: 'pdf' }));
    const [code] = codesOf(last);
    expect((await check(code!)).verdict).toBe('current');
    ok(await v.call('repairs.start', { repairId: repair.id, note: '送档案修复室托裱' }));
    const r = await check(code!);
    expect(r.verdict).toBe('outdated');
    expect(r.changes!.changed).toHaveLength(1);
    expect(r.changes!.changed[0]).toMatchObject({ key: repair.no });
    expect(r.changes!.changed[0]!.fields).toEqual(expect.arrayContaining(['送修（时间、经办人、修复方式）', '状态']));
    expect(r.changes!.changed[0]!.fields).not.toContain('档号');
    expect(printCheckLines(r, 'zh-CN').join('\n')).toContain('内容不同');
  });

  test('R-IT-1 print verification: a tampered code (check symbol), a QR whose rows hash was never printed, an unknown code and a register without a rebuild are each reported as such', async () => {
    ok(await v.call('loans.print', { filter: 'open', target: 'pdf' }));
    const [code] = codesOf(last);
    const qr = qrOf(code!);
    const plain = code!.replace(/-/g, '');
    // one symbol changed: the check symbol catches it
    const wrong = plain.slice(0, 3) + (plain[3] === 'A' ? 'B' : 'A') + plain.slice(4);
    expect(pageCodeProblem(wrong)).toBe('checkDigit');
    expect(await check(wrong)).toMatchObject({ verdict: 'tampered', reason: 'checkDigit' });
    // typed in lower case with look-alikes and spaces: still the page
    expect((await check(` ${code!.toLowerCase().replace(/0/g, 'o')} `)).verdict).toBe('current');
    // the QR's rows hash altered
    const parts = qr!.split('/');
    parts[4] = parts[4]!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect(await check(parts.join('/'))).toMatchObject({ verdict: 'tampered', reason: 'qrMismatch', mismatch: ['rowsHash'] });
    // a page record slipped into the table without its print's audit entry
    const forged = makePageCode(new Uint8Array(16).fill(11));
    const rec = v.ctx.vault!.db.prepare('SELECT print_id AS printId, rows_hash AS rowsHash, rows FROM printed_pages WHERE code = ?').get(plain) as {
      printId: number;
      rowsHash: string;
      rows: string;
    };
    v.ctx
      .vault!.db.prepare('INSERT INTO printed_pages(code, print_id, page_no, first_row, rows_hash, rows) VALUES (?, ?, 99, 0, ?, ?)')
      .run(forged, rec.printId, rec.rowsHash, rec.rows);
    expect(await check(forged)).toMatchObject({ verdict: 'tampered', reason: 'noAuditEntry' });
    // a page's recorded rows hash altered behind the triggers' back
    const db = v.ctx.vault!.db;
    db.exec('DROP TRIGGER printed_pages_no_update');
    db.prepare('UPDATE printed_pages SET rows_hash = ? WHERE code = ?').run('00'.repeat(32), plain);
    expect(await check(plain)).toMatchObject({ verdict: 'tampered', reason: 'recordAltered' });
    db.prepare('UPDATE printed_pages SET rows_hash = ? WHERE code = ?').run(rec.rowsHash, plain);
    expect((await check(plain)).verdict).toBe('current');
    // a well-formed code this vault never printed
    expect((await check(makePageCode(new Uint8Array(16).fill(7)))).verdict).toBe('unknown');
    expect((await check('这不是核验码')).verdict).toBe('invalid');
    // R-LOAN-4 the 催还通知单 is built again for the loan it was printed for: a fresh print verifies as current
    const loan = ok(await v.call('loans.list', { filter: 'open' }))[0]!;
    ok(await v.call('loans.printNotice', { loanId: loan.id, target: 'pdf' }));
    const notice = await check(codesOf(last)[0]!);
    expect(notice).toMatchObject({ verdict: 'current' });
    expect(printCheckLines(notice, 'zh-CN')[0]).not.toContain('不支持重新生成');
    // nothing is written by a check
    const head = () => v.ctx.vault!.db.prepare('SELECT MAX(seq) AS n FROM audit_entry').get() as { n: number };
    const before = head().n;
    await check(code!);
    expect(head().n).toBe(before);
  });

  test('R-IT-1 print verification: the audit register printout is not outdated by its own print entry', async () => {
    await v.as('sec');
    ok(await v.call('audit.print', { filter: {}, target: 'pdf' }));
    const codes = codesOf(last);
    expect(codes.length).toBeGreaterThan(1);
    for (const c of codes) expect((await check(c)).verdict).toBe('current');
    // the next printout's entry is a row the first printout does not have
    ok(await v.call('audit.print', { filter: {}, target: 'pdf' }));
    const r = await check(codes[0]!);
    expect(r.verdict).toBe('outdated');
    expect(r.changes!.added).toHaveLength(1);
  });

  test('R-LOAN-3 R-IT-1 print verification: npm run vault -- verify-print prints the same verdict (exit 0 only when the page matches)', async () => {
    await v.as('op');
    ok(await v.call('repairs.print', { filter: 'all', target: 'pdf' }));
    const fresh = codesOf(last)[0]!;
    const cli = (code: string) =>
      spawnSync(
        join(__dirname, '../../node_modules/.bin/tsx'),
        [join(__dirname, '../../electron/cli/vault-cli.ts'), 'verify-print', code, '--dir', v.ctx.dir, '--user', 'op'],
        {
          input: `${PW}\n`,
          encoding: 'utf8',
          env: { ...process.env, ARCHIVE_ROOM_TEST_FAST_KDF: '1' },
          timeout: 60_000,
        },
      );
    const good = cli(fresh);
    expect(good.stderr).not.toMatch(/Error|错误/);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('✔ 一致');
    const old = cli(outdatedCode);
    expect(old.status).toBe(1);
    expect(old.stdout).toContain('✘ 已过期');
    expect(old.stdout).toContain('此后新增');
    expect(old.stdout).toContain('此后已注销');
    const forged = cli(outdatedCode.slice(0, -1) + (outdatedCode.endsWith('A') ? 'B' : 'A'));
    expect(forged.status).toBe(1);
    expect(forged.stdout).toContain('疑似伪造或篡改');
    expect((await check(outdatedCode)).verdict).toBe('outdated');
  }, 120_000);
});
