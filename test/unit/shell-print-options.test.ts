// R-PRINT Electron #4: a register's orientation reaches webContents.print(). print() ignores the
// CSS @page size and defaults to portrait, so landscape registers (audit trail, users, archive index)
// must pass it through the Printer port; the pure mapping to Electron's options is tested here.
import { afterEach, describe, expect, test } from 'vitest';
import type { PaperOptions } from '../../electron/core/context';
import { electronPrintOptions } from '../../electron/shell/print-options';
import { ok, vaultWith } from './kit';

describe('R-PRINT Electron #4 print orientation', () => {
  test('R-PRINT landscape → { landscape: true }, portrait or none → false; always A4, dialog, backgrounds', () => {
    expect(electronPrintOptions({ orientation: 'landscape' })).toEqual({ silent: false, printBackground: true, landscape: true, pageSize: 'A4' });
    expect(electronPrintOptions({ orientation: 'portrait' }).landscape).toBe(false);
    expect(electronPrintOptions(undefined).landscape).toBe(false);
    expect(electronPrintOptions({}).pageSize).toBe('A4');
  });

  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  test('R-PRINT the landscape users register reaches the printer port as landscape', async () => {
    const v = await vaultWith([], { as: 'admin' });
    cleanup = v.cleanup;
    const seen: (PaperOptions | undefined)[] = [];
    v.ctx.printer = {
      toPdf: async () => ({ path: null, pages: null }),
      toPrinter: async (_html, paper) => {
        seen.push(paper);
        return true;
      },
    };
    ok(await v.call('users.print', { target: 'printer' }));
    expect(seen).toEqual([{ orientation: 'landscape' }]);
    expect(electronPrintOptions(seen[0]).landscape).toBe(true);
  });
});
