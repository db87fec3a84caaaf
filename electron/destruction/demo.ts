// The destruction part of the demo vault (R-SEC-6): three 2015 items whose ten years ran out were
// appraised 'destroy' and listed in 销毁清册 XH-…; 张伟 (CS manager) and 陈静 (GM) approved, the
// cooling-off passed, 王建国 shredded them in the archive room with 李明 and 钱慧 witnessing; one
// more is appraised 'destroy' waiting for the next batch, one kept five more years, the rest of the
// expired items wait in the appraisal list. Run as 王建国 on a clock set back by whole days.
import type { DemoSeedContext } from '../core/domain';
import { actorOf } from '../people/sessionInfo';
import type { AppContext } from '../core/context';
import type { Clock } from '../vault/clock';
import { signRequest } from '../approvals';
import { appraise } from './appraisal';
import { createBatch } from './batches';
import { roomDate } from './dates';
import { executeBatch, recordExecution, witnessBatch } from './execution';
import { itemHolds } from './holds';

const DAY = 86_400_000;

export function seedDestructionDemo({ asUser }: DemoSeedContext): void {
  asUser('wangjg', async (ctx, password) => {
    const vault = ctx.vault!;
    const actor = { ...actorOf(ctx.session!), roles: ctx.session!.roles };
    const past = (d: number): Clock => ({ now: () => new Date(ctx.clock.now().getTime() - d * DAY) });
    const at = (d: number): AppContext => ({ ...ctx, clock: past(d) }) as AppContext;
    const candidates = vault.db
      .prepare(
        `SELECT id FROM items WHERE retention_until IS NOT NULL AND retention_until < ? AND custody_state = 'onShelf' AND classification = 0 ORDER BY retention_until, id LIMIT 40`,
      )
      .pluck()
      .all(roomDate(past(60).now())) as number[];
    // never an item the incidents' demo holds as evidence
    const held = new Set(itemHolds(vault.db, candidates).map((h) => h.itemId));
    const expired = candidates.filter((id) => !held.has(id)).slice(0, 5);
    if (expired.length < 5) return;
    const [a, b, c, d, e] = expired as [number, number, number, number, number];
    for (const id of [a, b, c])
      appraise(vault, past(45), actor, { itemId: id, decision: 'destroy', reason: '保管期满，经鉴定小组审查已无保存价值，同意销毁', years: null });
    const batch = createBatch(vault, past(44), actor, {
      itemIds: [a, b, c],
      reason: '2015 年形成的 10 年期档案保管期满，经档案鉴定小组逐件鉴定，已无继续保存价值，申请销毁。',
    });
    await signRequest(at(43), past(43), {
      requestId: batch.requestId,
      meaning: 'approved',
      reason: null,
      signerLogin: 'zhangwei',
      signerPassword: password('zhangwei'),
    });
    await signRequest(at(42), past(42), {
      requestId: batch.requestId,
      meaning: 'approved',
      reason: null,
      signerLogin: 'chenjing',
      signerPassword: password('chenjing'),
    });
    recordExecution(vault, past(30), actor, { batchId: batch.id, method: 'shred', place: '一号档案库房 销毁工作间' });
    for (const w of ['liming', 'qianhui']) await witnessBatch(at(30), past(30), actor, { batchId: batch.id, signerLogin: w, signerPassword: password(w) });
    executeBatch(vault, past(30), actor, { batchId: batch.id });
    appraise(vault, past(5), actor, { itemId: d, decision: 'destroy', reason: '保管期满，无继续保存价值', years: null });
    appraise(vault, past(5), actor, { itemId: e, decision: 'extend', years: 5, reason: '涉及尚未结清的合同往来，延长保管' });
  });
}
