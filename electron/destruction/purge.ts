// Removing a destroyed item's content from the vault file (R-SEC-6). The index line (档号, title,
// classification, dates, catalogue facts) stays on the item; what goes is its content: the
// attachment bytes (attachment_blobs), the attachments' file names and the item's remarks. The
// search index holds title + document type only (index-line facts), so it keeps the item.
// SQLite leaves deleted bytes in free pages and old page versions in the WAL: the deletes run
// with secure_delete on (freed cells and pages are zeroed), then the WAL is checkpointed and
// truncated and the file VACUUMed (every page rewritten — encrypted with the same key, SQLCipher
// keeps the codec), and the WAL checkpointed and truncated again.
import type { Db } from '../vault/db';
import { sql, type Writer } from '../vault/sql';

export const DESTROYED_FILE_NAME = '（已销毁）';

export function withSecureDelete<T>(db: Db, fn: () => T): T {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    db.pragma(`secure_delete = ${before ? 'ON' : 'OFF'}`);
  }
}

/** Inside the destruction's transaction, after the 'destroyed' custody event (the triggers allow it then only). Returns the attachments removed. */
export function purgeItemContent(w: Writer, itemId: number): number {
  const ids = w.values<number>(sql`SELECT id FROM attachments WHERE item_id = ${itemId}`);
  if (ids.length) {
    w.run(sql`DELETE FROM attachment_blobs WHERE attachment_id IN ${ids}`);
    w.run(sql`UPDATE attachments SET file_name = ${DESTROYED_FILE_NAME} WHERE id IN ${ids}`);
  }
  w.run(sql`UPDATE items SET remarks = NULL WHERE id = ${itemId}`);
  return ids.length;
}

/** Outside any transaction: old page versions out of the WAL, free pages out of the file. */
export function rewriteFreedPages(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
