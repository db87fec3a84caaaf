// R-LOAN-3/4 through the real vault: partial and full return with the page check, the row struck
// off with time and receiving operator (the original row unchanged, never editable or deletable),
// the item back on its shelf position or a newly chosen one, overdue computed with the injected
// clock, renewal as a new approval on the same row (nobody lends on).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from './kit';
import { actions, approve, custody, lend, loanRequest, setupLoans, tableCounts, type LoanRig } from './loans-fixture';

let v: LoanRig;
beforeEach(async () => {
  v = await setupLoans();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

const rawRow = (id: number) => v.ctx.vault!.db.prepare('SELECT * FROM loans WHERE id = ?').get(id);

describe('R-LOAN-4 return and strike-off', () => {
  test('R-LOAN-4 partial return of copies, then the rest: struck off with time and receiver; the original row is unchanged', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.a, copies: 3 }]);
    const original = rawRow(loan!.id);
    v.ctx.clock.advance(3600_000);
    const part = ok(await v.call('loans.return', { loanId: loan!.id, copies: 2, pageCheck: 'complete' }));
    expect(part).toMatchObject({ copiesOut: 1, struck: null });
    expect(part.returns).toEqual([expect.objectContaining({ copies: 2, pageCheck: 'complete', receivedByName: '王专员', locationLabel: null })]);
    expect(custody(v.ctx, v.items.a)).toBe('onLoan');
    // more than is out: refused, nothing written
    const before = tableCounts(v.ctx);
    const tooMany = await v.call('loans.return', { loanId: loan!.id, copies: 2, pageCheck: 'complete' });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.error.issues).toEqual([{ path: 'copies', message: 'More copies than are still out' }]);
    expect(tableCounts(v.ctx)).toEqual(before);

    await v.as('op2');
    v.ctx.clock.advance(3600_000);
    const done = ok(
      await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'missingPages', missingPages: '第 7 页', note: '借阅人称复印时遗失' }),
    );
    expect(done.copiesOut).toBe(0);
    expect(done.struck).toEqual({ at: '2026-11-27T03:00:00.000Z', byName: '刘专员' });
    expect(done.returns[1]).toMatchObject({ copies: 1, pageCheck: 'missingPages', missingPages: '第 7 页', receivedByName: '刘专员' });
    expect(done.returns[1]!.locationLabel).toContain('A01柜');
    expect(custody(v.ctx, v.items.a)).toBe('onShelf');
    expect(rawRow(loan!.id)).toEqual(original);
    expect(actions(v.ctx).filter((a) => a === 'loan.return')).toHaveLength(2);
    // struck off: nothing more can be returned or renewed
    const after = await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'complete' });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.code).toBe('LOAN_STRUCK');
    // the filters
    expect(ok(await v.call('loans.list', { filter: 'returned' })).map((l) => l.id)).toEqual([loan!.id]);
    expect(ok(await v.call('loans.list', { filter: 'open' }))).toEqual([]);
  });
  test('R-LOAN-4 the register is never edited or deleted: triggers refuse UPDATE and DELETE of every loan table', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.b }]);
    ok(await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'complete' }));
    const db = v.ctx.vault!.db;
    expect(() => db.prepare(`UPDATE loans SET borrower_name = 'x' WHERE id = ?`).run(loan!.id)).toThrow(/never changed/);
    expect(() => db.prepare(`UPDATE loans SET due_at = '2030-01-01' WHERE id = ?`).run(loan!.id)).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM loans WHERE id = ?').run(loan!.id)).toThrow(/never deleted/);
    expect(() => db.prepare(`UPDATE loan_returns SET copies = 0`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM loan_returns`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM loan_strikes`).run()).toThrow(/never deleted/);
    expect(() => db.prepare(`UPDATE loan_strikes SET by_name = 'x'`).run()).toThrow(/never changed/);
    // and a strike-off while copies are out is refused by the vault itself
    const [open] = await lend(v, [{ itemId: v.items.a, copies: 2 }]);
    expect(() => db.prepare(`INSERT INTO loan_strikes(loan_id, at, by_id, by_name) VALUES (?, 'x', ?, 'x')`).run(open!.id, v.ids.op)).toThrow(
      /copies still out/,
    );
  });
  test('R-LOAN-4 the page check needs the missing pages, damage needs a note (same schema as the form)', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.b }]);
    const missing = await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'missingPages' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.issues?.[0]).toMatchObject({ path: 'missingPages' });
    const damaged = await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'damaged' });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.error.issues?.[0]).toMatchObject({ path: 'note' });
    const r = ok(await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'damaged', note: '封面水渍' }));
    expect(r.returns[0]).toMatchObject({ pageCheck: 'damaged', note: '封面水渍' });
  });
  test('R-LOAN-4 back to a newly proposed shelf position: the move is recorded with the return', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.b }]);
    const from = v.ctx.vault!.db.prepare('SELECT location_id FROM items WHERE id = ?').pluck().get(v.items.b) as number;
    const tree = ok(await v.call('locations.tree', {}));
    const a01 = tree[0]!.cabinets.find((c) => c.code === 'A01')!;
    const map = ok(await v.call('locations.shelfMap', { cabinetId: a01.id }));
    const free = map.shelves[1]!.find((c) => c.itemId === null)!;
    const r = ok(await v.call('loans.return', { loanId: loan!.id, copies: 1, pageCheck: 'complete', locationId: free.locationId }));
    expect(r.returns[0]!.locationLabel).toContain('第2层');
    expect(v.ctx.vault!.db.prepare('SELECT location_id FROM items WHERE id = ?').pluck().get(v.items.b)).toBe(free.locationId);
    const moves = ok(await v.call('items.movements', { itemId: v.items.b }));
    expect(moves.at(-1)).toMatchObject({ reason: `借阅归还（第 ${loan!.id} 号）` });
    expect(from).not.toBe(free.locationId);
    expect(custody(v.ctx, v.items.b)).toBe('onShelf');
  });
});

