// Times as people read them: ONE helper for the audit screen, the printed registers and the
// audit detail texts, so a time on screen and the same time on paper always agree. Stored
// times are UTC ISO strings; they are shown in one named time zone (the workstation's own
// unless told otherwise), and the registers print that zone's name in their header.
// Pure (Intl only): the renderer bundles it too.
import type { Locale } from './types';

/** The workstation's IANA time zone, e.g. 'Asia/Shanghai' ('UTC' if the runtime does not say). */
export function workstationTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface TimeFormatOptions {
  /** default true: 2026-11-27 09:00:05; false: 2026-11-27 09:00 */
  seconds?: boolean;
  /** only the date: 2026-11-27 */
  dateOnly?: boolean;
}

/**
 * '2026-11-27T01:00:05.000Z' in 'Asia/Shanghai' → '2026-11-27 09:00:05'. The same digits in
 * both languages (unambiguous on paper and sortable); `locale` is there so a caller never has to
 * care. Empty or unparsable input never throws: '' for nothing, the input itself otherwise.
 */
export function formatTime(iso: unknown, _locale: Locale, tz: string, opts: TimeFormatOptions = {}): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const d = iso instanceof Date ? iso : new Date(typeof iso === 'number' ? iso : String(iso));
  if (Number.isNaN(d.getTime())) return String(iso);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(tz).formatToParts(d);
  } catch {
    parts = formatterFor('UTC').formatToParts(d); // an unknown zone name: UTC rather than nothing
  }
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value])) as Record<string, string>;
  const date = `${p.year}-${p.month}-${p.day}`;
  if (opts.dateOnly) return date;
  return `${date} ${p.hour}:${p.minute}${opts.seconds === false ? '' : `:${p.second}`}`;
}
