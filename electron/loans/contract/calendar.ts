// The working-day calendar (R-LOAN-3): which days the archive room is open, and the due date of
// a loan counted on it. Pure (the renderer bundles it: the request form and the approver see the
// same due date main will store).
//
// A day is closed when it is a Saturday or Sunday, unless the year's list makes it a 调休
// make-up working day; a weekday is open unless the list makes it a public holiday. The lists
// for 2026 (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04) and 2027 ship below; the
// security officer edits a year's days in the app (loans.setCalendarYear, audited), and an
// edited year replaces the shipped one.
//
// Due-date modes after Koha's useDaysMode (Koha/Calendar.pm addDuration):
//   'calendar' — count N open days after the day out (closed days are skipped: Koha 'Calendar');
//   'datedue'  — N calendar days, then pushed forward to the next open day (Koha 'Datedue');
//   'days'     — N calendar days, the calendar ignored (Koha 'Days').
// All dates are China Standard Time (UTC+8, no daylight saving): the holidays are China's.

export type CalendarDayKind = 'holiday' | 'workday';
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  /** e.g. 国庆节 / 国庆节调休上班 */
  name: string;
}
export interface CalendarYear {
  year: number;
  days: CalendarDay[];
  /** where the list comes from, shown in the editor */
  source: string;
  /** false: statutory days only, the State Council's schedule still to be entered */
  confirmed: boolean;
}

export const DUE_MODES = ['calendar', 'datedue', 'days'] as const;
export type DueMode = (typeof DUE_MODES)[number];

/** UTC+8: the calendar's zone */
export const CALENDAR_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3600_000;

// ---- date arithmetic on YYYY-MM-DD (UTC-based, so no zone can shift a day) ----
function toUtc(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
export function addDays(d: string, n: number): string {
  return fromUtc(toUtc(d) + n * 86_400_000);
}
/** 0 = Sunday … 6 = Saturday */
export const weekday = (d: string): number => new Date(toUtc(d)).getUTCDay();
export const isWeekend = (d: string): boolean => weekday(d) === 0 || weekday(d) === 6;
export const isValidDate = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && fromUtc(toUtc(d)) === d;

const range = (from: string, to: string, kind: CalendarDayKind, name: string): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ date: d, kind, name });
  return out;
};
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'workday', name });

/** 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日） */
const Y2026: CalendarYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  confirmed: true,
  days: [
    ...range('2026-01-01', '2026-01-03', 'holiday', '元旦'),
    work('2026-01-04', '元旦调休上班'),
    work('2026-02-14', '春节调休上班'),
    ...range('2026-02-15', '2026-02-23', 'holiday', '春节'),
    work('2026-02-28', '春节调休上班'),
    ...range('2026-04-04', '2026-04-06', 'holiday', '清明节'),
    ...range('2026-05-01', '2026-05-05', 'holiday', '劳动节'),
    work('2026-05-09', '劳动节调休上班'),
    ...range('2026-06-19', '2026-06-21', 'holiday', '端午节'),
    work('2026-09-20', '国庆节调休上班'),
    ...range('2026-09-25', '2026-09-27', 'holiday', '中秋节'),
    ...range('2026-10-01', '2026-10-07', 'holiday', '国庆节'),
    work('2026-10-10', '国庆节调休上班'),
  ],
};

/**
 * 2027: the State Council's schedule was not yet known when this list was written, so it holds
 * the statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) only — 元旦 1 day,
 * 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 — without the 调休 days and
 * the substitute days for holidays on a weekend. The security officer confirms it against the
 * published notice and edits it (confirmed: false until then; the editor says so).
 */
const Y2027: CalendarYear = {
  year: 2027,
  source: '《全国年节及纪念日放假办法》法定节假日（未含调休，待国务院办公厅公布2027年安排后核对修改）',
  confirmed: false,
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    ...range('2027-02-05', '2027-02-08', 'holiday', '春节'),
    { date: '2027-04-05', kind: 'holiday', name: '清明节' },
    ...range('2027-05-01', '2027-05-02', 'holiday', '劳动节'),
    { date: '2027-06-09', kind: 'holiday', name: '端午节' },
    { date: '2027-09-15', kind: 'holiday', name: '中秋节' },
    ...range('2027-10-01', '2027-10-03', 'holiday', '国庆节'),
  ],
};

export const SHIPPED_CALENDAR: readonly CalendarYear[] = [Y2026, Y2027];

/** A year without a list: weekends closed, nothing else (the editor flags it). */
export const emptyYear = (year: number): CalendarYear => ({ year, days: [], source: '', confirmed: false });

/** The calendar day (UTC+8) of an instant. */
export const calendarDate = (at: Date): string => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
/** The instant of a day's wall time HH:MM in UTC+8. */
export const atTime = (date: string, hhmm: string): Date => new Date(`${date}T${hhmm}:00${CALENDAR_OFFSET}`);

/** Days looked up by date, across the years given (later years in the list win). */
export class WorkCalendar {
  private readonly byDate = new Map<string, CalendarDay>();
  constructor(years: readonly CalendarYear[]) {
    for (const y of years) for (const d of y.days) this.byDate.set(d.date, d);
  }
  day(date: string): CalendarDay | undefined {
    return this.byDate.get(date);
  }
  isOpen(date: string): boolean {
    const d = this.byDate.get(date);
    if (d) return d.kind === 'workday';
    return !isWeekend(date);
  }
  /** the first open day on or after `date` (a year never has 60 closed days in a row) */
  nextOpen(date: string): string {
    let d = date;
    for (let i = 0; i < 60 && !this.isOpen(d); i++) d = addDays(d, 1);
    return d;
  }
}

export interface DuePolicy {
  /** loan period in days, 1…3 (R-LOAN-3) */
  days: number;
  mode: DueMode;
  /** the wall time (UTC+8) a loan is due on its due day, HH:MM */
  dueTime: string;
}
export const MAX_LOAN_DAYS = 3;
export const DEFAULT_DUE_POLICY: DuePolicy = { days: 3, mode: 'calendar', dueTime: '17:30' };

/** The due date (YYYY-MM-DD, UTC+8) of a loan that goes out on `outDate`. */
export function dueDate(cal: WorkCalendar, outDate: string, policy: Pick<DuePolicy, 'days' | 'mode'>): string {
  const n = policy.days;
  if (policy.mode === 'days') return addDays(outDate, n);
  if (policy.mode === 'datedue') return cal.nextOpen(addDays(outDate, n));
  let d = outDate;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (cal.isOpen(d)) left--;
  }
  return d;
}

/** The due instant of a loan out at `out`: its due date at the policy's due time. */
export function dueAt(cal: WorkCalendar, out: Date, policy: DuePolicy): Date {
  return atTime(dueDate(cal, calendarDate(out), policy), policy.dueTime);
}

/** Whole calendar days a loan due at `due` is overdue at `now` (0 = not overdue). */
export function overdueDays(due: Date, now: Date): number {
  if (now.getTime() <= due.getTime()) return 0;
  return Math.max(1, Math.round((toUtc(calendarDate(now)) - toUtc(calendarDate(due))) / 86_400_000));
}
