// The archive at volume (R-ARCH-3, quality bar: 100 000 customers / 1 000 000 items): search
// through the domain's search() — the code behind 'archive.search' — and pages of 50 of the
// index ('archive.index') and of the customer list, on the pre-seeded dataset. Queries are
// drawn from the seeded rows with the seeded random source, so vault and plain run the very
// same queries.
import { search, indexPage } from '../../../electron/archive/search';
import { pinyinForms } from '../../../electron/archive/searchIndex';
import type { BenchContext, Metric, Workload } from '../types';
import { percentile, sampleMicros } from '../stats';

const SAMPLES = Math.max(5, Number(process.env.BENCH_ARCHIVE_SAMPLES ?? (process.env.BENCH_QUICK === '1' ? 10 : 40)));
const PAGE = 50;

const CJK = /[\u3400-\u9fff]+/gu;

/** A random run of `len` CJK characters from s (shorter when s has no run that long), or null. */
function cjkSubstring(s: string, len: number, random: () => number): string | null {
  const runs = (s.match(CJK) ?? []).map((r) => Array.from(r));
  if (!runs.length) return null;
  const long = runs.filter((r) => r.length >= len);
  const run = (long.length ? long : runs)[Math.floor(random() * (long.length || runs.length))]!;
  const n = Math.min(len, run.length);
  const start = Math.floor(random() * (run.length - n + 1));
  return run.slice(start, start + n).join('');
}

/** Names people search for: customer names and item titles, half each. */
function sampleName(ctx: BenchContext, i: number): string {
  const v = ctx.volume!;
  if (i % 2 === 0) {
    return ctx.db
      .prepare('SELECT name FROM customers WHERE id = ?')
      .pluck()
      .get(1 + Math.floor(ctx.random() * v.customers)) as string;
  }
  return ctx.db
    .prepare('SELECT title FROM items WHERE id = ?')
    .pluck()
    .get(1 + Math.floor(ctx.random() * v.items)) as string;
}

type QueryKind = 'substring' | 'short' | 'initials' | 'fullPinyin' | 'archiveNo';

const LABEL: Record<QueryKind, string> = {
  substring: 'search 中文 substring (3–4 chars)',
  short: 'search 1–2 chars',
  initials: 'search pinyin initials',
  fullPinyin: 'search full pinyin',
  archiveNo: 'search archive-no prefix',
};

function drawQueries(ctx: BenchContext): Record<QueryKind, string[]> {
  const out: Record<QueryKind, string[]> = { substring: [], short: [], initials: [], fullPinyin: [], archiveNo: [] };
  const archives = ctx.db.prepare('SELECT archive_no FROM archives WHERE id = ?').pluck();
  for (let i = 0; out.substring.length < SAMPLES || out.initials.length < SAMPLES; i++) {
    if (i > SAMPLES * 20) throw new Error('bench: cannot draw search queries from the seeded archive');
    const name = sampleName(ctx, i);
    const sub = cjkSubstring(name, 3 + Math.floor(ctx.random() * 2), ctx.random);
    if (sub && Array.from(sub).length >= 3) out.substring.push(sub);
    const short = cjkSubstring(name, 1 + (i % 2), ctx.random);
    if (short) out.short.push(short);
    // 中国银行 → 'zgyh': initials of up to 4 consecutive characters (3+ letters: the FTS path)
    const forInitials = cjkSubstring(name, 4, ctx.random);
    const initials = forInitials ? pinyinForms(forInitials).initials : '';
    if (initials.length >= 3) out.initials.push(initials);
    // 合同 → 'hetong'
    const two = cjkSubstring(name, 2, ctx.random);
    if (two) out.fullPinyin.push(pinyinForms(two).full);
    // 'YB-2026-01234' → 'YB-2026-012': the prefix matches about a hundred archives
    const no = archives.get(1 + Math.floor(ctx.random() * ctx.volume!.customers)) as string;
    out.archiveNo.push(no.slice(0, -2));
  }
  for (const k of Object.keys(out) as QueryKind[]) out[k] = out[k].slice(0, SAMPLES);
  return out;
}

const p50p95 = (name: string, samples: number[]): Metric[] => [
  { name: `${name} p50`, unit: 'µs', value: percentile(samples, 50), better: 'lower' },
  { name: `${name} p95`, unit: 'µs', value: percentile(samples, 95), better: 'lower' },
];

let printedExamples = false;

export const archiveSearchWorkload: Workload = {
  name: 'archive search',
  dataset: 'archive',
  run(ctx) {
    const queries = drawQueries(ctx);
    if (!printedExamples) {
      printedExamples = true;
      for (const k of Object.keys(queries) as QueryKind[])
        console.log(
          `  ${LABEL[k]}: e.g. ${queries[k]
            .slice(0, 5)
            .map((q) => `'${q}'`)
            .join(', ')}`,
        );
    }
    const m: Metric[] = [];
    const totals: number[] = [];
    for (const k of Object.keys(queries) as QueryKind[]) {
      const qs = queries[k];
      // the first page of 50, as the search box asks for it
      const samples = sampleMicros(qs.length, (i) => totals.push(search(ctx.db, qs[i]!, {}, 0, PAGE).total));
      m.push(...p50p95(LABEL[k], samples));
    }
    if (totals.some((t) => t === 0)) throw new Error('bench: a query drawn from the seeded data found nothing');
    return m;
  },
};

export const archivePagesWorkload: Workload = {
  name: 'archive pages',
  dataset: 'archive',
  run(ctx) {
    const v = ctx.volume!;
    const n = Math.max(5, Math.floor(SAMPLES / 2));
    const deep = () => Math.floor(v.items * (0.8 + ctx.random() * 0.15));
    // cursors of deep pages (the last row before the page), found untimed
    const cursors = Array.from({ length: 5 }, () => {
      const row = ctx.db
        .prepare('SELECT a.archive_no, i.id FROM archives a CROSS JOIN items i ON i.archive_id = a.id ORDER BY a.archive_no, i.item_no LIMIT 1 OFFSET ?')
        .get(deep() - 1) as { archive_no: string; id: number };
      return { archiveNo: row.archive_no, itemId: row.id };
    });
    const offsets = Array.from({ length: n }, deep);
    const custOffsets = Array.from({ length: n }, () => Math.floor(v.customers * (0.8 + ctx.random() * 0.15)));
    const check = (rows: unknown[]) => {
      if (rows.length !== PAGE) throw new Error(`bench: a page held ${rows.length} rows, not ${PAGE}`);
    };
    const first = sampleMicros(n, () => check(indexPage(ctx.db, {}, 0, PAGE).rows));
    const byOffset = sampleMicros(n, (i) => check(indexPage(ctx.db, {}, offsets[i]!, PAGE).rows));
    const byCursor = sampleMicros(n, (i) => check(indexPage(ctx.db, {}, 0, PAGE, cursors[i % cursors.length]).rows));
    // the customer list is search() with an empty query and kind 'customer'
    const custFirst = sampleMicros(n, () => check(search(ctx.db, '', { kind: 'customer' }, 0, PAGE).hits));
    const custDeep = sampleMicros(n, (i) => check(search(ctx.db, '', { kind: 'customer' }, custOffsets[i]!, PAGE).hits));
    return [
      ...p50p95('index page of 50, first', first),
      ...p50p95('index page of 50, deep (offset ~85%)', byOffset),
      ...p50p95('index page of 50, deep (cursor)', byCursor),
      ...p50p95('customer list page of 50, first', custFirst),
      ...p50p95('customer list page of 50, deep (offset ~85%)', custDeep),
    ];
  },
};
