// Access requests through the approval engine (R-USE-1..3): the operator records the paper form
// (access.request), CS-department review signs, the CS manager too when a target is 机密/绝密 or an
// outsider asks for 秘密 and above, and the final approving signature creates the grant in the
// same transaction. Real vault, real dispatcher, real Ed25519 signatures.
import { afterEach, describe, expect, test } from 'vitest';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import type { AccessRequestInput, GrantDetail, GrantRow } from '../../electron/access/contract/calls';
import { setupAccess } from './access-helpers';
import { PW } from './auth-helpers';
import { ok } from './kit';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
const HOUR = 3_600_000;

async function rig(locale: 'en' | 'zh-CN' = 'en') {
  const v = await setupAccess(locale);
  cleanup = v.cleanup;
  const outsider = (itemIds: number[], over: Partial<AccessRequestInput> = {}): AccessRequestInput => ({
    applicant: {
      kind: 'outsider',
      name: '周律师',
      unit: '金杜律师事务所',
      contact: '13800000000',
      idDocKind: 'introLetter',
      idDocNo: 'JD-2026-118',
      idDocIssuer: '金杜律师事务所',
    },
    targets: { scope: 'items', itemIds },
    purpose: '诉讼取证',
    reason: '代理中国银行诉讼案件，需查阅授信协议原件',
    evidence: { stampPresent: true, headName: '李明' },
    ...over,
  });
  const staff = (login: string, itemIds: number[], over: Partial<AccessRequestInput> = {}): AccessRequestInput => ({
    ...outsider(itemIds),
    applicant: { kind: 'staff', userId: v.ids[login]!, name: login, unit: '客户开发部' },
    ...over,
  });
  const sign = (requestId: number, signerLogin: string, meaning: 'approved' | 'rejected' = 'approved', reason?: string) =>
    v.call('approvals.sign', { requestId, meaning, reason, signerLogin, signerPassword: PW });
  const grants = () =>
    v.ctx.vault!.db.prepare('SELECT no, request_id AS requestId FROM access_grants ORDER BY id').all() as { no: string; requestId: number }[];
  return { ...v, outsider, staff, sign, grants };
}

describe('the chain of an access request', () => {
  test('R-USE-1 R-USE-2 R-USE-3 an outsider asks for a 机密 file: review, then the CS manager signs; only then the grant, in force at the reading desk', async () => {
    const v = await rig();
    const r = ok<ApprovalRequest>(await v.call('access.request', v.outsider([v.items.conf])));
    expect(r).toMatchObject({ no: 'CY-2026-0001', type: 'access', status: 'submitted', highestClassification: 2, itemIds: [v.items.conf] });
    expect(r.chain.map((s) => s.key)).toEqual(['review', 'csManager']);
    ok(await v.sign(r.id, 'liming'));
    expect(v.grants()).toEqual([]);
    const done = ok<ApprovalRequest>(await v.sign(r.id, 'zhangwei'));
    expect(done.status).toBe('approved');
    expect(done.verified).toBe(true);
    expect(v.grants()).toEqual([{ no: 'CY-2026-0001', requestId: r.id }]);
    const [g] = ok<GrantRow[]>(await v.call('access.grants', {}));
    expect(g).toMatchObject({
      no: 'CY-2026-0001',
      readerKind: 'outsider',
      readerUserId: null,
      readerName: '周律师',
      readerUnit: '金杜律师事务所',
      idDoc: '介绍信 JD-2026-118（金杜律师事务所）',
      purpose: '诉讼取证',
      state: 'current',
      allowPrint: false,
      allowDownload: false,
    });
    const grant = JSON.parse(
      (v.ctx.vault!.db.prepare("SELECT actor_id AS a, detail_json AS d FROM audit_entry WHERE action = 'access.grant.create'").get() as { d: string }).d,
    );
    expect(grant).toMatchObject({ no: 'CY-2026-0001', requestId: r.id, itemArchiveNos: [v.itemNos.conf] });
    // the reading desk: content only during a consultation in the operator's session
    expect((await v.call('items.get', { id: v.items.conf })).ok).toBe(false);
    ok(await v.call('access.consultationStart', { grantId: g!.id }));
    expect(ok(await v.call('items.get', { id: v.items.conf })).contentGrantNo).toBe('CY-2026-0001');
  });

  test('R-USE-3 the CS manager step comes with 机密/绝密 targets, or an outsider asking for 秘密 and above; otherwise review alone grants', async () => {
    const v = await rig();
    const cases = [
      ['staff 普通', v.staff('dev', [v.items.plain]), ['review']],
      ['staff 秘密', v.staff('dev', [v.items.secret]), ['review']],
      ['staff 机密', v.staff('dev', [v.items.plain, v.items.conf]), ['review', 'csManager']],
      ['outsider 普通', v.outsider([v.items.plain]), ['review']],
      ['outsider 秘密', v.outsider([v.items.secret]), ['review', 'csManager']],
    ] as const;
    for (const [name, input, chain] of cases) {
      const r = ok<ApprovalRequest>(await v.call('access.request', input));
      expect(
        r.chain.map((s) => s.key),
        name,
      ).toEqual(chain);
      const before = v.grants().length;
      const signers = ['liming', 'zhangwei'];
      for (let i = 0; i < chain.length; i++) {
        expect(v.grants().length, name).toBe(before);
        ok(await v.sign(r.id, signers[i]!));
      }
      expect(v.grants().at(-1), name).toEqual({ no: r.no, requestId: r.id });
    }
  });

  test('R-USE-1 a staff member’s grant opens the content in their own session, for the window asked, with the copies it allows', async () => {
    const v = await rig();
    const until = new Date(v.ctx.clock.now().getTime() + 3 * HOUR).toISOString();
    const r = ok<ApprovalRequest>(
      await v.call('access.request', v.staff('dev', [v.items.conf], { details: { validUntil: until, allowPrint: true, allowDownload: false } })),
    );
    ok(await v.sign(r.id, 'liming'));
    ok(await v.sign(r.id, 'zhangwei'));
    const g = ok<GrantDetail>(await v.call('access.grant', { id: 1 }));
    expect(g).toMatchObject({ readerKind: 'staff', readerUserId: v.ids.dev, validUntil: until, allowPrint: true, allowDownload: false });
    await v.as('dev');
    expect(ok(await v.call('items.get', { id: v.items.conf })).contentUntil).toBe(until);
    v.ctx.clock.advance(3 * HOUR);
    const closed = await v.call('items.get', { id: v.items.conf });
    expect(!closed.ok && closed.error.code).toBe('CONTENT_DENIED');
  });
});