describe('R-LOAN-3 overdue', () => {
  test('R-LOAN-3 overdue computed with the injected clock: counts, filter, days', async () => {
    const [a] = await lend(v, [{ itemId: v.items.a }]);
    await lend(v, [{ itemId: v.items.b }]);
    expect(ok(await v.call('loans.counts', {}))).toEqual({ open: 2, overdue: 0 });
    // due Wednesday 12-02 17:30 (+08:00)
    v.ctx.clock.set(new Date('2026-12-02T17:30:00+08:00'));
    expect(ok(await v.call('loans.counts', {}))).toEqual({ open: 2, overdue: 0 });
    v.ctx.clock.set(new Date('2026-12-04T09:00:00+08:00'));
    expect(ok(await v.call('loans.counts', {}))).toEqual({ open: 2, overdue: 2 });
    const overdue = ok(await v.call('loans.list', { filter: 'overdue' }));
    expect(overdue.map((l) => l.overdueDays)).toEqual([2, 2]);
    ok(await v.call('loans.return', { loanId: a!.id, copies: 1, pageCheck: 'complete' }));
    expect(ok(await v.call('loans.counts', {}))).toEqual({ open: 1, overdue: 1 });
    // the returned row keeps no overdue mark
    expect(ok(await v.call('loans.get', { id: a!.id })).overdueDays).toBe(0);
  });
});

describe('R-LOAN-3 renewal', () => {
  test('R-LOAN-3 a renewal is a new approval shown on the same register row; the due time moves on the calendar', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.a }]);
    v.ctx.clock.set(new Date('2026-12-02T10:00:00+08:00'));
    const req = await approve(v, ok(await v.call('loans.request', loanRequest([{ itemId: v.items.a }], { renewalOf: loan!.id }))));
    // a renewal request is not issued as a new loan
    const asIssue = await v.call('loans.issue', { requestId: req.id, signature: { kind: 'slip' } });
    expect(asIssue.ok).toBe(false);
    if (!asIssue.ok) expect(asIssue.error.code).toBe('NOT_RENEWAL');
    const r = ok(await v.call('loans.renew', { loanId: loan!.id, requestId: req.id }));
    expect(r.id).toBe(loan!.id);
    expect(r.originalDueAt).toBe('2026-12-02T09:30:00.000Z');
    // out of the renewal Wednesday 12-02 → Thu, Fri, Mon 12-07
    expect(r.dueAt).toBe('2026-12-07T09:30:00.000Z');
    expect(r.renewals).toEqual([expect.objectContaining({ requestNo: req.no, approver: '刘专员', prevDueAt: '2026-12-02T09:30:00.000Z' })]);
    expect(ok(await v.call('loans.list', { filter: 'all' }))).toHaveLength(1);
    const twice = await v.call('loans.renew', { loanId: loan!.id, requestId: req.id });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('ALREADY_ISSUED');
  });
  test('R-LOAN-1 nobody lends on: a renewal asked for by anyone but the borrower is refused, nothing written', async () => {
    const [loan] = await lend(v, [{ itemId: v.items.a }]);
    const before = tableCounts(v.ctx);
    const r = await v.call(
      'loans.request',
      loanRequest([{ itemId: v.items.a }], { renewalOf: loan!.id, applicant: { kind: 'staff', name: '钱工', unit: '财务部' } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('LEND_ON');
    expect(tableCounts(v.ctx)).toEqual(before);
  });
});
