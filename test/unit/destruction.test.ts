// R-SEC-6 / R-LOAN-1 through the real vault and calls, on an injected clock: the appraisal list,
// the batch through approval and cooling-off, cancellation, the witnesses' rules, execution.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../electron/contract/result';
import { PW } from './auth-helpers';
import { ok } from './kit';
import { buildDestructionCertificate, buildDestructionRegister } from '../../electron/destruction/registers/destruction-register';
import { approvedBatch, count, counts, custody, DAY, destroyDecision, recordedBatch, setupDestruction, witness } from './destruction-fixture';

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('destruction', () => {
  it('R-SEC-6 the appraisal list holds the expired items: destroy / keep N more years / keep permanently, each recorded and audited', async () => {
    const v = await setupDestruction();
    const due = ok(await v.call('destruction.appraisals', { filter: 'due' }));
    expect(due.map((r) => r.itemId)).toEqual([v.items.old1, v.items.old2]);
    expect(due[0]!.retentionUntil).toBe('2020-03-01');
    // keep 5 more years: off the list until that ends, then back
    expect(ok(await v.call('destruction.appraise', { itemId: v.items.old1, decision: 'extend', years: 5, reason: '合同纠纷未结' }))).toBeNull();
    ok(await v.call('destruction.appraise', { itemId: v.items.old2, decision: 'permanent', reason: '具有长期查考价值' }));
    expect(ok(await v.call('destruction.appraisals', { filter: 'all' }))).toEqual([]);
    v.clock.advance((5 * 366 + 1) * DAY);
    const back = ok(await v.call('destruction.appraisals', { filter: 'due' }));
    expect(back.map((r) => [r.itemId, r.last?.decision, r.last?.years])).toEqual([[v.items.old1, 'extend', 5]]);
    const row = ok(await v.call('destruction.appraise', destroyDecision(v.items.old1)))!;
    expect([row.status, row.last?.decision]).toEqual(['toDestroy', 'destroy']);
    const audit = v.ctx.vault!.db.prepare(`SELECT detail_json FROM audit_entry WHERE action = 'destruction.appraise' ORDER BY seq`).pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d).decision)).toEqual(['extend', 'permanent', 'destroy']);
    // an item whose retention runs on is not appraised for destruction
    expect(code(await v.call('destruction.appraise', destroyDecision(v.items.kept)))).toBe('DESTRUCTION_NOT_DUE');
  });

  it('R-SEC-6 malformed input is refused with a translated error and nothing written', async () => {
    const v = await setupDestruction('zh-CN');
    const before = counts(v);
    const bad: [string, unknown][] = [
      ['destruction.appraise', { itemId: v.items.old1, decision: 'extend', reason: '延期' }],
      ['destruction.appraise', { itemId: v.items.old1, decision: 'destroy', years: 3, reason: '销毁' }],
      ['destruction.appraise', { itemId: v.items.old1, decision: 'scrap', reason: '卖废品' }],
      ['destruction.appraise', { itemId: v.items.old1, decision: 'destroy', reason: ' ' }],
      ['destruction.appraise', { itemId: 999, decision: 'destroy', reason: '销毁材料' }],
      ['destruction.create', { itemIds: [], reason: '期满销毁' }],
      ['destruction.create', { itemIds: [v.items.old1, v.items.old1], reason: '期满销毁' }],
      ['destruction.create', { itemIds: [v.items.old1], reason: '期满销毁' }], // not appraised 'destroy'
      ['destruction.create', { itemIds: [v.items.kept], reason: '期满销毁' }],
      ['destruction.record', { batchId: 1, method: 'sellAsScrap', place: '废品站' }], // Art. 25
      ['destruction.witness', { batchId: 1, signerLogin: '', signerPassword: '' }],
      ['destruction.cancel', { batchId: 1 }],
    ];
    for (const [name, input] of bad) {
      const r = await v.raw(name, input);
      expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const years = await v.raw('destruction.appraise', { itemId: v.items.old1, decision: 'extend', reason: '延期' });
    expect(!years.ok && years.error.issues?.[0]).toMatchObject({ path: 'years' });
    expect(counts(v)).toEqual(before);
  });

  it('R-SEC-6 a batch goes to the CS manager then the GM; before the cooling-off ends it cannot be executed; it can be cancelled, and then nothing more', async () => {
    const v = await setupDestruction();
    const b = await approvedBatch(v, [v.items.old1, v.items.old2]);
    expect(b.no).toMatch(/^XH-\d{4}-0001$/);
    expect(b.approvers.map((a) => a.userId)).toEqual([v.ids.csm, v.ids.gm]);
    expect(b.state).toBe('coolingOff');
    expect(new Date(b.coolingOffEnds!).getTime() - new Date(b.approvedAt!).getTime()).toBe(7 * DAY);
    // listed in a live batch: not in a second one
    expect(code(await v.call('destruction.create', { itemIds: [v.items.old1], reason: '重复列入' }))).toBe('DESTRUCTION_IN_BATCH');
    v.clock.advance(7 * DAY - 60_000);
    expect(code(await v.call('destruction.record', { batchId: b.id, method: 'shred', place: '销毁间' }))).toBe('DESTRUCTION_COOLING_OFF');
    const cancelled = ok(await v.call('destruction.cancel', { batchId: b.id, reason: '客户来函要求暂缓' }));
    expect(cancelled.state).toBe('cancelled');
    v.clock.advance(2 * DAY);
    expect(code(await v.call('destruction.record', { batchId: b.id, method: 'shred', place: '销毁间' }))).toBe('DESTRUCTION_STATE');
    expect(code(await v.call('destruction.execute', { batchId: b.id }))).toBe('DESTRUCTION_STATE');
    expect(code(await v.call('destruction.cancel', { batchId: b.id, reason: '再撤一次' }))).toBe('DESTRUCTION_STATE');
    // a cancelled batch has no destruction certificate
    expect(code(await v.call('destruction.print', { batchId: b.id, kind: 'certificate', target: 'pdf' }))).toBe('DESTRUCTION_STATE');
    expect([custody(v, v.items.old1), custody(v, v.items.old2)]).toEqual(['intake', 'intake']);
    // the items are free for the next batch
    const rows = ok(await v.call('destruction.appraisals', { filter: 'toDestroy' }));
    expect(rows.map((r) => r.status)).toEqual(['toDestroy', 'toDestroy']);
    // cancelled while its request still waits: the final approval is refused, nothing starts
    const pending = ok(await v.call('destruction.create', { itemIds: [v.items.old1], reason: '期满销毁' }));
    ok(await v.call('approvals.sign', { requestId: pending.requestId, meaning: 'approved', signerLogin: 'csm', signerPassword: PW }));
    ok(await v.call('destruction.cancel', { batchId: pending.id, reason: '暂缓销毁' }));
    expect(code(await v.call('approvals.sign', { requestId: pending.requestId, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }))).toBe(
      'DESTRUCTION_STATE',
    );
    expect(ok(await v.call('destruction.get', { batchId: pending.id }))).toMatchObject({ state: 'cancelled', approvedAt: null });
  });

  it('R-SEC-6 witnesses: refused with one, with an approver or the executor, twice, or another operator confirming; two distinct witnesses destroy (R-LOAN-1 custody destroyed)', async () => {
    const v = await setupDestruction();
    const b = await recordedBatch(v, [v.items.old1, v.items.old2]);
    expect(b.state).toBe('witnessing');
    expect(code(await witness(v, b.id, 'csm'))).toBe('DESTRUCTION_WITNESS_CONFLICT'); // approved the batch
    expect(code(await witness(v, b.id, 'gm'))).toBe('DESTRUCTION_WITNESS_CONFLICT');
    expect(code(await witness(v, b.id, 'op'))).toBe('DESTRUCTION_WITNESS_CONFLICT'); // executes it
    expect(code(await witness(v, b.id, 'sup', 'wrong-password-1'))).toBe('WRONG_PASSWORD');
    ok(await witness(v, b.id, 'sup'));
    expect(code(await witness(v, b.id, 'sup'))).toBe('DESTRUCTION_WITNESS_TWICE');
    expect(code(await v.call('destruction.execute', { batchId: b.id }))).toBe('DESTRUCTION_WITNESSES');
    expect(custody(v, v.items.old1)).toBe('intake');
    ok(await witness(v, b.id, 'cus'));
    await v.as('op2');
    expect(code(await v.call('destruction.execute', { batchId: b.id }))).toBe('DESTRUCTION_NOT_EXECUTOR');
    await v.as('op');
    const done = ok(await v.call('destruction.execute', { batchId: b.id }));
    expect(done.state).toBe('executed');
    expect(done.witnesses.map((w) => [w.userId, w.valid])).toEqual([
      [v.ids.sup, true],
      [v.ids.cus, true],
    ]);
    expect([custody(v, v.items.old1), custody(v, v.items.old2), custody(v, v.items.kept)]).toEqual(['destroyed', 'destroyed', 'intake']);
    const events = v.ctx.vault!.db.prepare(`SELECT state, ref_type, ref_id FROM custody_events WHERE item_id = ? ORDER BY id`).all(v.items.old1);
    expect(events).toEqual([{ state: 'destroyed', ref_type: 'destruction', ref_id: String(b.id) }]);
    // the index line stays; the item is off the appraisal list; the batch cannot run twice
    const detail = ok(await v.call('items.get', { id: v.items.old1 }));
    expect([detail.title, detail.custodyState, detail.retentionUntil]).toEqual(['2010年度授信合同', 'destroyed', '2020-03-01']);
    expect(ok(await v.call('destruction.appraisals', { filter: 'all' }))).toEqual([]);
    expect(code(await v.call('destruction.execute', { batchId: b.id }))).toBe('DESTRUCTION_STATE');
    expect(count(v, 'destruction_witnesses')).toBe(2);
    // 销毁清册 and 销毁证明 from the batch's own rows: every item's line, the witnesses' signature lines
    const opts = { locale: 'zh-CN' as const, printedBy: '王专员', now: v.clock.now() };
    const reg = buildDestructionRegister(v.ctx.vault!, b.id, opts);
    expect(reg.rows.map((r) => r.archiveNo)).toEqual(done.items.map((i) => i.archiveNo));
    expect(reg.signatureLines.map((l) => l.role)).toEqual([
      '编制人 王专员',
      '审批人 张经理',
      '审批人 陈总',
      '执行人 王专员',
      '监销人（1）李主管',
      '监销人（2）钱保管',
    ]);
    const cert = buildDestructionCertificate(v.ctx.vault!, b.id, opts);
    expect(cert.summary![0]).toMatch(/^兹证明：依据档案销毁清册 XH-\d{4}-0001.*以碎纸机粉碎方式销毁下列档案材料共 2 件/);
    expect(cert.summary![1]).toContain('监销人 李主管、钱保管');
  });
  it('R-SEC-6 an item on hold (open leak incident) cannot be listed for destruction, and a hold placed after listing stops the execution', async () => {
    const v = await setupDestruction();
    const report = (itemIds: number[]) =>
      v.call('incidents.report', {
        summary: '疑似通过私人邮箱外发合同扫描件',
        foundAt: v.clock.now().toISOString(),
        itemIds,
        channel: '互联网邮箱',
        measures: '已封存相关账户并通知客户信息主管',
      });
    for (const id of [v.items.old1, v.items.old2]) ok(await v.call('destruction.appraise', destroyDecision(id)));
    ok(await report([v.items.old1]));
    const before = counts(v);
    const r = await v.call('destruction.create', { itemIds: [v.items.old1, v.items.old2], reason: '期满销毁' });
    expect(code(r)).toBe('DESTRUCTION_ON_HOLD');
    expect(counts(v)).toEqual(before);
    expect(ok(await v.call('destruction.appraisals', { filter: 'toDestroy' })).find((x) => x.itemId === v.items.old1)?.holds.length).toBe(1);
    // old2 goes into a batch; a hold arriving during the cooling-off is caught at execution
    const b = ok(await v.call('destruction.create', { itemIds: [v.items.old2], reason: '期满销毁' }));
    for (const signer of ['csm', 'gm'])
      ok(await v.call('approvals.sign', { requestId: b.requestId, meaning: 'approved', signerLogin: signer, signerPassword: PW }));
    v.clock.advance(8 * DAY);
    ok(await v.call('destruction.record', { batchId: b.id, method: 'pulp', place: '造纸厂化浆车间' }));
    ok(await witness(v, b.id, 'sup'));
    ok(await witness(v, b.id, 'cus'));
    ok(await report([v.items.old2]));
    expect(code(await v.call('destruction.execute', { batchId: b.id }))).toBe('DESTRUCTION_ON_HOLD');
    expect(custody(v, v.items.old2)).toBe('intake');
    expect(ok(await v.call('destruction.get', { batchId: b.id })).state).toBe('witnessing');
  });
});
