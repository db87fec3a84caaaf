// Print verification on paper: the printer's own page split (paginateRows) is the one Chromium
// prints — one sheet per recorded page, never a spill onto an extra sheet — and each sheet carries
// its own code and QR at its foot. Rendered by Debian's headless Chromium, read back with poppler;
// pages rendered to PNG for a human look (test/output/print/printcheck-*.png).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatPageCode, makePageCode, pageQrText, pageRowsHash, paginateRows } from '../../electron/print/page-marks';
import { qrSvg } from '../../electron/print/qr';
import { renderRegisterHtml, type RegisterSpec } from '../../electron/print/register';
import { ChromiumPrinter, CHROMIUM_PATH } from '../e2e/support/chromium-printer';
import { HAVE_PRINT_TOOLS, sampleSpec } from './print-helpers';

const OUT = join(process.cwd(), 'test', 'output', 'print');
if (!HAVE_PRINT_TOOLS) console.warn(`print-check layout tests skipped: need ${CHROMIUM_PATH} and poppler-utils`);
const pageText = (file: string, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });

/** A spec with its page marks, as printRegister makes it (codes from a seeded byte source). */
function marked(spec: RegisterSpec): { spec: RegisterSpec; codes: string[] } {
  const { pages } = paginateRows(spec);
  const codes = pages.map((_, i) => makePageCode(new Uint8Array(16).fill(i * 7 + 3).map((b, j) => (b * (j + 5)) % 251)));
  const pageMarks = pages.map((s, i) => {
    const rowsHash = pageRowsHash(spec.rows.slice(s.first, s.first + s.count));
    return {
      code: codes[i]!,
      rowsHash,
      qrText: pageQrText({ code: codes[i]!, registerCode: spec.registerCode, page: i + 1, pages: pages.length, rowsHash, auditHead: spec.auditHead }),
    };
  });
  return { spec: { ...spec, pageMarks }, codes };
}

// rows of uneven height: short ones, long wrapping remarks, Latin runs, numbers
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    a:
      i % 11 === 0
        ? `Row ${i}: the borrower signed for the original at the counter and returned it complete; ${'pages checked one by one, '.repeat(1 + (i % 3))}`
        : i % 7 === 0
          ? `第 ${i + 1} 条：${'档案材料借阅归还核对页数完整无破损，'.repeat(1 + (i % 4))}`
          : i % 5 === 0
            ? `TS-2026-${String(i).padStart(5, '0')}-001 Contract renewal check ${'x'.repeat(i % 30)}`
            : `记录 ${i + 1}`,
    b: i * 17,
  }));

describe.skipIf(!HAVE_PRINT_TOOLS)('R-LOAN-3 R-IT-1 print verification on paper (Chromium → PDF → poppler)', () => {
  let printer: ChromiumPrinter;
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
    printer = new ChromiumPrinter({ outDir: OUT, printerAnswer: true });
  });
  afterAll(async () => printer?.close());

  test.each([
    ['portrait', 140],
    ['landscape', 90],
    ['portrait', 0],
  ] as const)(
    'R-IT-1 print verification: a %s register of %i uneven rows prints exactly its recorded pages, each with its own code',
    async (orientation, n) => {
      const { spec, codes } = marked(
        sampleSpec(rows(n), { orientation, title: `核验测试登记簿-${orientation}-${n}`, summary: ['范围：全部', `共 ${n} 条记录`] }),
      );
      const { pages } = paginateRows(spec);
      const r = await printer.toPdf(renderRegisterHtml(spec), `printcheck-${orientation}-${n}.pdf`);
      expect(r.pages).toBe(pages.length);
      for (let p = 1; p <= pages.length; p++) {
        const text = pageText(r.path!, p).replace(/[ \t]+/g, ' ');
        expect(text).toContain(formatPageCode(codes[p - 1]!));
        expect(text).toContain(`第 ${p} 页 / 共 ${pages.length} 页`);
        // the page's own rows are on it: its first row's text
        const s = pages[p - 1]!;
        if (s.count) expect(text.replace(/\s/g, '')).toContain(String(spec.rows[s.first]!.b));
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', r.path!, join(OUT, `printcheck-${orientation}-${n}`)]);
    },
    60_000,
  );
});

test('R-IT-1 print verification: the page QR draws exactly the modules of its text (runs of dark modules merged)', () => {
  const text = pageQrText({ code: 'FJNRVY147AA', registerCode: 'loanRegister', page: 2, pages: 6, rowsHash: 'ab'.repeat(32), auditHead: 'cd'.repeat(32) });
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const drawn = new Set<string>();
  for (const m of qrSvg(text, 15).matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
    for (let k = 0; k < Number(m[3]); k++) drawn.add(`${Number(m[1]) - 4 + k},${Number(m[2]) - 4}`);
  const dark = new Set<string>();
  for (let r = 0; r < qr.modules.size; r++) for (let c = 0; c < qr.modules.size; c++) if (qr.modules.get(r, c)) dark.add(`${c},${r}`);
  expect(drawn).toEqual(dark);
});
