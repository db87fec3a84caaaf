// Core storage workload: batch inserts, point reads, paged listing — the shapes every
// register screen (archive items, loans, approvals) will use.
import type { BenchContext, Metric, Workload } from '../types';
import { percentile, sampleMicros, time } from '../stats';

const ROWS = 10_000;
const SMALL_TX = 100;
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'];
const KINDS = ['贷款合同', '开户资料', '担保函', '抵押登记', '征信授权书'];

function row(i: number) {
  return {
    title: `${SURNAMES[i % SURNAMES.length]}某某 ${KINDS[i % KINDS.length]} 第${i}号`,
    customer: `客户${(i * 7919) % 5000}`,
    created_at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    body: `档案摘要：${'客户资料与合同条款。'.repeat(8)} #${i}`,
  };
}

function insertRows(ctx: BenchContext, table: string, from: number, count: number, perTx: number): void {
  const ins = ctx.db.prepare(`INSERT INTO ${table}(title, customer, created_at, body) VALUES (@title, @customer, @created_at, @body)`);
  const batch = ctx.db.transaction((start: number, n: number) => {
    for (let i = start; i < start + n; i++) ins.run(row(i));
  });
  for (let done = 0; done < count; done += perTx) batch.immediate(from + done, Math.min(perTx, count - done));
}

const createTable = (ctx: BenchContext, name: string) =>
  ctx.db.exec(`
    CREATE TABLE ${name} (id INTEGER PRIMARY KEY, title TEXT NOT NULL, customer TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL) STRICT;
    CREATE INDEX ${name}_created ON ${name}(created_at);`);

export const itemsWorkload: Workload = {
  name: 'items',
  setup(ctx) {
    createTable(ctx, 'bench_items');
    createTable(ctx, 'bench_items_small_tx');
  },
  run(ctx) {
    const oneTx = time(() => insertRows(ctx, 'bench_items', 0, ROWS, ROWS));
    const smallTx = time(() => insertRows(ctx, 'bench_items_small_tx', 0, ROWS, SMALL_TX));

    const byId = ctx.db.prepare('SELECT * FROM bench_items WHERE id = ?');
    const reads = sampleMicros(2000, () => byId.get(1 + Math.floor(ctx.random() * ROWS)));

    // With a tiny page cache nearly every read fetches and (for the vault) decrypts and
    // HMAC-checks pages: the per-page cost of encryption, not hidden by SQLite's cache.
    const cacheSize = ctx.db.pragma('cache_size', { simple: true }) as number;
    ctx.db.pragma('cache_size = 8');
    const coldReads = sampleMicros(2000, () => byId.get(1 + Math.floor(ctx.random() * ROWS)));
    ctx.db.pragma(`cache_size = ${cacheSize}`);

    const page = ctx.db.prepare('SELECT id, title, customer, created_at FROM bench_items ORDER BY created_at DESC LIMIT 50 OFFSET ?');
    const pages = sampleMicros(300, () => page.all(Math.floor(ctx.random() * (ROWS - 50))));

    const m: Metric[] = [
      { name: `insert ${ROWS} rows, one tx`, unit: 'rows/s', value: ROWS / (oneTx / 1000), better: 'higher' },
      { name: `insert ${ROWS} rows, ${SMALL_TX}-row txs`, unit: 'rows/s', value: ROWS / (smallTx / 1000), better: 'higher' },
      { name: 'point read by id p50', unit: 'µs', value: percentile(reads, 50), better: 'lower' },
      { name: 'point read by id p95', unit: 'µs', value: percentile(reads, 95), better: 'lower' },
      { name: 'point read, 8-page cache p50', unit: 'µs', value: percentile(coldReads, 50), better: 'lower' },
      { name: 'point read, 8-page cache p95', unit: 'µs', value: percentile(coldReads, 95), better: 'lower' },
      { name: 'page of 50 (ORDER BY + OFFSET) p50', unit: 'µs', value: percentile(pages, 50), better: 'lower' },
      { name: 'page of 50 (ORDER BY + OFFSET) p95', unit: 'µs', value: percentile(pages, 95), better: 'lower' },
    ];
    return m;
  },
};
