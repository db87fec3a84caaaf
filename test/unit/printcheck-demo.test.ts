// R-LOAN-3 R-INSP-2 print verification in the demo vault: 王建国's printouts of the 借阅登记簿 and the
// 档案修复登记簿 are listed with their page codes, and a listed code checks against the vault.
import { expect, test } from 'vitest';
import { demoSignedIn } from './demo-fixture';
import { ok } from './kit';

test('R-LOAN-3 R-INSP-2 print verification: the demo lists printed registers with their page codes; the loan register page matches the vault', async () => {
  const { call } = await demoSignedIn();

  const recent = ok(await call('printcheck.recent', {}));
  expect(recent.map((p) => [p.title, p.printedByName, p.target])).toEqual([
    ['【演示数据】档案修复登记簿', '王建国', 'printer'],
    ['【演示数据】借阅登记簿', '王建国', 'printer'],
  ]);
  const loans = recent.find((p) => p.registerCode === 'loanRegister')!;
  expect(loans.rowCount).toBeGreaterThan(0);
  expect(loans.codes).toHaveLength(loans.pages);
  const r = ok(await call('printcheck.verify', { code: loans.codes[0]! }));
  expect(r.verdict).toBe('current');
  expect(r.print).toMatchObject({ registerCode: 'loanRegister', page: 1, pages: loans.pages });
}, 300_000);
