// R-LOAN-1..4 the demo vault's loan register: loans returned and struck off (one with a missing
// page), overdue, out now, one approved and one waiting, with realistic Chinese borrowers and the
// archive demo's items; custody agrees with the register; the trail verifies.
import { afterEach, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { createDemoVault } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { makeCtx } from './auth-helpers';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let cleanup = () => {};
afterEach(() => cleanup());

test('R-LOAN-1 R-LOAN-3 R-LOAN-4 the demo register holds returned (struck-off), overdue and open loans and requests waiting', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = makeCtx(t.dir, clock);
  await signIn(ctx, 'wangjg', 'Demo-2026-wangjg');
  const { call } = clientFor(ctx, 'zh-CN');
  const all = ok(await call('loans.list', { filter: 'all' }));
  expect(all).toHaveLength(6);
  const returned = ok(await call('loans.list', { filter: 'returned' }));
  expect(returned).toHaveLength(2);
  expect(returned.every((l) => l.struck?.byName === '王建国')).toBe(true);
  expect(returned[1]!.returns[0]).toMatchObject({ pageCheck: 'missingPages', missingPages: '第 5 页' });
  const overdue = ok(await call('loans.list', { filter: 'overdue' }));
  expect(overdue).toHaveLength(2);
  expect(overdue[0]).toMatchObject({ borrowerName: '周律师', borrowerUnit: '北京市中伦律师事务所', borrowerKind: 'outsider' });
  expect(ok(await call('loans.counts', {}))).toEqual({ open: 4, overdue: 2 });
  const reqs = ok(await call('approvals.list', { type: 'loan' }));
  expect(reqs.map((r) => r.status).sort()).toEqual(['approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'submitted']);
  // custody agrees with the register
  const db = ctx.vault!.db;
  for (const l of all) expect(db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(l.itemId)).toBe(l.struck ? 'onShelf' : 'onLoan');
  expect(verifyOpenVault(ctx.vault!, { clock }).checks.filter((c) => !c.ok)).toEqual([]);
}, 120_000);