describe('refusals', () => {
  test('R-USE-3 an outsider without introduction letter / work ID is refused at submission, translated, nothing written', async () => {
    const v = await rig('zh-CN');
    const seq = () => v.ctx.vault!.db.prepare('SELECT max(seq) FROM audit_entry').pluck().get();
    const before = seq();
    const input = v.outsider([v.items.conf]);
    const r = await v.call('access.request', { ...input, applicant: { ...input.applicant, idDocNo: null, idDocIssuer: null } });
    expect(!r.ok && r.error.code).toBe('BAD_INPUT');
    expect(!r.ok && r.error.message).toContain('外来人员须登记介绍信或工作证的类型、编号和开具单位');
    expect(seq()).toBe(before);
    expect(v.ctx.vault!.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
  });

  test('R-USE-1 access details: end before start, an end already past, longer than the policy allows, unknown keys — refused, nothing written', async () => {
    const v = await rig('zh-CN');
    const now = v.ctx.clock.now().getTime();
    const iso = (ms: number) => new Date(now + ms).toISOString();
    const bad: [AccessRequestInput['details'], string, string][] = [
      [{ validFrom: iso(2 * HOUR), validUntil: iso(HOUR) }, 'details.validUntil', '截止时间须晚于开始时间'],
      [{ validUntil: iso(-HOUR) }, 'details.validUntil', '截止时间已过'],
      [{ validUntil: iso(8 * 24 * HOUR) }, 'details.validUntil', '查阅授权期限不得超过 7 天'],
      [{ validUntil: 'tomorrow' }, 'details.validUntil', '时间格式不正确'],
    ];
    for (const [details, path, message] of bad) {
      const r = await v.call('access.request', v.outsider([v.items.conf], { details }));
      expect(!r.ok && r.error.issues, JSON.stringify(details)).toEqual([{ path, message }]);
    }
    const extra = await v.raw('access.request', { ...v.outsider([v.items.conf]), details: { allowCopy: true } });
    expect(!extra.ok && extra.error.code).toBe('BAD_INPUT');
    expect(v.ctx.vault!.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
  });

  test('R-USE-2 nobody approves their own access request; one person never signs both steps', async () => {
    const v = await rig('zh-CN');
    const own = ok<ApprovalRequest>(await v.call('access.request', v.staff('liming', [v.items.conf])));
    const self = await v.sign(own.id, 'liming');
    expect(!self.ok && self.error.code).toBe('SELF_APPROVAL');
    expect(!self.ok && self.error.message).toContain('不得审批或签署本人提出的申请');
    const r = ok<ApprovalRequest>(await v.call('access.request', v.outsider([v.items.conf])));
    ok(await v.sign(r.id, 'zhangwei')); // the CS manager may do the review …
    const twice = await v.sign(r.id, 'zhangwei'); // … but not both steps
    expect(!twice.ok && twice.error.code).toBe('SAME_SIGNER_TWICE');
    expect(v.grants()).toEqual([]);
  });

  test('R-USE-1 rejected (with a reason) or withdrawn requests create no grant', async () => {
    const v = await rig();
    const a = ok<ApprovalRequest>(await v.call('access.request', v.outsider([v.items.conf])));
    const noReason = await v.sign(a.id, 'liming', 'rejected');
    expect(noReason.ok).toBe(false);
    expect(ok<ApprovalRequest>(await v.sign(a.id, 'liming', 'rejected', '查阅目的与授信业务无关')).status).toBe('rejected');
    const b = ok<ApprovalRequest>(await v.call('access.request', v.outsider([v.items.plain])));
    expect(ok<ApprovalRequest>(await v.call('approvals.withdraw', { id: b.id, reason: '申请人改期' })).status).toBe('withdrawn');
    expect(v.grants()).toEqual([]);
  });

  test('R-USE-1 an approval after the asked window has passed is refused and undone: the request stays submitted, no grant', async () => {
    const v = await rig();
    const until = new Date(v.ctx.clock.now().getTime() + HOUR).toISOString();
    const r = ok<ApprovalRequest>(await v.call('access.request', v.outsider([v.items.plain], { details: { validUntil: until } })));
    v.ctx.clock.advance(2 * HOUR);
    const late = await v.sign(r.id, 'liming');
    expect(!late.ok && late.error.code).toBe('BAD_INPUT');
    expect(ok<ApprovalRequest>(await v.call('approvals.get', { id: r.id }))).toMatchObject({ status: 'submitted', currentStep: 0 });
    expect(v.grants()).toEqual([]);
    expect(v.ctx.vault!.db.prepare("SELECT count(*) FROM signatures WHERE record_type = 'approvalStep'").pluck().get()).toBe(0);
  });
});
