// R-ARCH-3 (issue 11): a register's font slices follow what is drawn in which weight — the rows
// are regular, so a character only the rows hold brings its regular slice and no bold one; the
// same character in the title (bold) brings both.
import { describe, expect, test } from 'vitest';
import { fontIndex } from '../../electron/print/font';
import { renderRegisterHtml } from '../../electron/print/register';
import { sampleSpec } from './print-helpers';

/** weights of the embedded @font-face rules whose unicode-range covers `ch` */
function weightsCovering(html: string, ch: string): number[] {
  const cp = ch.codePointAt(0)!;
  return [...html.matchAll(/@font-face\{[^}]*font-weight:(\d+);[^}]*unicode-range:([^;]+);\}/g)]
    .filter(([, , ranges]) =>
      ranges!.split(',').some((r) => {
        const [lo, hi] = r.replace(/^U\+/i, '').split('-');
        const a = parseInt(lo!, 16);
        return cp >= a && cp <= (hi ? parseInt(hi, 16) : a);
      }),
    )
    .map(([, w]) => Number(w))
    .sort();
}

describe('print font slices by weight (R-ARCH-3)', () => {
  // a character in a slice nothing else on the sample page needs
  const rare = '龘';

  test('R-ARCH-3 a character only in the rows embeds its regular slice, not the bold one; in the title it embeds both', () => {
    expect(fontIndex().slices.some((s) => s.weight === 700)).toBe(true);
    const inRows = renderRegisterHtml(sampleSpec([{ a: `档案${rare}`, b: 1 }]));
    expect(weightsCovering(inRows, rare)).toEqual([400]);
    const inTitle = renderRegisterHtml(sampleSpec([{ a: '档案', b: 1 }], { title: `${rare}登记簿` }));
    expect(weightsCovering(inTitle, rare)).toEqual([400, 700]);
    // column headers are bold too
    const inHeader = renderRegisterHtml(sampleSpec([{ a: '档案', b: 1 }], { columns: [{ key: 'a', header: `${rare}名` }] }));
    expect(weightsCovering(inHeader, rare)).toEqual([400, 700]);
  });
});
