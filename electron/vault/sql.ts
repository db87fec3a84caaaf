// The SQL kit (after Signal-Desktop's ts/sql): tagged SQL with bound parameters, a prepared-
// statement cache per connection, rows typed and camelCased, and separate read and write
// handles. A Writer exists only inside a write transaction (`vault.write(fn)` / `writeTx`), so
// domain code that takes a Writer cannot be called outside one: the typecheck says so.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './db';

// ---- statement cache ----
// The hot write paths (import, seeding 1M items) spend more time compiling SQL than running it
// otherwise. Keyed by the Db object, so a closed vault's statements go away with it.
const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sqlText: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sqlText);
  if (!s) m.set(sqlText, (s = db.prepare(sqlText)));
  return s;
}

// ---- tagged SQL ----
const SQL = Symbol('sql');
export interface Sql {
  readonly [SQL]: true;
  readonly text: string;
  readonly params: readonly unknown[];
}
const isSql = (v: unknown): v is Sql => typeof v === 'object' && v !== null && SQL in v;

/**
 * sql`SELECT * FROM items WHERE archive_id = ${id} AND classification IN ${levels}`:
 * every value is bound (never spliced into the text), an array becomes (?, ?, …), and a nested
 * sql`` fragment is inlined with its own parameters. The text is the cache key.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      params.push(...v.params);
    } else if (Array.isArray(v)) {
      if (v.length === 0) throw new Error('sql: empty list');
      text += `(${v.map(() => '?').join(', ')})`;
      params.push(...v);
    } else {
      text += '?';
      params.push(typeof v === 'boolean' ? Number(v) : v);
    }
    text += strings[i + 1]!;
  });
  return { [SQL]: true, text, params };
}
/** A trusted piece of SQL text (a column list chosen by code, never by input). */
export const sqlRaw = (text: string): Sql => ({ [SQL]: true, text, params: [] });
/** Fragments joined by a separator: sqlJoin(conditions, ' AND '). */
export function sqlJoin(parts: readonly Sql[], sep: string): Sql {
  return { [SQL]: true, text: parts.map((p) => p.text).join(sep), params: parts.flatMap((p) => p.params) };
}

// ---- camelCased rows ----
export type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** The camelCase shape of a snake_case row type. */
export type CamelRow<R> = { [K in keyof R as K extends string ? Camel<K> : K]: R[K] };
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
function camelRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  return out;
}

// ---- read and write handles ----
const WRITE = Symbol('write');
const DB = Symbol('db');
/** Reads: rows come back camelCased (`created_at` → `createdAt`), typed by the caller. */
export interface Reader {
  get<R>(q: Sql): R | undefined;
  all<R>(q: Sql): R[];
  /** the first column of the first row */
  value<V>(q: Sql): V | undefined;
  /** the first column of every row */
  values<V>(q: Sql): V[];
}
/** Reads and writes; only handed out inside a write transaction. */
export interface Writer extends Reader {
  readonly [WRITE]: true;
  readonly [DB]: Db;
  run(q: Sql): { changes: number; lastInsertRowid: number };
}

/** The connection under a Writer, for foundation code written before the kit (appendAudit). */
export const connectionOf = (w: Writer): Db => w[DB];
export const isWriter = (x: unknown): x is Writer => typeof x === 'object' && x !== null && WRITE in x;

export function reader(db: Db): Reader {
  const prep = (q: Sql) => stmt(db, q.text);
  return {
    get: <R>(q: Sql) => camelRow(prep(q).get(...q.params)) as R | undefined,
    all: <R>(q: Sql) =>
      prep(q)
        .all(...q.params)
        .map(camelRow) as R[],
    value: <V>(q: Sql) =>
      prep(q)
        .pluck()
        .get(...q.params) as V | undefined,
    values: <V>(q: Sql) =>
      prep(q)
        .pluck()
        .all(...q.params) as V[],
  };
}

/** Runs fn in one IMMEDIATE transaction with a Writer: the change and its audit entry commit together. */
export function writeTx<T>(db: Db, fn: (w: Writer) => T): T {
  const w: Writer = {
    ...reader(db),
    [WRITE]: true,
    [DB]: db,
    run: (q) => {
      if (!db.inTransaction) throw new Error('sql: write outside its transaction');
      const r = stmt(db, q.text).run(...q.params);
      return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
    },
  };
  return db.transaction(() => fn(w)).immediate();
}
