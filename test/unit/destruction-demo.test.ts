// R-SEC-6 R-LOAN-1 the demo vault's destruction, through the real calls as the demo's information
// specialist: a completed batch (approved by the CS manager and the GM, executed with two valid
// witness signatures, its items destroyed and their content gone), and an appraisal list with
// items to appraise and one appraised 'destroy' waiting for the next batch.
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

test('R-SEC-6 R-LOAN-1 the demo holds a completed destruction batch with two witnesses and an appraisal list', async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const clock = new ManualClock();
  const { signIns } = await createDemoVault(t.dir, { clock, kdfParams: FAST_TEST_KDF_PARAMS });
  const ctx = testCtx(t.dir, clock);
  const op = signIns.find((s) => s.login === 'wangjg')!;
  await signIn(ctx, op.login, op.password);
  const { call } = clientFor(ctx, 'zh-CN');

  const batches = ok(await call('destruction.batches', {}));
  expect(batches.map((b) => [b.state, b.itemCount])).toEqual([['executed', 3]]);
  const b = ok(await call('destruction.get', { batchId: batches[0]!.id }));
  expect(b.approvers.map((a) => a.name)).toEqual(['张伟', '陈静']);
  expect(b.witnesses.map((w) => [w.name, w.valid])).toEqual([
    ['李明', true],
    ['钱慧', true],
  ]);
  expect([b.method, b.executorName]).toEqual(['shred', '王建国']);
  expect(b.items.every((i) => i.custodyState === 'destroyed')).toBe(true);
  const db = ctx.vault!.db;
  const ids = b.items.map((i) => i.itemId);
  expect(
    db
      .prepare(`SELECT count(*) FROM attachment_blobs ab JOIN attachments a ON a.id = ab.attachment_id WHERE a.item_id IN (${ids.join(',')})`)
      .pluck()
      .get(),
  ).toBe(0);

  const list = ok(await call('destruction.appraisals', { filter: 'all' }));
  expect(list.filter((r) => r.status === 'toDestroy')).toHaveLength(1);
  expect(list.filter((r) => r.status === 'due').length).toBeGreaterThan(0);
});
