// R-GOV-1 R-USE-2 R-USE-3 R-LOAN-2 requests: recorded with their targets (items, a whole archive,
// all archives of a customer), applicant and paper evidence; numbered per type; malformed input
// refused with nothing written; withdrawn while pending; expired after the policy's days; the
// inbox per role, oldest first, overdue marked; the audit trail names requests by number.
import { describe, expect, test } from 'vitest';
import type { AuditPage } from '../../electron/contract/types';
import { ok } from './kit';
import { actions, MIRROR, outsider, request, setupApprovals, SIGN_PW, staff, tableCounts } from './approvals-fixture';

const DAY = 24 * 3600 * 1000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe('approval requests', () => {
  test('R-GOV-1 R-USE-2 a request records applicant, targets with scope, evidence and scans, numbered per type and year', async () => {
    const v = await setupApprovals('op');
    const r = ok(
      await v.call(
        'approvals.create',
        request({
          targets: { scope: 'archive', archiveId: v.customer.archiveId },
          urgency: 'urgent',
          attachments: [{ kind: 'introLetter', fileName: '介绍信.pdf', dataBase64: PDF }],
        }),
      ),
    );
    expect(r.no).toMatch(/^TCY-\d{4}-0001$/);
    expect(r.scope).toBe('archive');
    expect(r.scopeName).toBe(`${v.customer.archiveNo}（中国银行）`);
    expect(r.itemIds).toEqual([...v.items].sort((a, b) => a - b));
    expect(r.targets.map((t) => t.classification).sort()).toEqual([0, 1, 2, 3]);
    expect(r.highestClassification).toBe(3);
    expect(r.applicant).toMatchObject({ kind: 'outsider', idDocKind: 'introLetter', idDocNo: 'JS-2026-118', idDocIssuer: '北京某律师事务所' });
    expect(r.evidence).toEqual({ stampPresent: true, headName: '王部长' });
    expect(r.attachments).toMatchObject([{ kind: 'introLetter', fileName: '介绍信.pdf', mime: 'application/pdf' }]);
    expect(r.urgency).toBe('urgent');
    expect(r.expiresAt).toBe(new Date(new Date(r.submittedAt!).getTime() + 7 * DAY).toISOString());
    const c = ok(await v.call('approvals.create', request({ targets: { scope: 'customer', customerId: v.other.customerId } })));
    expect(c.no).toMatch(/^TCY-\d{4}-0002$/);
    expect(c.itemIds).toEqual([v.otherItem]);
    expect(c.scopeName).toBe('张秀英');
    const l = ok(await v.call('approvals.create', request({ type: MIRROR.loan.type, itemIds: [v.items[0]!] })));
    expect(l.no).toMatch(/^TJY-\d{4}-0001$/);
    expect(actions(v.ctx).filter((a) => a.startsWith('approval.'))).toEqual([
      'approval.create',
      'approval.attach',
      'approval.submit',
      'approval.create',
      'approval.submit',
      'approval.create',
      'approval.submit',
    ]);
  });

  test('R-GOV-1 R-USE-3 malformed requests are rejected with a translated error and nothing written', async () => {
    const v = await setupApprovals('op', 'zh-CN');
    const good = request({ itemIds: [v.items[0]!] });
    const bad: [string, unknown, string][] = [
      ['no applicant name', { ...good, applicant: { ...outsider(), name: '' } }, 'BAD_INPUT'],
      ['unknown applicant kind', { ...good, applicant: { ...outsider(), kind: 'visitor' } }, 'BAD_INPUT'],
      ['no targets', { ...good, targets: { scope: 'items', itemIds: [] } }, 'BAD_INPUT'],
      ['unknown scope', { ...good, targets: { scope: 'room', roomId: 1 } }, 'BAD_INPUT'],
      ['no purpose', { ...good, purpose: '  ' }, 'BAD_INPUT'],
      ['no reason', { ...good, reason: '' }, 'BAD_INPUT'],
      ['bad urgency', { ...good, urgency: 'asap' }, 'BAD_INPUT'],
      ['extra field', { ...good, status: 'approved' }, 'BAD_INPUT'],
      ['outsider without papers, submitted', { ...good, applicant: { ...outsider(), idDocNo: null } }, 'BAD_INPUT'],
      ['outsider without issuing body', { ...good, applicant: { ...outsider(), idDocIssuer: '' } }, 'BAD_INPUT'],
      [
        'a scan that is not a scan',
        { ...good, attachments: [{ kind: 'introLetter', fileName: 'a.pdf', dataBase64: Buffer.from('hello').toString('base64') }] },
        'BAD_INPUT',
      ],
      ['a file name with a path', { ...good, attachments: [{ kind: 'other', fileName: '../a.pdf', dataBase64: PDF }] }, 'BAD_INPUT'],
      ['unknown item', { ...good, targets: { scope: 'items', itemIds: [v.items[0]!, 9999] } }, 'NOT_FOUND'],
      ['unknown archive', { ...good, targets: { scope: 'archive', archiveId: 9999 } }, 'NOT_FOUND'],
      ['unknown request type', { ...good, type: 'noSuchType' }, 'UNKNOWN_REQUEST_TYPE'],
      ['unknown applicant account', { ...good, applicant: { ...staff(9999) } }, 'NOT_FOUND'],
    ];
    const before = tableCounts(v.ctx);
    for (const [what, input, code] of bad) {
      const res = await v.raw('approvals.create', input);
      expect(res.ok, what).toBe(false);
      if (!res.ok) {
        expect(res.error.code, what).toBe(code);
        expect(res.error.message, what).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(tableCounts(v.ctx)).toEqual(before);
    const papers = await v.raw('approvals.create', bad[8]![1]);
    expect(!papers.ok && papers.error.issues?.[0]).toMatchObject({ path: 'applicant.idDocNo', message: '外来人员须登记介绍信或工作证的类型、编号和开具单位' });
  });

  test('R-USE-3 a draft may lack the papers; submission requires them', async () => {
    const v = await setupApprovals('op');
    const d = ok(await v.call('approvals.create', request({ applicant: { ...outsider(), idDocKind: null, idDocNo: null, idDocIssuer: null }, submit: false })));
    expect(d.status).toBe('draft');
    expect(d.chain).toEqual([]);
    const before = tableCounts(v.ctx);
    const res = await v.call('approvals.submit', { id: d.id });
    expect(!res.ok && res.error.code).toBe('BAD_INPUT');
    expect(tableCounts(v.ctx)).toEqual(before);
    // a staff member's draft submits
    const s = ok(await v.call('approvals.create', request({ applicant: staff(), submit: false })));
    ok(await v.call('approvals.attach', { requestId: s.id, kind: 'stampedForm', fileName: '申请单.pdf', dataBase64: PDF }));
    const sub = ok(await v.call('approvals.submit', { id: s.id }));
    expect(sub.status).toBe('submitted');
    expect(sub.attachments).toHaveLength(1);
    // after submission the scans are part of what is signed: no more
    const late = await v.call('approvals.attach', { requestId: s.id, kind: 'other', fileName: 'b.pdf', dataBase64: PDF });
    expect(!late.ok && late.error.code).toBe('REQUEST_STATE');
  });

  test('R-GOV-1 a pending request can be withdrawn (by whoever recorded it), then nobody signs it', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ itemIds: [v.items[2]!] })));
    ok(await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: 'sup', signerPassword: SIGN_PW }));
    await v.as('op2');
    const other = await v.call('approvals.withdraw', { id: r.id });
    expect(!other.ok && other.error.code).toBe('NOT_REQUEST_OWNER');
    await v.as('op');
    const w = ok(await v.call('approvals.withdraw', { id: r.id, reason: '申请人已不需要' }));
    expect(w.status).toBe('withdrawn');
    expect(w.chain.map((s) => s.state)).toEqual(['approved', 'closed']);
    expect(w.chain[0]!.signature?.valid).toBe(true);
    const s = await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: 'csm', signerPassword: SIGN_PW });
    expect(!s.ok && s.error.code).toBe('REQUEST_STATE');
    const again = await v.call('approvals.withdraw', { id: r.id });
    expect(!again.ok && again.error.code).toBe('REQUEST_STATE');
    expect(actions(v.ctx).at(-1)).toBe('approval.withdraw');
  });

  test('R-GOV-1 a pending request expires after the policy number of days (injected clock)', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ itemIds: [v.items[0]!] })));
    const done = ok(await v.call('approvals.create', request({ type: MIRROR.copy.type, itemIds: [v.items[0]!] })));
    ok(await v.call('approvals.sign', { requestId: done.id, meaning: 'approved', signerLogin: 'gm', signerPassword: SIGN_PW }));
    v.ctx.clock.advance(7 * DAY - 60_000);
    expect(ok(await v.call('approvals.get', { id: r.id })).status).toBe('submitted');
    v.ctx.clock.advance(60_000);
    const e = ok(await v.call('approvals.get', { id: r.id }));
    expect(e.status).toBe('expired');
    expect(ok(await v.call('approvals.get', { id: done.id })).status).toBe('approved');
    const s = await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: 'sup', signerPassword: SIGN_PW });
    expect(!s.ok && s.error.code).toBe('REQUEST_EXPIRED');
    expect(actions(v.ctx).filter((a) => a === 'approval.expire')).toHaveLength(1);
    const policyDays = v.ctx.vault!.db;
    policyDays.prepare(`INSERT INTO settings(key, value_json) VALUES ('approvals.expireDays', '2')`).run();
    const short = ok(await v.call('approvals.create', request({ itemIds: [v.items[0]!] })));
    expect(new Date(short.expiresAt!).getTime() - new Date(short.submittedAt!).getTime()).toBe(2 * DAY);
  });

  test('R-GOV-1 the inbox holds what waits for the signed-in roles, oldest first, overdue marked; counts for the badge', async () => {
    const v = await setupApprovals('op');
    const a = ok(await v.call('approvals.create', request({ itemIds: [v.items[2]!] }))); // review → CS manager
    v.ctx.clock.advance(3600_000);
    const b = ok(await v.call('approvals.create', request({ type: MIRROR.externalProvision.type, applicant: staff(v.ids.csm), itemIds: [v.items[0]!] })));
    v.ctx.clock.advance(3600_000);
    const c = ok(await v.call('approvals.create', request({ urgency: 'urgent', itemIds: [v.items[0]!] })));
    await v.as('csm');
    // review steps take infoSupervisor or csManager; b waits for the information supervisor first
    expect(ok(await v.call('approvals.inbox', {})).map((s) => s.id)).toEqual([a.id, c.id]);
    await v.as('sup');
    expect(ok(await v.call('approvals.inbox', {})).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
    ok(await v.call('approvals.sign', { requestId: b.id, meaning: 'approved', signerLogin: 'sup', signerPassword: SIGN_PW }));
    ok(await v.call('approvals.sign', { requestId: a.id, meaning: 'approved', signerLogin: 'sup', signerPassword: SIGN_PW }));
    expect(ok(await v.call('approvals.inbox', {})).map((s) => s.id)).toEqual([c.id]);
    await v.as('csm');
    // b is the CS manager's own request: not in their inbox; a now waits at the manager's step
    const inbox = ok(await v.call('approvals.inbox', {}));
    expect(inbox.map((s) => [s.id, s.currentStep?.key])).toEqual([
      [a.id, 'csManager'],
      [c.id, 'review'],
    ]);
    expect(inbox.every((s) => !s.overdue)).toBe(true);
    expect(ok(await v.call('approvals.counts', {}))).toEqual({ inbox: 2, overdue: 0, mine: 1 });
    // one day: the urgent one is overdue (half of 2 days); two days: both
    v.ctx.clock.advance(DAY);
    expect(ok(await v.call('approvals.inbox', {})).map((s) => s.overdue)).toEqual([false, true]);
    v.ctx.clock.advance(DAY);
    expect(ok(await v.call('approvals.counts', {}))).toEqual({ inbox: 2, overdue: 2, mine: 1 });
    // the gm has nothing; the list shows everything, filtered
    await v.as('gm');
    expect(ok(await v.call('approvals.counts', {}))).toEqual({ inbox: 0, overdue: 0, mine: 0 });
    expect(ok(await v.call('approvals.list', { status: 'submitted' })).map((s) => s.id)).toEqual([c.id, b.id, a.id]);
    expect(ok(await v.call('approvals.list', { type: MIRROR.externalProvision.type })).map((s) => s.id)).toEqual([b.id]);
    // 三员 see no requests at all
    await v.as('aud');
    const denied = await v.call('approvals.inbox', {});
    expect(!denied.ok && denied.error.code).toBe('FORBIDDEN_ROLE');
  });

  test('R-GOV-1 the audit trail names requests by number and puts each approval action into words (zh and en)', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ itemIds: [v.items[2]!] })));
    ok(await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: 'sup', signerPassword: SIGN_PW }));
    ok(await v.call('approvals.sign', { requestId: r.id, meaning: 'rejected', reason: '用途不明', signerLogin: 'csm', signerPassword: SIGN_PW }));
    await v.as('aud');
    for (const locale of ['zh-CN', 'en'] as const) {
      const page = (await v.dispatch('audit.list', { filter: {}, offset: 0, limit: 1000 }, { trustedSender: true, locale })) as { ok: true; value: AuditPage };
      const mine = page.value.rows.filter((e) => e.action.startsWith('approval.')).sort((x, y) => x.seq - y.seq);
      expect(mine.map((e) => e.action)).toEqual(['approval.create', 'approval.submit', 'approval.step', 'approval.reject']);
      for (const e of mine) {
        expect(e.entityText).toContain(r.no);
        expect(e.detailText).not.toMatch(/[{}]|#\d/);
      }
      if (locale === 'zh-CN') {
        expect(mine.map((e) => e.actionText)).toEqual(['登记申请', '提交申请', '审批环节通过', '驳回申请']);
        expect(mine[0]!.entityText).toBe(`申请 ${r.no}`);
        expect(mine[3]!.detailText).toContain('「用途不明」');
        expect(mine[2]!.detailText).toContain('第 1 步「客服部审核」');
      } else {
        expect(mine[3]!.actionText).toBe('Request rejected');
      }
    }
  });
});
