// R-SEC-4 carry-out / transmission and R-SEC-5 external provision, through the real vault and the
// real approval engine: only a designated carrier takes files out, with the pledge signed at the
// machine by the carrier themself (or on paper), the items out of the room until the return check
// closes the row; nothing is provided to another organisation before both approvals, by two
// different people.
import { afterEach, describe, expect, test } from 'vitest';
import type { CarryOutRow } from '../../electron/copies/contract/calls';
import { PW } from './auth-helpers';
import { ok } from './kit';
import { setupCopies } from './copies-fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function rig(as = 'op') {
  const v = await setupCopies(as);
  cleanup = v.cleanup;
  return v;
}

const carry = (carrierId: number, over: Record<string, unknown> = {}) => ({
  carrierId,
  destination: '中国银行北京分行授信审批部',
  measures: ['sealedEnvelope', 'escort'],
  expectedReturn: '2026-12-03T09:00:00.000Z',
  ...over,
});
const custody = (v: Awaited<ReturnType<typeof rig>>, itemId: number) =>
  v.ctx.vault!.db.prepare('SELECT custody_state FROM items WHERE id = ?').pluck().get(itemId) as string;

describe('carry-out (外出携带登记)', () => {
  test('R-SEC-4 a non-designated carrier is refused at approval and at departure; the designated one leaves with a signed pledge and returns with a check', async () => {
    const v = await rig();
    // nobody is designated by default: the approval itself is refused
    const r0 = await v.request('carryOut', carry(v.ids.dev), [v.plain]);
    expect(await v.sign(r0.id, 'sup')).toMatchObject({ ok: false, error: { code: 'NOT_CARRIER' } });
    // only the security officer designates carriers
    expect(await v.call('carryOuts.setCarriers', { roles: [], userIds: [v.ids.dev] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    await v.as('sec');
    ok(await v.call('carryOuts.setCarriers', { roles: [], userIds: [v.ids.dev] }));
    await v.as('op');
    expect(ok(await v.call('carryOuts.carriers', {})).people.map((p) => p.login)).toEqual(['dev']);
    expect(ok(await v.sign(r0.id, 'sup')).status).toBe('approved');
    // a request naming someone else as carrier is refused
    const other = await v.request('carryOut', carry(v.ids.op2), [v.second]);
    expect(await v.sign(other.id, 'sup')).toMatchObject({ ok: false, error: { code: 'NOT_CARRIER' } });

    // the pledge is the carrier's own: another person's password does not sign it
    expect(await v.call('carryOuts.depart', { requestId: r0.id, pledge: { kind: 'signed', signerLogin: 'op2', signerPassword: PW } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_CARRIER' },
    });
    expect(
      await v.call('carryOuts.depart', { requestId: r0.id, pledge: { kind: 'signed', signerLogin: 'dev', signerPassword: 'wrong-password-1' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(v.count('carry_outs')).toBe(0);
    expect(custody(v, v.plain)).toBe('onShelf');
    const out = ok<CarryOutRow>(await v.call('carryOuts.depart', { requestId: r0.id, pledge: { kind: 'signed', signerLogin: 'dev', signerPassword: PW } }));
    expect(out).toMatchObject({ requestNo: r0.no, carrierName: '孙开发', pledge: 'signed', returnedAt: null, measures: ['sealedEnvelope', 'escort'] });
    expect(out.pledgeSignature).toMatchObject({ signerName: '孙开发', valid: true });
    expect(out.requestNo).toMatch(/^WC-/);
    expect(custody(v, v.plain)).toBe('onLoan');
    // once recorded, never twice
    expect(await v.call('carryOuts.depart', { requestId: r0.id, pledge: { kind: 'paper', note: '纸质承诺书已签' } })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_RECORDED' },
    });
    // an item already out cannot go out again
    const again = await v.request('carryOut', carry(v.ids.dev), [v.plain]);
    ok(await v.sign(again.id, 'sup'));
    expect(await v.call('carryOuts.depart', { requestId: again.id, pledge: { kind: 'paper', note: '纸质承诺书已签' } })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_NOT_IN_ROOM' },
    });

    // the return check: anything but intact needs a note; the check closes the row
    expect(await v.call('carryOuts.return', { id: out.id, check: 'sealBroken' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const back = ok(await v.call('carryOuts.return', { id: out.id, check: 'sealBroken', note: '信封封签有撕痕，材料页数齐全' }));
    expect(back).toMatchObject({ returnCheck: 'sealBroken', returnedByName: '王建国' });
    expect(custody(v, v.plain)).toBe('onShelf');
    expect(await v.call('carryOuts.return', { id: out.id, check: 'intact' })).toMatchObject({ ok: false, error: { code: 'ALREADY_RECORDED' } });
    expect(() => v.ctx.vault!.db.prepare(`UPDATE carry_outs SET return_check = 'intact' WHERE id = ?`).run(out.id)).toThrow(/closed/);
    expect(v.audit('copies.carryOut.depart')).toHaveLength(1);
    expect(v.audit('copies.carryOut.return')).toHaveLength(1);
  });

  test('R-SEC-4 a carrier by role, a pledge signed on paper; a carrier no longer designated cannot leave', async () => {
    const v = await rig();
    await v.as('sec');
    ok(await v.call('carryOuts.setCarriers', { roles: ['devSpecialist'], userIds: [] }));
    await v.as('op');
    const r = await v.request('carryOut', carry(v.ids.dev, { measures: ['encryptedMedia', 'other'], measuresNote: '加密U盘，密码另行传递' }), [v.second]);
    ok(await v.sign(r.id, 'sup'));
    await v.as('sec');
    ok(await v.call('carryOuts.setCarriers', { roles: [], userIds: [] }));
    await v.as('op');
    expect(await v.call('carryOuts.depart', { requestId: r.id, pledge: { kind: 'paper', note: '纸质保密承诺书已签，编号 BM-031' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_CARRIER' },
    });
    await v.as('sec');
    ok(await v.call('carryOuts.setCarriers', { roles: ['devSpecialist'], userIds: [] }));
    await v.as('op');
    const out = ok(await v.call('carryOuts.depart', { requestId: r.id, pledge: { kind: 'paper', note: '纸质保密承诺书已签，编号 BM-031' } }));
    expect(out).toMatchObject({ pledge: 'paper', pledgeSignature: null, measuresNote: '加密U盘，密码另行传递' });
  });

  test('R-SEC-4 malformed carry-out input is refused and changes nothing', async () => {
    const v = await rig();
    const before = v.count('requests');
    for (const details of [
      carry(v.ids.dev, { measures: [] }),
      carry(v.ids.dev, { measures: ['other'] }),
      carry(v.ids.dev, { expectedReturn: 'tomorrow' }),
      carry(v.ids.dev, { destination: '' }),
    ]) {
      const r = await v.call('approvals.create', {
        type: 'carryOut',
        applicant: { kind: 'staff', name: '孙开发', unit: '开发部' },
        targets: { scope: 'items', itemIds: [v.plain] },
        purpose: '送审',
        reason: '送审',
        details,
        submit: true,
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(v.count('requests')).toBe(before);
    const audit = v.count('audit_entry');
    expect(await v.raw('carryOuts.depart', { requestId: 1, pledge: { kind: 'signed', signerLogin: 'dev' } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await v.raw('carryOuts.return', { id: 1, check: 'lost' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(v.count('audit_entry')).toBe(audit);
  });
});

describe('external provision (对外提供登记)', () => {
  const provision = {
    recipientOrg: '北京市某律师事务所',
    legalBasis: '《委托代理协议》第5条',
    agreementRef: 'WT-2026-015',
    providedWhat: '授信合同复印件一份',
    method: 'paper',
  };

  test('R-SEC-5 both approvals (information supervisor AND CS manager) before anything leaves; one person cannot give both', async () => {
    const v = await rig();
    const r = await v.request('externalProvision', provision, [v.plain]);
    expect(r.no).toMatch(/^DW-/);
    expect(await v.call('provisions.record', { requestId: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_APPROVED' } });
    // one person holding both roles signs the first step, and cannot sign the second
    expect(ok(await v.sign(r.id, 'both')).status).toBe('submitted');
    expect(await v.call('provisions.record', { requestId: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_APPROVED' } });
    const twice = await v.sign(r.id, 'both');
    expect(twice.ok).toBe(false);
    expect(v.count('provisions')).toBe(0);
    // the CS manager completes the AND
    expect(ok(await v.sign(r.id, 'csm')).status).toBe('approved');
    const row = ok(await v.call('provisions.record', { requestId: r.id, receivedBy: '周律师', providedAt: '2026-12-01T06:30:00.000Z' }));
    expect(row).toMatchObject({
      requestNo: r.no,
      recipientOrg: '北京市某律师事务所',
      agreementRef: 'WT-2026-015',
      method: 'paper',
      receivedBy: '周律师',
      providedByName: '王建国',
    });
    expect(row.approvals.map((a) => [a.signerName, a.valid])).toEqual([
      ['赵兼任', true],
      ['张伟', true],
    ]);
    expect(row.items.map((i) => i.title)).toEqual(['2025年度授信合同']);
    expect(await v.call('provisions.record', { requestId: r.id })).toMatchObject({ ok: false, error: { code: 'ALREADY_RECORDED' } });
    expect(() => v.ctx.vault!.db.prepare(`UPDATE provisions SET recipient_org = 'x' WHERE id = ?`).run(row.id)).toThrow(/never change/);
  });

  test('R-SEC-5 a CS manager alone, or a rejected step, lets nothing leave; malformed details change nothing', async () => {
    const v = await rig();
    const r = await v.request('externalProvision', provision, [v.plain]);
    expect(await v.sign(r.id, 'csm')).toMatchObject({ ok: false }); // the information supervisor's step comes first
    ok(await v.sign(r.id, 'sup', 'rejected'));
    expect(await v.call('provisions.record', { requestId: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_APPROVED' } });
    const before = v.count('requests');
    const bad = await v.call('approvals.create', {
      type: 'externalProvision',
      applicant: { kind: 'staff', name: '孙开发', unit: '开发部' },
      targets: { scope: 'items', itemIds: [v.plain] },
      purpose: '提供',
      reason: '提供',
      details: { ...provision, method: 'fax' },
      submit: true,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(v.count('requests')).toBe(before);
    expect(v.count('provisions')).toBe(0);
  });
});
