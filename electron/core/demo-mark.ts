// A demo vault says so everywhere (R-IT-1): inside the vault one settings row ('demo') marks it
// (sessions, printouts); next to it demo.json holds the published sign-ins, so the sign-in screen
// can show them again while the vault is locked. Setting a demo aside moves its files into a
// sub-folder, so the folder is free for a real vault and the demo is never silently reused.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DemoSignIn } from '../contract/types';
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { sql, type Reader, type Writer } from '../vault/sql';
import { reader } from '../vault/sql';
import { keyFilePath, vaultFilePath } from '../vault/keyfile';

export const DEMO_MARKER = 'demo.json';
const DEMO_KEY = 'demo';

/** Inside the vault's creation transaction. */
export function markDemoVault(w: Writer): void {
  w.run(sql`INSERT INTO settings(key, value_json) VALUES (${DEMO_KEY}, 'true') ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`);
}

export function isDemoVault(db: Db | Reader): boolean {
  const r = 'prepare' in db ? reader(db) : db;
  return r.all<{ valueJson: string }>(sql`SELECT value_json FROM settings WHERE key = ${DEMO_KEY}`).length > 0;
}

export function writeDemoMarker(dir: string, signIns: DemoSignIn[]): void {
  writeFileSync(join(dir, DEMO_MARKER), JSON.stringify({ demo: true, signIns }, null, 2), { mode: 0o600 });
}

/** The demo sign-ins when the folder holds a demo vault, else null. */
export function readDemoMarker(dir: string): DemoSignIn[] | null {
  const p = join(dir, DEMO_MARKER);
  if (!existsSync(p)) return null;
  try {
    const j = JSON.parse(readFileSync(p, 'utf8')) as { demo?: unknown; signIns?: DemoSignIn[] };
    return j.demo === true && Array.isArray(j.signIns) ? j.signIns : null;
  } catch {
    return null;
  }
}

/** Moves the demo's files into demo-<stamp>/ inside the folder; returns that folder. Only a demo. */
export function setDemoAside(dir: string, now: Date): string {
  if (!readDemoMarker(dir)) throw new DomainError('BAD_STATE', 'not a demo vault');
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let target = join(dir, `demo-${stamp}`);
  for (let n = 2; existsSync(target); n++) target = join(dir, `demo-${stamp}-${n}`);
  mkdirSync(target, { mode: 0o700 });
  // the marker last: until it moves, the folder still says "demo" (a crash midway never turns it into a real-looking vault)
  const db = basename(vaultFilePath(dir));
  const files = [db, `${db}-wal`, `${db}-shm`, `${db}-journal`, basename(keyFilePath(dir))];
  for (const f of files) if (existsSync(join(dir, f))) renameSync(join(dir, f), join(target, f));
  renameSync(join(dir, DEMO_MARKER), join(target, DEMO_MARKER));
  return target;
}
