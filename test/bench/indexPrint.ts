// Print time of the index register (档案索引, R-ARCH-3) for 500 lines: build the register from the
// vault, render its HTML (fonts embedded), and turn it into a PDF with the tests' ChromiumPrinter
// (headless Chromium's printToPDF, as the app's hidden window does). Vault only: a printout
// always comes from the vault. Skipped with a reason when Chromium is not installed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bulkSeedArchive } from '../../electron/archive/bulkSeed';
import { renderRegisterHtml } from '../../electron/print/register';
import { buildIndexRegister } from '../../electron/archive/registers/index-register';
import { systemClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { Vault } from '../../electron/vault/vault';
import { CHROMIUM_PATH, ChromiumPrinter } from '../e2e/support/chromium-printer';
import { nowMs, percentile } from './stats';

// BENCH_PRINT_LINES: the register's length (10000 for the issue-11 goal; quick mode 100)
const LINES = Math.max(10, Number(process.env.BENCH_PRINT_LINES ?? (process.env.BENCH_QUICK === '1' ? 100 : 500)));
const WARM_RUNS = 3;

export type IndexPrint =
  | { skipped: string }
  | {
      lines: number;
      buildMs: number;
      htmlMs: number;
      htmlKiB: number;
      coldPdfMs: number;
      warmPdfMs: number[];
      pdfMedianMs: number;
      pages: number;
      pdf: string;
    };

export async function measureIndexPrint(dir: string): Promise<IndexPrint> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `${CHROMIUM_PATH} not found (set CHROMIUM_PATH or apt-get install chromium)` };
  const { vault } = await Vault.create(join(dir, 'vault'), { clock: systemClock, kdfParams: FAST_TEST_KDF_PARAMS });
  const printer = new ChromiumPrinter({ outDir: join(__dirname, '..', 'output', 'bench-print') });
  try {
    bulkSeedArchive(vault.db, systemClock, { customers: LINES / 5, items: LINES });
    let t0 = nowMs();
    const spec = buildIndexRegister(vault, {}, { locale: 'zh-CN', printedBy: '基准测试', now: systemClock.now() });
    const buildMs = nowMs() - t0;
    if (spec.rows.length !== LINES) throw new Error(`bench: index register has ${spec.rows.length} lines, not ${LINES}`);
    t0 = nowMs();
    const html = renderRegisterHtml(spec);
    const htmlMs = nowMs() - t0;
    // the first PDF includes launching Chromium; the warm ones are what each further print costs
    t0 = nowMs();
    const first = await printer.toPdf(html, `index-register-${LINES}`);
    const coldPdfMs = nowMs() - t0;
    const warmPdfMs: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      t0 = nowMs();
      await printer.toPdf(html, `index-register-${LINES}`);
      warmPdfMs.push(nowMs() - t0);
    }
    return {
      lines: LINES,
      buildMs,
      htmlMs,
      htmlKiB: Buffer.byteLength(html) / 1024,
      coldPdfMs,
      warmPdfMs,
      pdfMedianMs: percentile(
        [...warmPdfMs].sort((a, b) => a - b),
        50,
      ),
      pages: first.pages ?? 0,
      pdf: first.path ?? '',
    };
  } finally {
    await printer.close();
    vault.close();
  }
}

export function describeIndexPrint(p: IndexPrint): string {
  if ('skipped' in p) return `index register print skipped: ${p.skipped}`;
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
  return [
    `index register print, ${p.lines} lines → ${p.pages} pages A4 landscape (${p.pdf}):`,
    `  build from vault ${ms(p.buildMs)}, render HTML ${ms(p.htmlMs)} (${Math.round(p.htmlKiB)} KiB), PDF first ${ms(p.coldPdfMs)} (incl. Chromium launch), then median ${ms(p.pdfMedianMs)}`,
    `  total build + render + PDF (warm): ${ms(p.buildMs + p.htmlMs + p.pdfMedianMs)}; per 1 000 rows: ${ms(((p.buildMs + p.htmlMs + p.pdfMedianMs) * 1000) / p.lines)}`,
  ].join('\n');
}
