import { DomainError } from '../contract/result';
import type { Db } from './db';
import { MIGRATIONS, type Migration } from '../schema';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in ONE transaction: either the vault reaches the latest
 * version or it stays exactly as it was. A vault written by newer code is refused, because
 * this code cannot know what the newer tables mean.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (from > latest) {
    throw new DomainError('VAULT_NEWER', `vault schema version ${from} is newer than this program (knows up to ${latest}); use the newer Archive Room`, {
      version: from,
      latest,
    });
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: latest };
}
