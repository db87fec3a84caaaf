// Calendar dates of the archive room (Beijing time, as every register prints them).
const OFFSET_MS = 8 * 3600_000;

/** The room's calendar date at an instant, 'YYYY-MM-DD'. */
export const roomDate = (at: Date): string => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** date + n years; 29 Feb becomes 28 Feb in a common year (as archive retentionUntil does). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
