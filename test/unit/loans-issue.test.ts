// R-LOAN-1..3 through the real vault: a loan request is a 'loan' approval (JY-…, chain operator
// + CS manager for 机密), issue only from an approved request, the register row's columns, custody
// onShelf → onLoan, the due time on the working-day calendar, double issue refused, nothing
// written for bad input.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from './kit';
import { PW } from './auth-helpers';
import { actions, approve, custody, lend, loanRequest, padPng, setupLoans, tableCounts, type LoanRig } from './loans-fixture';

let v: LoanRig;
beforeEach(async () => {
  v = await setupLoans();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

describe('R-LOAN-2 the loan request', () => {
  test('R-LOAN-2 a loan request is a JY- approval: ordinary items need the information specialist only', async () => {
    const req = ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a, copies: 2 }])));
    expect(req.no).toMatch(/^JY-2026-\d{4}$/);
    expect(req.type).toBe('loan');
    expect(req.status).toBe('submitted');
    expect(req.chain.map((s) => s.anyOf)).toEqual([['operator']]);
    expect(req.details).toMatchObject({ items: [{ itemId: v.items.a, copies: 2 }] });
  });
  test('R-LOAN-2 a 机密 item adds the CS manager step', async () => {
    const req = ok(await v.call('loans.request', loanRequest([{ itemId: v.items.secret }])));
    expect(req.chain.map((s) => s.anyOf)).toEqual([['operator'], ['csManager']]);
  });
  test('R-LOAN-2 the due time is shown at approval (loans.duePreview for the request)', async () => {
    const req = ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }])));
    const p = ok(await v.call('loans.duePreview', { requestId: req.id }));
    // the clock: Friday 2026-11-27 09:00 (+08:00) → Mon, Tue, Wed → Wednesday 12-02 17:30
    expect(p.dueAt).toBe('2026-12-02T09:30:00.000Z');
    expect(p.unavailable).toEqual([]);
  });
  test('R-LOAN-3 an intended return beyond the loan period is refused, nothing written', async () => {
    const before = tableCounts(v.ctx);
    const r = await v.call('loans.request', loanRequest([{ itemId: v.items.a }], { intendedReturn: '2026-12-03' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toEqual([{ path: 'intendedReturn', message: 'The intended return is beyond the loan period' }]);
    expect(tableCounts(v.ctx)).toEqual(before);
    // the last day of the period is fine, and the loan is then due that day
    const rows = await lend(v, [{ itemId: v.items.a }], { intendedReturn: '2026-11-30' });
    expect(rows[0]!.dueAt).toBe('2026-11-30T09:30:00.000Z');
  });
  test('R-LOAN-2 malformed requests are rejected with nothing written (zh-CN messages)', async () => {
    const zh = await setupLoans('zh-CN');
    try {
      const before = tableCounts(zh.ctx);
      const bad = [
        { ...loanRequest([]) },
        { ...loanRequest([{ itemId: zh.items.a }, { itemId: zh.items.a }]) },
        { ...loanRequest([{ itemId: zh.items.a, copies: 0 }]) },
        { ...loanRequest([{ itemId: zh.items.a }]), reason: '' },
        { ...loanRequest([{ itemId: zh.items.a }]), intendedReturn: '2026-02-30' },
        { ...loanRequest([{ itemId: zh.items.a }]), extra: 1 },
      ];
      for (const input of bad) {
        const r = await zh.raw('loans.request', input);
        expect(r.ok, JSON.stringify(input)).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('BAD_INPUT');
      }
      const more = await zh.call('loans.request', loanRequest([{ itemId: zh.items.b, copies: 2 }]));
      expect(more.ok).toBe(false);
      if (!more.ok) expect(more.error.message).toContain('借阅份数超过该材料的份数');
      expect(tableCounts(zh.ctx)).toEqual(before);
    } finally {
      zh.ctx.vault?.close();
      zh.cleanup();
    }
  });
});

describe('R-LOAN-3 issue', () => {
  test('R-LOAN-3 issue from an approved request: the register row, custody onLoan, one audit entry per row', async () => {
    const req = await approve(v, ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a, copies: 2 }, { itemId: v.items.b }]))));
    expect(req.status).toBe('approved');
    const rows = ok(await v.call('loans.issue', { requestId: req.id, signature: { kind: 'pad', pngBase64: padPng() } }));
    expect(rows).toHaveLength(2);
    const [r] = rows;
    expect(r).toMatchObject({
      requestNo: req.no,
      itemTitle: '授信合同',
      classification: 0,
      copies: 2,
      pages: 12,
      borrowerName: '周明',
      borrowerUnit: '市场部',
      borrowerContact: '分机 8021',
      reason: '续签授信合同需核对原件条款',
      approver: '刘专员',
      outAt: '2026-11-27T01:00:00.000Z',
      dueAt: '2026-12-02T09:30:00.000Z',
      signatureKind: 'pad',
      issuedByName: '王专员',
      copiesOut: 2,
      struck: null,
      overdueDays: 0,
    });
    expect(r!.itemArchiveNo).toMatch(/-001$/);
    expect(r!.fromLocation).toContain('A01柜');
    expect(custody(v.ctx, v.items.a)).toBe('onLoan');
    expect(custody(v.ctx, v.items.b)).toBe('onLoan');
    expect(actions(v.ctx).filter((a) => a === 'loan.issue')).toHaveLength(2);
    const detail = ok(await v.call('loans.get', { id: r!.id }));
    expect(detail.signatureDataUrl).toBe(`data:image/png;base64,${padPng()}`);
  });
  test('R-LOAN-3 issue only from an approved request: a submitted one is refused, nothing written', async () => {
    const req = ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }])));
    const before = tableCounts(v.ctx);
    const r = await v.call('loans.issue', { requestId: req.id, signature: { kind: 'slip' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BAD_STATE');
    expect(tableCounts(v.ctx)).toEqual(before);
    expect(custody(v.ctx, v.items.a)).toBe('onShelf');
  });
  test('R-LOAN-1 double issue refused: an item out cannot be requested or issued again; a request is issued once', async () => {
    // two requests approved while the item is on the shelf …
    const first = await approve(v, ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }]))));
    const second = await approve(
      v,
      ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }], { applicant: { kind: 'staff', name: '钱工', unit: '财务部' } }))),
    );
    ok(await v.call('loans.issue', { requestId: first.id, signature: { kind: 'slip' } }));
    const before = tableCounts(v.ctx);
    // … the second cannot go out while the first is out
    const again = await v.call('loans.issue', { requestId: second.id, signature: { kind: 'slip' } });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('ALREADY_ON_LOAN');
    // the same request twice
    const twice = await v.call('loans.issue', { requestId: first.id, signature: { kind: 'slip' } });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('ALREADY_ISSUED');
    // a new request for it
    const req = await v.call('loans.request', loanRequest([{ itemId: v.items.a }]));
    expect(req.ok).toBe(false);
    if (!req.ok) expect(req.error.code).toBe('ALREADY_ON_LOAN');
    expect(tableCounts(v.ctx)).toEqual(before);
    // and the vault itself refuses a second open row for the item (trigger), whatever the code does
    const db = v.ctx.vault!.db;
    expect(() =>
      db.exec(
        `INSERT INTO loans(request_id, request_no, item_id, item_archive_no, item_title, classification, copies, borrower_kind, borrower_name, borrower_unit, reason, approver, out_at, due_at, signature_kind, issued_by, issued_by_name)
         SELECT ${second.id}, 'x', item_id, item_archive_no, item_title, classification, 1, 'staff', 'x', 'x', 'x', 'x', out_at, due_at, 'slip', issued_by, 'x' FROM loans LIMIT 1`,
      ),
    ).toThrow(/already on loan/);
  });
  test('R-LOAN-1 an item at intake (never shelved) cannot be lent', async () => {
    const id = ok(
      await v.call('items.create', {
        customerId: v.customerId,
        title: '新到材料',
        docType: '合同',
        carrier: 'paper',
        writingMedium: 'print',
        retention: '10y',
        classification: 0,
      }),
    ).id;
    const r = await v.call('loans.request', loanRequest([{ itemId: id }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_ON_SHELF');
  });
  test('R-LOAN-1 R-SEC-2 a 机密 item is issued only by its custodian, after the CS manager signed', async () => {
    const req = await approve(v, ok(await v.call('loans.request', loanRequest([{ itemId: v.items.secret }]))));
    expect(req.chain.map((s) => s.signature?.signerName)).toEqual(['刘专员', '张经理']);
    const byOperator = await v.call('loans.issue', { requestId: req.id, signature: { kind: 'slip' } });
    expect(byOperator.ok).toBe(false);
    if (!byOperator.ok) expect(byOperator.error.code).toBe('NOT_CUSTODIAN');
    await v.as('cus');
    const rows = ok(await v.call('loans.issue', { requestId: req.id, signature: { kind: 'slip' } }));
    expect(rows[0]).toMatchObject({ approver: '刘专员、张经理', issuedByName: '赵保管', classification: 2 });
    expect(custody(v.ctx, v.items.secret)).toBe('onLoan');
  });
  test('R-LOAN-3 due date across National Day 2026 and its 调休 Saturday, through the vault', async () => {
    v.ctx.clock.set(new Date('2026-09-30T10:00:00+08:00'));
    const [row] = await lend(v, [{ itemId: v.items.a }]);
    // 10-01..10-07 closed; 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up working day) → due 10-10 17:30
    expect(row!.dueAt).toBe('2026-10-10T09:30:00.000Z');
  });
  test('R-LOAN-3 a signature that is not a PNG is refused, nothing written', async () => {
    const req = await approve(v, ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }]))));
    const before = tableCounts(v.ctx);
    const notPng = Buffer.from('GIF89a'.padEnd(200, 'x')).toString('base64');
    const r = await v.call('loans.issue', { requestId: req.id, signature: { kind: 'pad', pngBase64: notPng } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toEqual([{ path: 'signature.pngBase64', message: 'The signature image is not a valid PNG' }]);
    expect(tableCounts(v.ctx)).toEqual(before);
  });
  test('R-LOAN-2 the borrower cannot approve their own loan request (engine rule applies)', async () => {
    const req = ok(
      await v.call(
        'loans.request',
        loanRequest([{ itemId: v.items.a }], { applicant: { kind: 'staff', userId: v.ids.op2, name: '刘专员', unit: '客户信息部' } }),
      ),
    );
    const r = await v.call('approvals.sign', { requestId: req.id, meaning: 'approved', signerLogin: 'op2', signerPassword: PW });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('SELF_APPROVAL');
  });
});
