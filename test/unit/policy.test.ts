// R-GOV-1 / R-SEC-1: policy under GM approval, over a real vault with an injected clock. A change
// is proposed by the security officer and has no effect until the GM signs; it applies from its
// date only; decisions made before keep the version they were made under; a new rules version is
// acknowledged again at the next sign-in; malformed proposals are refused with nothing written.
import { describe, expect, test } from 'vitest';
import { signIn } from '../../electron/people/signIn';
import { PW } from './auth-helpers';
import { ok, vaultWith } from './kit';
import { lend, setupLoans } from './loans-fixture';
import { changePolicy, POLICY_USERS, today } from './policy-helpers';

const DAY = 86_400_000;
const USERS = [...POLICY_USERS, { login: 'op', roles: ['operator' as const], name: '王专员' }, { login: 'csm', roles: ['csManager' as const], name: '张经理' }];
const count = (v: { ctx: { vault: { db: { prepare(s: string): { pluck(): { get(): unknown } } } } | null } }, t: string) =>
  v.ctx.vault!.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;

describe('R-GOV-1 policy under GM approval', () => {
  test('R-GOV-1 a proposed change has no effect until the GM approves; then it is version 2 and applies from its date', async () => {
    const v = await vaultWith(USERS, { as: 'sec' });
    expect(ok(await v.call('loans.policy')).days).toBe(3);
    const row = ok(
      await v.call('policy.propose', {
        key: 'loans.policy',
        value: { days: 2, mode: 'calendar', dueTime: '17:30' },
        effectiveFrom: today(v, 2),
        reason: '缩短借阅期限',
      }),
    );
    expect(row).toMatchObject({ version: null, state: 'pending', changes: [{ path: 'days', from: '3', to: '2' }] });
    await v.as('gm');
    const req = ok(await v.call('approvals.get', { id: row.requestId! }));
    expect(req.no).toMatch(/^ZC-/);
    expect(req.chain.map((c) => c.anyOf)).toEqual([['gm']]);
    // not approved: even once its date has come, nothing changes
    v.ctx.clock.advance(3 * DAY);
    expect(ok(await v.call('loans.policy')).days).toBe(3);
    expect(ok(await v.call('policy.list')).find((p) => p.key === 'loans.policy')).toMatchObject({ version: 1, pending: [{ requestNo: req.no }] });

    // a second proposal, approved by the GM, dated two days ahead: in force only from that date
    await v.as('sec');
    const second = ok(
      await v.call('policy.propose', {
        key: 'loans.policy',
        value: { days: 1, mode: 'calendar', dueTime: '17:30' },
        effectiveFrom: today(v, 2),
        reason: '再缩短',
      }),
    );
    await v.as('gm');
    ok(await v.call('approvals.sign', { requestId: second.requestId!, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
    expect(ok(await v.call('loans.policy')).days).toBe(3);
    expect(ok(await v.call('policy.list')).find((p) => p.key === 'loans.policy')).toMatchObject({
      version: 1,
      scheduled: { version: 2, effectiveFrom: today(v, 2) },
    });
    v.ctx.clock.advance(DAY);
    expect(ok(await v.call('loans.policy')).days).toBe(3);
    v.ctx.clock.advance(DAY);
    expect(ok(await v.call('loans.policy')).days).toBe(1);
    const history = ok(await v.call('policy.history', { key: 'loans.policy' }));
    expect(history.map((h) => [h.version, h.state, h.approvedByName])).toEqual([
      [2, 'approved', '陈总'],
      [null, 'pending', null],
      [1, 'approved', null],
    ]);
    expect(history[0]!.changes).toEqual([{ path: 'days', from: '3', to: '1' }]);
    const actions = v.ctx.vault!.db.prepare(`SELECT action FROM audit_entry WHERE action LIKE 'policy.%' ORDER BY seq`).pluck().all();
    expect(actions).toEqual(['policy.baseline', 'policy.propose', 'policy.propose', 'policy.approve', 'policy.apply']);
  });

  test('R-GOV-1 a policy value is never edited directly: the old setters and settings.update refuse, nothing written', async () => {
    const v = await vaultWith(USERS, { as: 'sec' });
    const before = count(v, 'audit_entry');
    for (const [name, input] of [
      ['loans.setPolicy', { days: 2, mode: 'calendar', dueTime: '17:30' }],
      ['inspections.setPolicy', { intervalMonths: 3, dueSoonDays: 14 }],
      ['archive.setPolicy', { numberPattern: '{cat}{yyyy}{seq:6}', contentRoles: [['operator'], ['operator'], [], []] }],
    ] as const)
      expect(await v.raw(name, input)).toMatchObject({ ok: false, error: { code: 'POLICY_NEEDS_APPROVAL' } });
    const s = ok(await v.call('settings.get'));
    expect(await v.call('settings.update', { ...s, idleLockMinutes: 30 })).toMatchObject({ ok: false, error: { code: 'POLICY_NEEDS_APPROVAL' } });
    expect(count(v, 'audit_entry')).toBe(before);
    // not a policy value: still direct
    ok(await v.call('settings.update', { ...s, orgName: '华东客户服务中心' }));
    await changePolicy(v, 'idleLockMinutes', 20);
    expect(ok(await v.call('settings.get')).idleLockMinutes).toBe(20);
  });

  test('R-GOV-1 old decisions keep the version they were made under: a loan issued before a loan-days change keeps its due date', async () => {
    const v = await setupLoans();
    const [first] = await lend(v, [{ itemId: v.items.a }]);
    await changePolicy(v, 'loans.policy', { days: 1, mode: 'calendar', dueTime: '17:30' });
    const [second] = await lend(v, [{ itemId: v.items.b }]);
    const loans = ok(await v.call('loans.list', {} as never));
    expect(loans.find((l) => l.id === first!.id)!.dueAt).toBe(first!.dueAt);
    expect(second!.dueAt < first!.dueAt).toBe(true);
    expect(ok(await v.call('loans.policy')).days).toBe(1);
  });

  test('R-SEC-1 R-GOV-1 a new rules version (CS department revises, GM approves) is acknowledged again at the next sign-in', async () => {
    const v = await vaultWith(USERS, { as: 'op' });
    expect(ok(await v.call('auth.rulesText'))).toBeNull();
    const text = {
      zhCN: ['一、不得泄露客户信息。', '二、离开工位须锁屏。'],
      en: ['1. Never disclose customer information.', '2. Lock the screen when leaving.'],
    };
    expect(await v.raw('policy.propose', { key: 'rules.text', value: text, effectiveFrom: today(v, 1), reason: '修订' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ROLE' },
    });
    await v.as('sec');
    expect(await v.call('policy.propose', { key: 'rules.text', value: text, effectiveFrom: today(v, 1), reason: '修订' })).toMatchObject({
      ok: false,
      error: { code: 'POLICY_NOT_PROPOSER' },
    });
    await changePolicy(v, 'rules.text', text, { proposer: 'csm', effectiveFrom: today(v, 1), back: 'op' });
    // approved but not yet promulgated: the old acknowledgement still holds
    expect((await signIn(v.ctx, 'op', PW)).rulesAcknowledged).toBe(true);
    v.ctx.clock.advance(DAY);
    const info = await signIn(v.ctx, 'op', PW);
    expect(info.rulesAcknowledged).toBe(false);
    expect(await v.call('loans.policy')).toMatchObject({ ok: false, error: { code: 'RULES_NOT_ACKNOWLEDGED' } });
    expect(ok(await v.call('auth.rulesText'))).toEqual(text);
    expect(ok(await v.call('auth.acknowledgeRules', { accepted: true })).rulesAcknowledged).toBe(true);
    expect((await signIn(v.ctx, 'op', PW)).rulesAcknowledged).toBe(true);
    // everyone else too
    expect((await signIn(v.ctx, 'gm', PW)).rulesAcknowledged).toBe(false);
  });

  test('R-GOV-1 malformed or refused proposals are refused with a clear message and nothing written', async () => {
    const v = await vaultWith(USERS, { as: 'sec', locale: 'zh-CN' });
    const good = { key: 'loans.policy', value: { days: 2, mode: 'calendar', dueTime: '17:30' }, effectiveFrom: today(v), reason: '调整' };
    const tables = () => ['policy_versions', 'requests', 'audit_entry', 'settings'].map((t) => count(v, t));
    const before = tables();
    const cases: [unknown, string, string?][] = [
      [{ ...good, key: 'no.such' }, 'UNKNOWN_POLICY'],
      [{ ...good, value: { days: 9, mode: 'calendar', dueTime: '17:30' } }, 'BAD_INPUT', 'value.days'],
      [{ ...good, value: 'three' }, 'BAD_INPUT', 'value'],
      [{ ...good, effectiveFrom: today(v, -1) }, 'BAD_INPUT', 'effectiveFrom'],
      [{ ...good, effectiveFrom: '2026-13-01' }, 'BAD_INPUT', 'effectiveFrom'],
      [{ ...good, reason: '' }, 'BAD_INPUT', 'reason'],
      [{ ...good, value: { days: 3, mode: 'calendar', dueTime: '17:30' } }, 'POLICY_UNCHANGED'],
      [
        { ...good, key: 'approvals.chains', value: { policy: [{ key: 'x', label: { zh: '任何人', en: 'anyone' }, anyOf: ['operator'] }] } },
        'BAD_INPUT',
        'value',
      ],
      [{ ...good, extra: 1 }, 'BAD_INPUT'],
    ];
    for (const [input, code, path] of cases) {
      const r = await v.raw('policy.propose', input);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      if (path && !r.ok) expect(r.error.issues?.map((i) => i.path)).toContain(path);
    }
    // POLICY_UNCHANGED wrote the first-run versions? no: the transaction rolled back
    expect(tables()).toEqual(before);
    await v.as('op');
    expect(await v.raw('policy.propose', good)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(tables().slice(0, 2)).toEqual(before.slice(0, 2));
  });

  test('R-GOV-1 a proposal the GM rejects never becomes a version; the policy register prints every version', async () => {
    const v = await vaultWith(USERS, { as: 'sec' });
    const row = ok(
      await v.call('policy.propose', { key: 'inspections.policy', value: { intervalMonths: 3, dueSoonDays: 14 }, effectiveFrom: today(v), reason: '加密检查' }),
    );
    await v.as('gm');
    ok(await v.call('approvals.sign', { requestId: row.requestId!, meaning: 'rejected', reason: '无必要', signerLogin: 'gm', signerPassword: PW }));
    expect(ok(await v.call('inspections.policy')).intervalMonths).toBe(6);
    expect(ok(await v.call('policy.history', { key: 'inspections.policy' })).map((h) => [h.version, h.state])).toEqual([
      [null, 'rejected'],
      [1, 'approved'],
    ]);
    await changePolicy(v, 'loans.policy', { days: 2, mode: 'calendar', dueTime: '17:30' });
    let html = '';
    v.ctx.printer = { ...v.ctx.printer, toPdf: async (h) => ((html = h), { path: '/tmp/policy-register.pdf', pages: 1 }) };
    ok(await v.call('policy.printRegister', { target: 'pdf' }));
    expect(html).toContain('制度/策略变更登记簿');
    expect(html).toContain('天数 3 → 2'); // old → new, in words
    expect(html).toContain('陈总'); // approved by the GM
    expect(html).toContain('孙保密'); // proposed by the security officer
    expect(html).toContain('已驳回');
  });
});
