// Archive numbers (档号, R-ARCH-3): generated from the policy pattern, unique, never reused.
// The counter row is bumped in the same transaction as the archive row: a rolled-back creation
// rolls the counter back too, so the number was never visible anywhere and no gap or reuse
// can arise; a committed number stays taken forever (archives cannot be deleted).
import type { CustomerCategory } from './contract/calls';
import { CATEGORY_CODES, expandArchiveScope, withArchiveSeq } from './contract/archiveNumber';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { stmt } from '../vault/sql';

export { CATEGORY_CODES };

/** Call inside vault.tx(). Skips any number already taken (e.g. after a pattern change). */
export function nextArchiveNo(db: Db, pattern: string, category: CustomerCategory, now: Date): string {
  const scope = expandArchiveScope(pattern, category, now);
  const taken = stmt(db, 'SELECT 1 FROM archives WHERE archive_no = ?').pluck();
  let seq = ((stmt(db, 'SELECT last_seq FROM archive_counters WHERE scope = ?').pluck().get(scope) as number | undefined) ?? 0) + 1;
  while (taken.get(withArchiveSeq(scope, seq))) seq++;
  stmt(db, 'INSERT INTO archive_counters(scope, last_seq) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET last_seq = excluded.last_seq').run(scope, seq);
  return withArchiveSeq(scope, seq);
}

/**
 * The next item number (件号) of an archive, advancing its counter: call inside the vault.tx()
 * that inserts the item (insertItem, the bulk seeder), so a rolled-back insert rolls the counter
 * back too and a committed number is taken forever. Format it with contract/itemNumber.ts.
 */
export function nextItemNo(db: Db, archiveId: number): number {
  const no = stmt(db, 'UPDATE archives SET next_item_no = next_item_no + 1 WHERE id = ? RETURNING next_item_no - 1').pluck().get(archiveId) as
    number | undefined;
  if (no === undefined) throw new DomainError('NOT_FOUND', `archive ${archiveId} not found`);
  return no;
}
