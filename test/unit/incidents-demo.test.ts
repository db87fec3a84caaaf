// R-SEC-7 the demo vault's open incident, through the real calls: reported by the information
// specialist, acknowledged and contained by 李明, its evidence intact and its item held; 张伟 (CS
// manager) still has it to acknowledge.
import { afterEach, expect, test } from 'vitest';
import { createDemoVault } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { testCtx } from './audit-fixture';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-SEC-7 the demo holds an open, contained incident with intact evidence, waiting for the CS manager', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = testCtx(t.dir, clock);
  const csm = signIns.find((s) => s.login === 'zhangwei')!;
  await signIn(ctx, csm.login, csm.password);
  const { call } = clientFor(ctx, 'zh-CN');
  const [x, ...rest] = ok(await call('incidents.list', { filter: 'all' }));
  expect(rest).toEqual([]);
  expect(x).toMatchObject({ no: 'XM-2026-001', state: 'contained', reportedByName: '王建国', mineToAck: true, heldItems: 1 });
  expect(x!.acks.map((a) => a.userName)).toEqual(['李明']);
  expect(x!.next).toMatchObject({ step: 'investigating', overdue: false });
  const detail = ok(await call('incidents.get', { incidentId: x!.id }));
  expect(detail.evidenceCheck.ok).toBe(true);
  // the item chosen has history, so the frozen evidence holds its loans / copies
  const [ev] = (detail.evidence as { items: { loans: unknown[]; copies: unknown[] }[] }).items;
  expect(ev!.loans.length + ev!.copies.length).toBeGreaterThan(0);
  expect(ok(await call('incidents.counts'))).toEqual({ open: 1, overdue: 0, unacknowledged: 1 });
}, 120_000);
