// Archive numbers (档号, R-ARCH-3): generated from the policy pattern, unique, never reused.
// The counter row is bumped in the same transaction as the archive row: a rolled-back creation
// rolls the counter back too, so the number was never visible anywhere and no gap or reuse
// can arise; a committed number stays taken forever (archives cannot be deleted).
import type { CustomerCategory } from '../contract/archive';
import type { Db } from '../vault/db';
import { stmt } from './stmt';

export const CATEGORY_CODES: Record<CustomerCategory, string> = { general: 'YB', special: 'TS' };

/** Expands everything but {seq}: the result is the counter's scope. */
function expandScope(pattern: string, category: CustomerCategory, now: Date): string {
  const yyyy = String(now.getFullYear());
  return pattern
    .replaceAll('{cat}', CATEGORY_CODES[category])
    .replaceAll('{yyyy}', yyyy)
    .replaceAll('{yy}', yyyy.slice(2))
    .replaceAll('{mm}', String(now.getMonth() + 1).padStart(2, '0'));
}

const withSeq = (scope: string, seq: number) =>
  scope.replace(/\{seq(?::(\d))?\}/g, (_m, w: string | undefined) => String(seq).padStart(w ? Number(w) : 1, '0'));

/** Call inside vault.tx(). Skips any number already taken (e.g. after a pattern change). */
export function nextArchiveNo(db: Db, pattern: string, category: CustomerCategory, now: Date): string {
  const scope = expandScope(pattern, category, now);
  const taken = stmt(db, 'SELECT 1 FROM archives WHERE archive_no = ?').pluck();
  let seq = ((stmt(db, 'SELECT last_seq FROM archive_counters WHERE scope = ?').pluck().get(scope) as number | undefined) ?? 0) + 1;
  while (taken.get(withSeq(scope, seq))) seq++;
  stmt(db, 'INSERT INTO archive_counters(scope, last_seq) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET last_seq = excluded.last_seq').run(scope, seq);
  return withSeq(scope, seq);
}
