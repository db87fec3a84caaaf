// R-LOAN-3 the loan period and the working-day calendar in the vault: the security officer
// edits them (audited, the period at most 3 days), an edited year replaces the shipped one and
// moves the due date, nobody else may edit them.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from './kit';
import { lend, setupLoans, type LoanRig } from './loans-fixture';
import { changePolicy, today } from './policy-helpers';

let v: LoanRig;
beforeEach(async () => {
  v = await setupLoans();
});
afterEach(() => {
  v.ctx.vault?.close();
  v.cleanup();
});

const lastAudit = () =>
  v.ctx.vault!.db.prepare('SELECT action, detail_json FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as { action: string; detail_json: string };

describe('R-LOAN-3 loan period', () => {
  test('R-LOAN-3 R-GOV-1 default 3 days on the calendar; the security officer proposes 2 days, the GM approves, audited; more than 3 is refused', async () => {
    expect(ok(await v.call('loans.policy', {}))).toEqual({ days: 3, mode: 'calendar', dueTime: '17:30' });
    const denied = await v.call('loans.setPolicy', { days: 2, mode: 'calendar', dueTime: '17:30' });
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('FORBIDDEN_ROLE');
    await v.as('sec');
    // R-GOV-1: never directly; a proposal is checked against the same schema
    expect(await v.call('loans.setPolicy', { days: 2, mode: 'calendar', dueTime: '17:30' })).toMatchObject({
      ok: false,
      error: { code: 'POLICY_NEEDS_APPROVAL' },
    });
    const tooLong = await v.call('policy.propose', {
      key: 'loans.policy',
      value: { days: 4, mode: 'calendar', dueTime: '17:30' },
      effectiveFrom: today(v),
      reason: '延长',
    });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.issues).toEqual([{ path: 'value.days', message: 'The loan period is at most 3 working days' }]);
    await changePolicy(v, 'loans.policy', { days: 2, mode: 'datedue', dueTime: '16:00' });
    const page = ok(await v.call('audit.list', { filter: {}, offset: 0, limit: 5 }));
    expect(page.rows.map((r) => r.action)).toContain('policy.apply');
    await v.as('op');
    // datedue, 2 days: Friday 11-27 + 2 = Sunday 11-29 → Monday 11-30 16:00
    const [row] = await lend(v, [{ itemId: v.items.a }]);
    expect(row!.dueAt).toBe('2026-11-30T08:00:00.000Z');
  });
});

describe('R-LOAN-3 working-day calendar', () => {
  test('R-LOAN-3 shipped 2026 is confirmed; 2027 is flagged for confirmation', async () => {
    const y26 = ok(await v.call('loans.calendar', { year: 2026 }));
    expect(y26).toMatchObject({ year: 2026, confirmed: true, edited: false });
    expect(y26.days.find((d) => d.date === '2026-10-10')).toEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' });
    const y27 = ok(await v.call('loans.calendar', { year: 2027 }));
    expect(y27).toMatchObject({ confirmed: false, edited: false });
  });
  test('R-LOAN-3 the security officer edits a year (audited); the edited year replaces the shipped one and moves due dates', async () => {
    await v.as('sec');
    const y = ok(await v.call('loans.calendar', { year: 2026 }));
    // the room closes on Monday 11-30 (e.g. an inspection): the due date moves one working day
    const days = [...y.days, { date: '2026-11-30', kind: 'holiday' as const, name: '库房安全检查闭库' }];
    const saved = ok(await v.call('loans.setCalendarYear', { year: 2026, days, source: y.source, confirmed: true }));
    expect(saved).toMatchObject({ edited: true, updatedByName: '孙保密' });
    const a = lastAudit();
    expect(a.action).toBe('loan.calendar.update');
    expect(JSON.parse(a.detail_json)).toMatchObject({ year: 2026, added: [{ date: '2026-11-30', kind: 'holiday', name: '库房安全检查闭库' }], removed: [] });
    await v.as('op');
    const [row] = await lend(v, [{ itemId: v.items.a }]);
    // Friday 11-27 → (Mon 11-30 closed) Tue 12-01, Wed 12-02, Thu 12-03
    expect(row!.dueAt).toBe('2026-12-03T09:30:00.000Z');
  });
  test('R-LOAN-3 bad calendar input is refused with nothing written; operators cannot edit', async () => {
    const denied = await v.call('loans.setCalendarYear', { year: 2026, days: [], source: 'x', confirmed: true });
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('FORBIDDEN_ROLE');
    await v.as('sec');
    const count = () => v.ctx.vault!.db.prepare('SELECT count(*) FROM loan_calendar_years').pluck().get();
    for (const days of [
      [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
      [
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-01', kind: 'workday', name: '重复' },
      ],
      [{ date: '2026-02-30', kind: 'holiday', name: 'x' }],
      [{ date: '2026-10-01', kind: 'holiday', name: '' }],
    ]) {
      const r = await v.raw('loans.setCalendarYear', { year: 2026, days, source: '测试', confirmed: true });
      expect(r.ok, JSON.stringify(days)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('BAD_INPUT');
    }
    expect(count()).toBe(0);
  });
});
