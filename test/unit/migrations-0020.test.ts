// Migration 0020 (archive) applied to a vault that already lives at version 10 with data.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openEncrypted } from '../../electron/vault/db';
import { newDataKey } from '../../electron/vault/keyslots';
import { migrate, schemaVersion } from '../../electron/vault/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/schema';
import { tempDir } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-ARCH-3 R-IT-1 0020 upgrades a version-10 vault in place: old rows kept, archive tables and trigram search ready', () => {
  const t = tempDir('ar-m20-');
  const key = newDataKey();
  const file = join(t.dir, 'vault.db');
  let db = openEncrypted(file, key);
  cleanup = () => {
    if (db.open) db.close();
    t.cleanup();
  };
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 10),
  );
  expect(schemaVersion(db)).toBe(10);
  db.prepare(`INSERT INTO users(id, login, display_name, roles_json, created_at) VALUES (1, 'op', '专员', '["operator"]', 'now')`).run();
  db.prepare(`INSERT INTO settings(key, value_json) VALUES ('classificationLabels', '["公开","内部","商密","核心商密"]')`).run();
  db.close();

  db = openEncrypted(file, key);
  expect(migrate(db)).toEqual({ from: 10, to: LATEST_VERSION });
  expect(db.prepare('SELECT display_name FROM users WHERE id = 1').pluck().get()).toBe('专员');
  expect(db.prepare(`SELECT value_json FROM settings WHERE key = 'classificationLabels'`).pluck().get()).toContain('商密');
  // the encrypted build has FTS5 with the trigram tokenizer (substring search of Chinese)
  db.prepare(`INSERT INTO search_fts(rowid, text, py_full, py_init) VALUES (1, '中国银行北京分行', 'zhongguoyinhangbeijingfenhang', 'zgyhbjfh')`).run();
  expect(db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH '"银行北"'`).pluck().all()).toEqual([1]);
  expect(db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH '"yhbj"'`).pluck().all()).toEqual([1]);
  // reopening does nothing more
  expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
});
