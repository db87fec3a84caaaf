// R-SEC-3..5 the demo vault's copies registers: copies made under approved requests (one returned
// and destroyed), a request waiting; a carry-out back with its check and one out now with its
// items out of the room; an external provision with both signatures and one waiting for the
// second; the trail and every signature verify.
import { afterEach, describe, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { createDemoVault } from '../../electron/demo';
import { signIn } from '../../electron/people/signIn';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { testCtx } from './audit-fixture';
import { tempDir } from './helpers';
import { clientFor, ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('demo vault: copies registers', () => {
  test('R-SEC-3 R-SEC-4 R-SEC-5 the demo fills the copy, carry-out and external-provision registers with real, signed records', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const clock = new ManualClock();
    await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
    const ctx = testCtx(t.dir, clock);
    await signIn(ctx, 'wangjg', 'Demo-2026-wangjg');
    const { call } = clientFor(ctx, 'zh-CN');
    const copies = ok(await call('copies.list', {}));
    expect(copies.length).toBe(4);
    expect(copies.map((c) => c.state).sort()).toEqual(['destroyed', 'issued', 'issued', 'issued']);
    expect(copies.every((c) => /^FZ-\d{4}-\d{4}$/.test(c.refNo))).toBe(true);
    expect(ok(await call('approvals.list', { type: 'copy', status: 'submitted' }))).toHaveLength(1);
    const trips = ok(await call('carryOuts.list', {}));
    expect(trips.map((r) => [r.carrierName, r.pledge, r.returnCheck])).toEqual([
      ['刘洋', 'signed', 'intact'],
      ['刘洋', 'paper', null],
    ]);
    expect(trips[0]!.pledgeSignature).toMatchObject({ signerName: '刘洋', valid: true });
    const stillOut = ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck();
    for (const it of trips[1]!.items) expect(stillOut.get(it.id)).toBe('onLoan');
    const provisions = ok(await call('provisions.list', {}));
    expect(provisions).toHaveLength(1);
    expect(provisions[0]!.approvals.map((a) => [a.signerName, a.valid])).toEqual([
      ['李明', true],
      ['张伟', true],
    ]);
    expect(ok(await call('approvals.list', { type: 'externalProvision', status: 'submitted' }))).toHaveLength(1);
    const report = verifyOpenVault(ctx.vault!, { clock });
    expect(report.ok).toBe(true);
  }, 120_000);
});
