// Audit append: every state change pays for one appendAudit inside its own transaction
// (synchronous FULL ⇒ one fsync per commit), so this rate bounds the app's write rate.
import { appendAudit } from '../../../electron/audit/append';
import type { Workload } from '../types';
import { percentile, sampleMicros } from '../stats';

const ENTRIES = 1000;

export const auditWorkload: Workload = {
  name: 'audit',
  run(ctx) {
    const tx = ctx.db.transaction((i: number) =>
      appendAudit(ctx.db, ctx.clock, {
        actorId: null,
        actorName: '基准测试',
        action: 'bench.append',
        entity: 'bench',
        entityId: i,
        detail: { i, note: '借阅登记 / 归还' },
      }),
    );
    const samples = sampleMicros(ENTRIES, (i) => tx.immediate(i));
    const totalMs = samples.reduce((a, b) => a + b, 0) / 1000;
    return [
      { name: `audit append, 1 entry per tx (${ENTRIES})`, unit: 'ops/s', value: ENTRIES / (totalMs / 1000), better: 'higher' },
      { name: 'audit append tx p95', unit: 'µs', value: percentile(samples, 95), better: 'lower' },
    ];
  },
};
