// R-SEC-6 R-LOAN-1 the demo vault's destruction, through the real calls as the demo's information
// specialist: a completed batch (approved by the CS manager and the GM, executed with two valid
// witness signatures, its items destroyed and their content gone), and an appraisal list with
// items to appraise and one appraised 'destroy' waiting for the next batch.
import { expect, test } from 'vitest';
import { demoSignedIn } from './demo-fixture';
import { ok } from './kit';

test('R-SEC-6 R-LOAN-1 the demo holds a completed destruction batch with two witnesses and an appraisal list', async () => {
  const { call, ctx } = await demoSignedIn();

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
