// R-LOAN-3 the working-day calendar and the due date (pure): holidays and 调休 make-up working
// days of 2026 as the State Council published them, the three Koha modes, the UTC+8 day.
import { describe, expect, test } from 'vitest';
import {
  SHIPPED_CALENDAR,
  WorkCalendar,
  addDays,
  atTime,
  calendarDate,
  dueAt,
  dueDate,
  isValidDate,
  overdueDays,
  weekday,
} from '../../electron/loans/contract/calendar';

const cal = new WorkCalendar(SHIPPED_CALENDAR);
const calendar = { days: 3, mode: 'calendar' as const };

describe('R-LOAN-3 shipped 2026 calendar', () => {
  test('R-LOAN-3 National Day 2026: 10-01..10-07 closed, Sunday 09-20 and Saturday 10-10 are make-up working days', () => {
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) expect(cal.isOpen(d), d).toBe(false);
    expect(weekday('2026-09-20')).toBe(0);
    expect(cal.isOpen('2026-09-20')).toBe(true);
    expect(weekday('2026-10-10')).toBe(6);
    expect(cal.isOpen('2026-10-10')).toBe(true);
    expect(cal.isOpen('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(cal.isOpen('2026-10-08')).toBe(true);
  });
  test('R-LOAN-3 every published 2026 holiday and make-up day is in the list', () => {
    const y = SHIPPED_CALENDAR.find((c) => c.year === 2026)!;
    expect(y.confirmed).toBe(true);
    const holidays = y.days.filter((d) => d.kind === 'holiday').length;
    const workdays = y.days.filter((d) => d.kind === 'workday').map((d) => d.date);
    // 元旦 3 + 春节 9 + 清明 3 + 劳动 5 + 端午 3 + 中秋 3 + 国庆 7
    expect(holidays).toBe(33);
    expect(workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (const w of workdays) expect([0, 6]).toContain(weekday(w));
  });
  test('R-LOAN-3 2027 ships the statutory holidays only and says it must be confirmed', () => {
    const y = SHIPPED_CALENDAR.find((c) => c.year === 2027)!;
    expect(y.confirmed).toBe(false);
    expect(y.source).toContain('待国务院办公厅公布');
    expect(cal.isOpen('2027-02-05')).toBe(false); // 除夕
    expect(cal.isOpen('2027-10-01')).toBe(false);
  });
});

describe('R-LOAN-3 due date', () => {
  test('R-LOAN-3 due date across National Day and the 调休 Saturday: out 09-30 → due Saturday 10-10 (calendar mode)', () => {
    expect(dueDate(cal, '2026-09-30', calendar)).toBe('2026-10-10');
  });
  test('R-LOAN-3 a make-up Sunday counts: out Friday 09-18 → 09-20 (Sun, 调休), 09-21, 09-22', () => {
    expect(dueDate(cal, '2026-09-18', calendar)).toBe('2026-09-22');
  });
  test('R-LOAN-3 Mid-Autumn + weekend: out Thursday 09-24 → 09-28, 09-29, 09-30', () => {
    expect(dueDate(cal, '2026-09-24', calendar)).toBe('2026-09-30');
  });
  test('R-LOAN-3 Spring Festival 2026: out Friday 02-13 → 02-14 (Sat, 调休), then 02-24, 02-25', () => {
    expect(dueDate(cal, '2026-02-13', calendar)).toBe('2026-02-25');
  });
  test("R-LOAN-3 'datedue' mode: N calendar days, a closed due day moves to the next working day", () => {
    expect(dueDate(cal, '2026-09-30', { days: 3, mode: 'datedue' })).toBe('2026-10-08');
    expect(dueDate(cal, '2026-11-25', { days: 3, mode: 'datedue' })).toBe('2026-11-30'); // Sat 11-28 → Mon
    expect(dueDate(cal, '2026-11-23', { days: 3, mode: 'datedue' })).toBe('2026-11-26');
  });
  test("R-LOAN-3 'days' mode ignores the calendar", () => {
    expect(dueDate(cal, '2026-09-30', { days: 3, mode: 'days' })).toBe('2026-10-03');
  });
  test('R-LOAN-3 an ordinary week: out Wednesday 11-25 → due Monday 11-30 (weekend skipped)', () => {
    expect(dueDate(cal, '2026-11-25', calendar)).toBe('2026-11-30');
    expect(dueDate(cal, '2026-11-25', { days: 1, mode: 'calendar' })).toBe('2026-11-26');
  });
  test('R-LOAN-3 the day out is the UTC+8 day: 2026-09-29T17:00Z is already 09-30 in the archive room', () => {
    const out = new Date('2026-09-29T17:00:00Z');
    expect(calendarDate(out)).toBe('2026-09-30');
    expect(dueAt(cal, out, { days: 3, mode: 'calendar', dueTime: '17:30' }).toISOString()).toBe('2026-10-10T09:30:00.000Z');
  });
  test('R-LOAN-3 an edited year replaces the shipped one (later lists win)', () => {
    const edited = new WorkCalendar([
      ...SHIPPED_CALENDAR,
      { year: 2026, source: 'x', confirmed: true, days: [{ date: '2026-10-08', kind: 'holiday', name: '临时闭馆' }] },
    ]);
    // the edited list is added on top here; the vault's own lookup replaces the year (loans-calendar-vault test)
    expect(edited.isOpen('2026-10-08')).toBe(false);
    expect(dueDate(edited, '2026-09-30', calendar)).toBe('2026-10-12');
  });
});

describe('R-LOAN-3 overdue and dates', () => {
  test('R-LOAN-3 overdue days counted on the UTC+8 calendar', () => {
    const due = atTime('2026-10-10', '17:30');
    expect(overdueDays(due, atTime('2026-10-10', '17:30'))).toBe(0);
    expect(overdueDays(due, atTime('2026-10-10', '17:31'))).toBe(1);
    expect(overdueDays(due, atTime('2026-10-13', '09:00'))).toBe(3);
  });
  test('R-LOAN-3 dates are validated', () => {
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-13-01')).toBe(false);
  });
});
