// The bundled CJK font (Noto Sans SC from @fontsource/noto-sans-sc), embedded into each printout.
// The workstation is air-gapped and its fonts are unknown, so a register never relies on a
// system font: we read the package's @font-face blocks (one woff2 per unicode-range slice) and
// inline as data: URLs only the slices that cover characters the document actually uses,
// which keeps a register's HTML a few hundred KB instead of the 74 MB the whole family weighs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const PRINT_FONT_FAMILY = 'Noto Sans SC';
const PACKAGE = '@fontsource/noto-sans-sc';
/** Regular for text, bold for titles and headers (real bold glyphs print cleaner than synthetic). */
const WEIGHTS = [400, 700] as const;

export interface FontSlice {
  weight: number;
  /** woff2 file name inside the package's files/ folder */
  file: string;
  /** inclusive code-point ranges */
  ranges: [number, number][];
}

let fontDirOverride: string | null = null;
let cachedIndex: { dir: string; slices: FontSlice[] } | null = null;

/** The Electron shell may point at an unpacked copy (e.g. app.asar.unpacked); tests never need to. */
export function setPrintFontDir(dir: string | null): void {
  fontDirOverride = dir;
  cachedIndex = null;
}

function packageDir(): string {
  if (fontDirOverride) return fontDirOverride;
  if (process.env.ARCHIVE_ROOM_FONT_DIR) return process.env.ARCHIVE_ROOM_FONT_DIR;
  // Resolve like Node would from this file (bundled main: out/main → app node_modules), with the
  // working directory as fallback for runners that do not define __filename.
  const bases = [typeof __filename === 'string' ? __filename : '', join(process.cwd(), 'package.json')].filter(Boolean);
  for (const base of bases) {
    try {
      return dirname(createRequire(base).resolve(`${PACKAGE}/package.json`));
    } catch {
      /* try the next base */
    }
  }
  throw new Error(`print font package ${PACKAGE} not found`);
}

export function parseUnicodeRange(spec: string): [number, number][] {
  return spec
    .split(',')
    .map((s) => s.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((r): [number, number] => {
      if (r.includes('?')) return [parseInt(r.replace(/\?/g, '0'), 16), parseInt(r.replace(/\?/g, 'f'), 16)];
      const [a, b] = r.split('-');
      const lo = parseInt(a!, 16);
      return [lo, b ? parseInt(b, 16) : lo];
    });
}

/** Parses the package's per-weight CSS once per process. */
export function fontIndex(): { dir: string; slices: FontSlice[] } {
  if (cachedIndex) return cachedIndex;
  const dir = packageDir();
  const slices: FontSlice[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const file = /url\(\.\/files\/([^)]+?\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (file && range) slices.push({ weight, file, ranges: parseUnicodeRange(range) });
    }
  }
  if (slices.length === 0) throw new Error(`no @font-face blocks found in ${dir}`);
  cachedIndex = { dir, slices };
  return cachedIndex;
}

const covers = (s: FontSlice, cp: number) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The code points of `text`, always with printable ASCII so digits and page numbers render. */
function codePoints(text: string): Set<number> {
  const cps = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c++) cps.add(c);
  for (const ch of text) cps.add(ch.codePointAt(0)!);
  return cps;
}

/**
 * The slices needed for `text`. Slices overlap — the numbered CJK slices also carry a few ASCII
 * glyphs — so each character is given ONE slice, preferring the Latin slice, and only those
 * slices are kept. `boldText` (default: all of `text`) is what is drawn bold: a register's
 * rows are regular, so their characters need no bold slices (issue 11: the bold copies of every
 * slice the rows touch doubled the font bytes of a long register for nothing).
 */
export function slicesFor(text: string, boldText = text): FontSlice[] {
  const regular = codePoints(text);
  const bold = boldText === text ? regular : codePoints(boldText);
  const { slices } = fontIndex();
  const chosen = new Set<FontSlice>();
  for (const weight of WEIGHTS) {
    const cps = weight === 700 ? bold : regular;
    const ofWeight = slices.filter((s) => s.weight === weight);
    const preferred = [...ofWeight.filter((s) => s.file.includes('-latin-')), ...ofWeight.filter((s) => !s.file.includes('-latin-'))];
    for (const cp of cps) {
      if ([...chosen].some((s) => s.weight === weight && covers(s, cp))) continue;
      const s = preferred.find((x) => covers(x, cp));
      if (s) chosen.add(s);
    }
  }
  // keep the package's declaration order: later rules win where unicode-ranges overlap
  return slices.filter((s) => chosen.has(s));
}

const fileCache = new Map<string, string>();

/** @font-face rules with the needed slices inlined as base64 — the document stays self-contained. */
export function embeddedFontCss(text: string, boldText = text): string {
  const { dir } = fontIndex();
  return slicesFor(text, boldText)
    .map((s) => {
      let b64 = fileCache.get(s.file);
      if (!b64) {
        b64 = readFileSync(join(dir, 'files', s.file)).toString('base64');
        fileCache.set(s.file, b64);
      }
      const range = s.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');
      return `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${s.weight};src:url(data:font/woff2;base64,${b64}) format('woff2');unicode-range:${range};}`;
    })
    .join('\n');
}
