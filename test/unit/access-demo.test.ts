// The demo vault's access part (R-USE-1..3): access requests in the states a demo made "now" can
// hold, grants in force, and the access register filled by the reading desk — all recorded
// through the app's own functions, so the trail verifies.
import { afterEach, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { createDemoVault, demoPassword } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { testCtx } from './audit-fixture';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('R-USE-1 R-USE-2 R-USE-3 the demo holds access requests in every state, grants in force and a filled access register; the trail verifies', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = testCtx(t.dir, clock);
  await signIn(ctx, 'wangjg', demoPassword('wangjg'));
  const db = ctx.vault!.db;
  const states = db.prepare(`SELECT DISTINCT status FROM requests WHERE type = 'access' ORDER BY status`).pluck().all();
  // the engine's seed adds its own expired / older ones of the same type
  expect(states).toEqual(['approved', 'draft', 'expired', 'rejected', 'submitted', 'withdrawn']);
  expect(db.prepare(`SELECT count(*) FROM requests WHERE type = 'access' AND status = 'approved'`).pluck().get()).toBe(5);
  expect(db.prepare(`SELECT decision_reason FROM requests WHERE status = 'rejected' AND type = 'access'`).pluck().all()).toContain(
    '查阅目的不属于本单位业务需要，且涉及客户商业秘密，不予批准',
  );
  const { call } = clientFor(ctx, 'zh-CN');
  const grants = ok(await call('access.grants', {}));
  expect(grants).toHaveLength(5);
  expect(grants.every((g) => g.state === 'current')).toBe(true);
  expect(grants.filter((g) => g.openConsultation).map((g) => g.readerName)).toEqual(['吴经理']);
  const register = ok(await call('access.register', {}));
  expect(register.map((r) => [r.readerName, r.timeOut !== null])).toEqual([
    ['周律师', true],
    ['钱审计师', true],
    ['孙调查员', true],
    ['吴经理', false],
  ]);
  expect(register.every((r) => r.operatorName === '王建国' && r.readerUnit)).toBe(true);
  expect(verifyOpenVault(ctx.vault!, { clock }).checks.filter((c) => !c.ok)).toEqual([]);
}, 240_000);
