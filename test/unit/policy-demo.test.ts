// R-GOV-1 the demo vault's policy: two changes proposed by the security officer 周强 and approved
// by the GM 陈静 — the idle lock 10 → 15 minutes in force (version 2), the loan period 3 → 2 days
// approved and scheduled for next week; the register lists them; the trail verifies.
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

test('R-GOV-1 the demo vault holds two approved policy versions: one in force, one scheduled', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = makeCtx(t.dir, clock);
  await signIn(ctx, 'zhouqiang', 'Demo-2026-zhouqiang');
  const { call } = clientFor(ctx, 'zh-CN');
  const list = ok(await call('policy.list', {}));
  expect(list.find((p) => p.key === 'idleLockMinutes')).toMatchObject({ value: 15, version: 2 });
  expect(list.find((p) => p.key === 'loans.policy')).toMatchObject({ version: 1, value: { days: 3 }, scheduled: { version: 2, value: { days: 2 } } });
  expect(ok(await call('settings.get', {})).idleLockMinutes).toBe(15);
  const history = ok(await call('policy.history', {}));
  const approved = history.filter((h) => h.requestId !== null);
  expect(approved.map((h) => [h.key, h.state, h.proposedByName, h.approvedByName])).toEqual(
    expect.arrayContaining([
      ['idleLockMinutes', 'approved', '周强', '陈静'],
      ['loans.policy', 'approved', '周强', '陈静'],
    ]),
  );
  expect(verifyOpenVault(ctx.vault!, { clock }).checks.filter((c) => !c.ok)).toEqual([]);
});
