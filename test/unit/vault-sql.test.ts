// The SQL kit on a real encrypted vault: bound parameters (never spliced), lists, fragments,
// camelCased rows, the statement cache, and writes only inside their transaction.
import { afterEach, describe, expect, test } from 'vitest';
import { appendAudit } from '../../electron/audit/append';
import { ManualClock } from '../../electron/vault/clock';
import { reader, sql, sqlJoin, sqlRaw, stmt, writeTx, type Writer } from '../../electron/vault/sql';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function openVault() {
  const t = tempDir();
  cleanup = t.cleanup;
  const { vault } = await Vault.create(t.dir, testVaultOptions());
  vault.db.exec('CREATE TABLE shelf_item (id INTEGER PRIMARY KEY, archive_no TEXT NOT NULL, created_at TEXT NOT NULL, classification INTEGER NOT NULL)');
  return vault;
}

describe('SQL kit', () => {
  test('R-IT-1 tagged SQL binds every value, expands lists, inlines fragments', () => {
    const q = sql`SELECT * FROM t WHERE a = ${"x' OR 1=1 --"} AND b IN ${[1, 2, 3]} AND ${sqlJoin([sql`c = ${true}`, sql`d > ${4}`], ' AND ')} ORDER BY ${sqlRaw('id')}`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = ? AND b IN (?, ?, ?) AND c = ? AND d > ? ORDER BY id');
    expect(q.params).toEqual(["x' OR 1=1 --", 1, 2, 3, 1, 4]);
    expect(() => sql`SELECT ${[]}`).toThrow(/empty list/);
  });

  test('R-IT-1 rows come back camelCased; an injection attempt is just a value', async () => {
    const vault = await openVault();
    vault.write((w) => {
      for (const [no, c] of [
        ['TS-2026-00001-001', 0],
        ['TS-2026-00001-002', 2],
      ] as const) {
        w.run(sql`INSERT INTO shelf_item(archive_no, created_at, classification) VALUES (${no}, ${'2026-12-01T08:00:00Z'}, ${c})`);
      }
    });
    const rows = vault.read((r) =>
      r.all<{ id: number; archiveNo: string; createdAt: string }>(sql`SELECT id, archive_no, created_at FROM shelf_item ORDER BY id`),
    );
    expect(rows).toEqual([
      { id: 1, archiveNo: 'TS-2026-00001-001', createdAt: '2026-12-01T08:00:00Z' },
      { id: 2, archiveNo: 'TS-2026-00001-002', createdAt: '2026-12-01T08:00:00Z' },
    ]);
    const hostile = "x' OR '1'='1";
    expect(vault.read((r) => r.all(sql`SELECT id FROM shelf_item WHERE archive_no = ${hostile}`))).toEqual([]);
    expect(vault.read((r) => r.values<number>(sql`SELECT id FROM shelf_item WHERE classification IN ${[2, 3]}`))).toEqual([2]);
    expect(vault.read((r) => r.value<number>(sql`SELECT count(*) FROM shelf_item`))).toBe(2);
    vault.close();
  });

  test('R-IT-1 one statement per SQL text per connection (the cache)', async () => {
    const vault = await openVault();
    const r = reader(vault.db);
    const a = stmt(vault.db, 'SELECT count(*) FROM shelf_item');
    r.value(sql`SELECT count(*) FROM shelf_item`);
    expect(stmt(vault.db, 'SELECT count(*) FROM shelf_item')).toBe(a);
    vault.close();
  });

  test('R-IT-1 a write transaction commits its rows and its audit entry together, or neither', async () => {
    const vault = await openVault();
    const clock = new ManualClock();
    const count = () => vault.read((r) => [r.value<number>(sql`SELECT count(*) FROM shelf_item`), r.value<number>(sql`SELECT count(*) FROM audit_entry`)]);
    const before = count();
    expect(() =>
      vault.write((w) => {
        w.run(sql`INSERT INTO shelf_item(archive_no, created_at, classification) VALUES (${'YB-2026-00001-001'}, ${'t'}, ${0})`);
        appendAudit(w, clock, { actorId: null, actorName: null, action: 'settings.update', entity: 'settings' });
        throw new Error('something later failed');
      }),
    ).toThrow('something later failed');
    expect(count()).toEqual(before);
    vault.write((w) => {
      w.run(sql`INSERT INTO shelf_item(archive_no, created_at, classification) VALUES (${'YB-2026-00001-001'}, ${'t'}, ${0})`);
      appendAudit(w, clock, { actorId: null, actorName: null, action: 'settings.update', entity: 'settings' });
    });
    expect(count()).toEqual([before[0]! + 1, before[1]! + 1]);
    vault.close();
  });

  test('R-IT-1 a Writer kept past its transaction refuses to write', async () => {
    const vault = await openVault();
    let leaked: Writer | undefined;
    writeTx(vault.db, (w) => {
      leaked = w;
    });
    expect(() => leaked!.run(sql`DELETE FROM shelf_item`)).toThrow(/outside its transaction/);
    // and the type system has no Writer to offer outside one: reader(db) has no run()
    // @ts-expect-error — a Reader cannot write
    expect(reader(vault.db).run).toBeUndefined();
    vault.close();
  });
});
