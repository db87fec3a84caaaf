// Audit append: every state change pays for one appendAudit inside its own transaction
// (synchronous FULL ⇒ one fsync per commit), so this rate bounds the app's write rate.
import { appendAudit, type AuditInput } from '../../../electron/audit/append';
import { auditActions, listAudit } from '../../../electron/audit/query';
import type { Workload } from '../types';
import { percentile, sampleMicros, time } from '../stats';
import { writeTx } from '../../../electron/vault/sql';

const ENTRIES = 1000;

export const auditWorkload: Workload = {
  name: 'audit',
  run(ctx) {
    const tx = (i: number) =>
      writeTx(ctx.db, (w) =>
        appendAudit(w, ctx.clock, {
          actorId: null,
          actorName: '基准测试',
          action: 'bench.append' as AuditInput['action'], // bench-only action, never in a real trail
          entity: 'bench',
          entityId: i,
          detail: { i, note: '借阅登记 / 归还' },
        }),
      );
    const samples = sampleMicros(ENTRIES, (i) => tx(i));
    const totalMs = samples.reduce((a, b) => a + b, 0) / 1000;
    return [
      { name: `audit append, 1 entry per tx (${ENTRIES})`, unit: 'ops/s', value: ENTRIES / (totalMs / 1000), better: 'higher' },
      { name: 'audit append tx p95', unit: 'µs', value: percentile(samples, 95), better: 'lower' },
    ];
  },
};

// Reading the trail at volume (moved here from the audit-query unit test, which asserts no time):
// the unit test's filters (pages + totals, three full-text scans) and one deep page by action.
const QUERY_ENTRIES = 100_000;
const Q_ACTIONS = ['bench.item.create', 'bench.loan.issue', 'bench.loan.return', 'bench.access.request', 'bench.user.update'];
const Q_NAMES = ['王建国', '李明', '张伟', '陈静'];

export const auditQueryWorkload: Workload = {
  name: 'audit query',
  setup(ctx) {
    const base = Date.parse('2026-01-01T00:00:00Z');
    writeTx(ctx.db, (w) => {
      for (let i = 0; i < QUERY_ENTRIES; i++) {
        appendAudit(w, ctx.clock, {
          actorId: (i % 4) + 1,
          actorName: Q_NAMES[i % 4]!,
          action: Q_ACTIONS[i % 5]! as AuditInput['action'],
          entity: 'item',
          entityId: `A-${i}`,
          detail: { title: i === 77_777 ? '华东客户合同（2019）原件' : `客户档案 ${i}`, boxes: i % 7 },
          at: new Date(base + (i + 1) * 60_000).toISOString(),
        });
      }
    });
  },
  run(ctx) {
    const db = ctx.db;
    const tenQueries = time(() => {
      listAudit(db, {}, 0, 50);
      listAudit(db, { text: '华东客户合同' }, 0, 50);
      listAudit(db, { text: '100%' }, 0, 50);
      listAudit(db, { text: '张伟' }, 0, 10);
      listAudit(db, { action: Q_ACTIONS[1]!, actorId: 2 }, 100, 20);
      listAudit(db, { from: '2026-01-01T09:01:00+08:00', to: '2026-01-01T09:10:00+08:00' }, 0, 50);
      auditActions(db);
    });
    const deep = time(() => listAudit(db, { action: Q_ACTIONS[2]! }, 19_000, 50));
    return [
      { name: `audit filters + totals, 3 text scans (${QUERY_ENTRIES / 1000}k entries)`, unit: 'ms', value: tenQueries, better: 'lower' },
      { name: 'audit deep page by action (offset 19k)', unit: 'ms', value: deep, better: 'lower' },
    ];
  },
};
