// R-GOV-1 signing approval steps: separation of duties (no self-approval, one person never
// satisfies two steps), the step's roles, rejection with a reason, the transition in the
// signature's own transaction, and signatures that stop verifying when a request row is altered.
import { describe, expect, test } from 'vitest';
import { registerRequestType, requireApproved } from '../../electron/approvals';
import { sql } from '../../electron/vault/sql';
import { ok } from './kit';
import { actions, MIRROR, outsider, request, rows, setChains, setupApprovals, SIGN_PW, staff, tableCounts } from './approvals-fixture';

const sign = (requestId: number, signerLogin: string, meaning: 'approved' | 'rejected' = 'approved', reason?: string) => ({
  requestId,
  meaning,
  signerLogin,
  signerPassword: SIGN_PW,
  ...(reason !== undefined ? { reason } : {}),
});

describe('signing approval steps', () => {
  test('R-GOV-1 R-USE-3 nobody signs a step of their own request: SELF_APPROVAL, in Chinese, nothing written', async () => {
    const v = await setupApprovals('op', 'zh-CN');
    // the information supervisor asks for a file herself; the operator records it
    const r = ok(await v.call('approvals.create', request({ applicant: staff(v.ids.sup), itemIds: [v.items[0]!] })));
    const before = tableCounts(v.ctx);
    const res = await v.call('approvals.sign', sign(r.id, 'sup'));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('SELF_APPROVAL');
      expect(res.error.message).toContain('不得审批或签署本人提出的申请');
    }
    expect(tableCounts(v.ctx)).toEqual(before);
    // someone else with the role signs
    expect(ok(await v.call('approvals.sign', sign(r.id, 'csm'))).status).toBe('approved');
  });

  test('R-GOV-1 R-SEC-5 one person never satisfies two steps of an AND: SAME_SIGNER_TWICE', async () => {
    const v = await setupApprovals('op');
    // external provision: information supervisor AND CS manager; 'both' holds both roles
    const r = ok(await v.call('approvals.create', request({ type: MIRROR.externalProvision.type, itemIds: [v.items[1]!] })));
    expect(ok(await v.call('approvals.sign', sign(r.id, 'both'))).chain.map((s) => s.state)).toEqual(['approved', 'current']);
    const before = tableCounts(v.ctx);
    const twice = await v.call('approvals.sign', sign(r.id, 'both'));
    expect(!twice.ok && twice.error.code).toBe('SAME_SIGNER_TWICE');
    expect(tableCounts(v.ctx)).toEqual(before);
    const done = ok(await v.call('approvals.sign', sign(r.id, 'csm')));
    expect(done.status).toBe('approved');
    expect(done.chain.map((s) => s.signature?.signerName)).toEqual(['赵兼任', '张经理']);

    // access to a 机密 file: the CS manager who reviewed may not also give the manager's approval
    const a = ok(await v.call('approvals.create', request({ itemIds: [v.items[2]!] })));
    ok(await v.call('approvals.sign', sign(a.id, 'csm')));
    const again = await v.call('approvals.sign', sign(a.id, 'csm'));
    expect(!again.ok && again.error.code).toBe('SAME_SIGNER_TWICE');
  });

  test("R-GOV-1 the signer must hold one of the step's roles (NOT_STEP_ROLE), and the password must be theirs", async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ type: MIRROR.carryOut.type, itemIds: [v.items[1]!] })));
    const before = tableCounts(v.ctx);
    const gm = await v.call('approvals.sign', sign(r.id, 'gm'));
    expect(!gm.ok && gm.error.code).toBe('NOT_STEP_ROLE');
    expect(tableCounts(v.ctx)).toEqual(before);
    const wrong = await v.call('approvals.sign', { ...sign(r.id, 'sup'), signerPassword: 'not-the-password' });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_PASSWORD');
    expect(rows(v.ctx, 'signatures')).toBe(before.signatures);
    expect(actions(v.ctx).at(-1)).toBe('signature.failed');
    expect(ok(await v.call('approvals.get', { id: r.id })).status).toBe('submitted');
  });

  test('R-GOV-1 a rejection needs a reason; with one the request is rejected and closed', async () => {
    const v = await setupApprovals('op', 'zh-CN');
    const r = ok(await v.call('approvals.create', request({ itemIds: [v.items[3]!] })));
    const before = tableCounts(v.ctx);
    for (const reason of [undefined, '', '   ']) {
      const res = await v.call('approvals.sign', sign(r.id, 'sup', 'rejected', reason));
      expect(!res.ok && res.error.code).toBe('BAD_INPUT');
      expect(!res.ok && res.error.issues?.[0]).toMatchObject({ path: 'reason', message: '驳回须填写理由' });
    }
    expect(tableCounts(v.ctx)).toEqual(before);
    const rej = ok(await v.call('approvals.sign', sign(r.id, 'sup', 'rejected', '介绍信已过有效期')));
    expect(rej.status).toBe('rejected');
    expect(rej.decisionReason).toBe('介绍信已过有效期');
    expect(rej.chain.map((s) => s.state)).toEqual(['rejected', 'closed']);
    expect(rej.chain[0]!.signature).toMatchObject({ meaning: 'rejected', valid: true, signerName: '李主管' });
    const after = await v.call('approvals.sign', sign(r.id, 'csm'));
    expect(!after.ok && after.error.code).toBe('REQUEST_STATE');
    expect(actions(v.ctx).slice(-2)).toEqual(['signature.sign', 'approval.reject']);
  });

  test('R-GOV-1 the step transition and its signature commit in one transaction: a failing onApproved leaves neither', async () => {
    const v = await setupApprovals('op');
    let fail = true;
    const seen: string[] = [];
    registerRequestType({
      type: 'testTx',
      prefix: 'TTX',
      label: { zh: '事务测试', en: 'Tx test' },
      onApproved(w, _clock, req) {
        // runs inside the final signature's transaction: it sees the request approved and may write
        seen.push(req.status);
        expect(w.value(sqlCount(req.id))).toBe(1);
        if (fail) throw new Error('consumer failed');
      },
    });
    setChains(v.ctx, { testTx: [{ key: 'one', label: { zh: '审批', en: 'Approval' }, anyOf: ['gm'] }] });
    const r = ok(await v.call('approvals.create', request({ type: 'testTx', itemIds: [v.items[0]!] })));
    const before = tableCounts(v.ctx);
    const res = await v.call('approvals.sign', sign(r.id, 'gm'));
    expect(!res.ok && res.error.code).toBe('INTERNAL');
    expect(seen).toEqual(['approved']);
    expect(tableCounts(v.ctx)).toEqual(before);
    expect(ok(await v.call('approvals.get', { id: r.id })).status).toBe('submitted');
    fail = false;
    const done = ok(await v.call('approvals.sign', sign(r.id, 'gm')));
    expect(done.status).toBe('approved');
    const after = tableCounts(v.ctx);
    expect(after.signatures).toBe(before.signatures! + 1);
    expect(actions(v.ctx).slice(-2)).toEqual(['signature.sign', 'approval.approve']);
  });

  test('R-GOV-1 a step signature fails to verify when a request row is altered behind the app (triggers dropped)', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ itemIds: [v.items[2]!] })));
    ok(await v.call('approvals.sign', sign(r.id, 'sup')));
    const signed = ok(await v.call('approvals.sign', sign(r.id, 'csm')));
    expect(signed.verified).toBe(true);
    expect(requireApproved(v.ctx.vault!.db, r.id, MIRROR.access.type).no).toBe(r.no);
    const db = v.ctx.vault!.db;
    // the trigger refuses a change while it is there …
    expect(() => db.prepare(`UPDATE requests SET purpose = '改过的用途' WHERE id = ?`).run(r.id)).toThrow(/never changes/);
    // … and with it dropped, the signatures no longer match the row
    db.exec('DROP TRIGGER requests_fixed');
    db.prepare(`UPDATE requests SET purpose = '改过的用途' WHERE id = ?`).run(r.id);
    const now = ok(await v.call('approvals.get', { id: r.id }));
    expect(now.chain.map((s) => s.signature?.valid)).toEqual([false, false]);
    expect(now.verified).toBe(false);
    expect(() => requireApproved(db, r.id, MIRROR.access.type)).toThrow(/does not verify/);
    // a target swapped in request_items breaks them too
    const t = await setupApprovals('op');
    const r2 = ok(await t.call('approvals.create', request({ type: MIRROR.copy.type, itemIds: [t.items[0]!] })));
    ok(await t.call('approvals.sign', sign(r2.id, 'gm')));
    t.ctx.vault!.db.exec('DROP TRIGGER request_items_no_update');
    t.ctx.vault!.db.prepare('UPDATE request_items SET item_id = ? WHERE request_id = ?').run(t.items[3]!, r2.id);
    expect(ok(await t.call('approvals.get', { id: r2.id })).chain[0]!.signature?.valid).toBe(false);
  });

  test('R-GOV-1 requireApproved refuses a request that is not approved, or of another type', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ type: MIRROR.copy.type, itemIds: [v.items[0]!], submit: false })));
    const db = v.ctx.vault!.db;
    expect(() => requireApproved(db, r.id, MIRROR.copy.type)).toThrow(expect.objectContaining({ code: 'BAD_STATE' }));
    ok(await v.call('approvals.submit', { id: r.id }));
    expect(() => requireApproved(db, r.id, MIRROR.copy.type)).toThrow(expect.objectContaining({ code: 'BAD_STATE' }));
    ok(await v.call('approvals.sign', sign(r.id, 'sup')));
    expect(requireApproved(db, r.id, MIRROR.copy.type).status).toBe('approved');
    expect(() => requireApproved(db, r.id, MIRROR.loan.type)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('R-USE-3 an outsider asking for a 秘密 file goes to the CS manager too; a staff member does not', async () => {
    const v = await setupApprovals('op');
    const o = ok(await v.call('approvals.create', request({ applicant: outsider(), itemIds: [v.items[1]!] })));
    const s = ok(await v.call('approvals.create', request({ applicant: staff(), itemIds: [v.items[1]!] })));
    expect(o.chain.map((x) => x.label.zh)).toEqual(['客服部审核', '客服部经理审批']);
    expect(s.chain.map((x) => x.label.zh)).toEqual(['客服部审核']);
  });
});

const sqlCount = (id: number) => sql`SELECT count(*) FROM requests WHERE id = ${id} AND status = 'approved'`;
