// Prepared-statement cache per connection: the hot write paths (import, seed of 1M items) spend
// more time compiling SQL than running it otherwise. Keyed by the Db object, so a closed vault's
// statements go away with it.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './db';

const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}
