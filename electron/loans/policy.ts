// The loan period (settings row 'loans.policy': days ≤ 3, due-date mode, due time; R-LOAN-3) and
// the working-day calendar: the shipped years (contract/calendar.ts) unless the security officer
// edited a year (loan_calendar_years), each change one audit entry with what was added/removed.
import { appendAudit } from '../audit/append';
import { registerPolicyValue } from '../settings/policyValues';
import { DomainError } from '../contract/result';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { DEFAULT_DUE_POLICY, SHIPPED_CALENDAR, WorkCalendar, calendarDate, emptyYear, type CalendarDay, type CalendarYear } from './contract/calendar';
import { loanPolicySchema, type CalendarYearInput, type CalendarYearView, type LoanPolicy } from './contract/calls';

const POLICY_KEY = 'loans.policy';
// R-GOV-1: the loan period and due-date mode change only through a GM-approved policy version
registerPolicyValue({
  key: POLICY_KEY,
  label: { zh: '借阅期限与到期规则', en: 'Loan period and due-date rule' },
  schema: loanPolicySchema,
  default: { ...DEFAULT_DUE_POLICY },
  domain: 'loans',
});
const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);

export function getLoanPolicy(db: Db | Reader): LoanPolicy {
  const json = rd(db).value<string>(sql`SELECT value_json FROM settings WHERE key = ${POLICY_KEY}`);
  if (!json) return { ...DEFAULT_DUE_POLICY };
  const parsed = loanPolicySchema.safeParse({ ...DEFAULT_DUE_POLICY, ...(JSON.parse(json) as object) });
  return parsed.success ? parsed.data : { ...DEFAULT_DUE_POLICY };
}

/** R-GOV-1: refused — a loan policy change is proposed on the 策略 page and applies once the GM approved it. */
export function setLoanPolicy(_vault: Vault, _clock: Clock, _actor: Actor, _next: LoanPolicy): LoanPolicy {
  throw new DomainError('POLICY_NEEDS_APPROVAL', 'loans.policy is a policy value: propose a change (策略) for the GM to approve');
}

interface YearRow {
  year: number;
  daysJson: string;
  source: string;
  confirmed: number;
  updatedAt: string;
  updatedByName: string | null;
}
function editedYear(r: Reader, year: number): YearRow | undefined {
  return r.get<YearRow>(sql`SELECT y.year, y.days_json, y.source, y.confirmed, y.updated_at, u.display_name AS updated_by_name
                              FROM loan_calendar_years y LEFT JOIN users u ON u.id = y.updated_by WHERE y.year = ${year}`);
}
const shipped = (year: number): CalendarYear => SHIPPED_CALENDAR.find((y) => y.year === year) ?? emptyYear(year);

export function getCalendarYear(db: Db | Reader, year: number): CalendarYearView {
  const row = editedYear(rd(db), year);
  if (!row) return { ...shipped(year), edited: false, updatedAt: null, updatedByName: null };
  return {
    year,
    days: JSON.parse(row.daysJson) as CalendarDay[],
    source: row.source,
    confirmed: row.confirmed === 1,
    edited: true,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}

/** The calendar around `at`: the year before, that year and the two after (a loan's due date may cross New Year). */
export function workCalendar(db: Db | Reader, at: Date): WorkCalendar {
  const y = Number(calendarDate(at).slice(0, 4));
  return new WorkCalendar([y - 1, y, y + 1, y + 2].map((year) => getCalendarYear(db, year)));
}

const key = (d: CalendarDay) => `${d.date}|${d.kind}|${d.name}`;

export function setCalendarYear(vault: Vault, clock: Clock, actor: Actor, input: CalendarYearInput): CalendarYearView {
  return vault.write((w) => {
    const before = getCalendarYear(w, input.year);
    const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
    const beforeKeys = new Set(before.days.map(key));
    const afterKeys = new Set(days.map(key));
    const added = days.filter((d) => !beforeKeys.has(key(d)));
    const removed = before.days.filter((d) => !afterKeys.has(key(d)));
    if (!added.length && !removed.length && before.source === input.source && before.confirmed === input.confirmed && before.edited)
      throw new DomainError('BAD_INPUT', 'v.noChange');
    const at = clock.now().toISOString();
    w.run(sql`INSERT INTO loan_calendar_years(year, days_json, source, confirmed, updated_at, updated_by)
              VALUES (${input.year}, ${JSON.stringify(days)}, ${input.source}, ${input.confirmed ? 1 : 0}, ${at}, ${actor.id})
              ON CONFLICT(year) DO UPDATE SET days_json = excluded.days_json, source = excluded.source, confirmed = excluded.confirmed,
                                              updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'loan.calendar.update',
      entity: 'loanCalendar',
      entityId: input.year,
      detail: { year: input.year, added, removed, source: input.source, confirmed: input.confirmed },
    });
    return getCalendarYear(w, input.year);
  });
}
