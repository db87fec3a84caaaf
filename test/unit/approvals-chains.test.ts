// R-GOV-1 the chain comes from policy, per request type, highest classification of the targets
// and applicant kind — and every chain is signed through to 'approved' by the people it names.
import { describe, expect, test } from 'vitest';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import { ok } from './kit';
import { MIRROR, outsider, request, setChains, setupApprovals, SIGN_PW, staff, type DefaultType } from './approvals-fixture';

type Kind = 'staff' | 'outsider';
/** The expected step keys, written out (not computed by the engine's own chainFor). */
function expected(type: string, c: number, kind: Kind): string[] {
  switch (type) {
    case 'access':
      return c >= 2 || (kind === 'outsider' && c >= 1) ? ['review', 'csManager'] : ['review'];
    case 'loan':
      return c >= 2 ? ['specialist', 'csManager'] : ['specialist'];
    case 'copy':
    case 'carryOut':
      return ['approver'];
    case 'externalProvision':
      return ['infoSupervisor', 'csManager'];
  }
  throw new Error(type);
}
/** Who signs each step (a holder of the step's role; never the same person twice). */
const SIGNER: Record<string, Record<string, string>> = {
  access: { review: 'sup', csManager: 'csm' },
  loan: { specialist: 'op2', csManager: 'csm' },
  copy: { approver: 'gm' },
  carryOut: { approver: 'sup' },
  externalProvision: { infoSupervisor: 'sup', csManager: 'csm' },
};
const ROLES: Record<string, Record<string, string[]>> = {
  access: { review: ['infoSupervisor', 'csManager'], csManager: ['csManager'] },
  loan: { specialist: ['operator'], csManager: ['csManager'] },
  copy: { approver: ['gm', 'infoSupervisor'] },
  carryOut: { approver: ['infoSupervisor'] },
  externalProvision: { infoSupervisor: ['infoSupervisor'], csManager: ['csManager'] },
};

describe('approval chains', () => {
  for (const type of Object.keys(MIRROR) as DefaultType[]) {
    test(`R-GOV-1 R-USE-3 R-LOAN-2 R-SEC-3 R-SEC-4 R-SEC-5 ${type}: the chain for each classification 0–3, staff and outsider, signed through to approved`, async () => {
      const v = await setupApprovals('op');
      for (const c of [0, 1, 2, 3]) {
        for (const kind of ['staff', 'outsider'] as const) {
          // the targets' highest classification decides: an ordinary item plus the level-c one
          const itemIds = c === 0 ? [v.items[0]!] : [v.items[0]!, v.items[c]!];
          const r = ok(await v.call('approvals.create', request({ type: MIRROR[type].type, applicant: kind === 'staff' ? staff() : outsider(), itemIds })));
          expect(r.status).toBe('submitted');
          expect(r.highestClassification).toBe(c);
          expect(
            r.chain.map((s) => s.key),
            `${type} c${c} ${kind}`,
          ).toEqual(expected(type, c, kind));
          expect(r.chain.map((s) => s.anyOf)).toEqual(expected(type, c, kind).map((k) => ROLES[type]![k]));
          expect(r.chain[0]!.state).toBe('current');
          let now: ApprovalRequest = r;
          for (const step of r.chain) {
            now = ok(await v.call('approvals.sign', { requestId: r.id, meaning: 'approved', signerLogin: SIGNER[type]![step.key]!, signerPassword: SIGN_PW }));
          }
          expect(now.status).toBe('approved');
          expect(now.chain.every((s) => s.state === 'approved' && s.signature?.valid === true)).toBe(true);
          expect(now.verified).toBe(true);
          expect(now.decidedAt).not.toBeNull();
        }
      }
    });
  }

  test('R-GOV-1 chains are policy data: a stored chain replaces the default for its type, a new type needs no engine code', async () => {
    const v = await setupApprovals('op');
    setChains(v.ctx, { [MIRROR.copy.type]: [{ key: 'gmOnly', label: { zh: '总经理审批', en: 'GM approval' }, anyOf: ['gm'] }] });
    const r = ok(await v.call('approvals.create', request({ type: MIRROR.copy.type, itemIds: [v.items[0]!] })));
    expect(r.chain.map((s) => [s.key, s.anyOf])).toEqual([['gmOnly', ['gm']]]);
    // the other types keep their defaults
    const l = ok(await v.call('approvals.create', request({ type: MIRROR.loan.type, itemIds: [v.items[3]!] })));
    expect(l.chain.map((s) => s.key)).toEqual(['specialist', 'csManager']);
    const p = ok(await v.call('approvals.policy', {}));
    expect(p.expireDays).toBe(7);
    expect(p.chains.externalProvision!.map((s) => s.key)).toEqual(['infoSupervisor', 'csManager']);
  });

  test('R-GOV-1 the chain is frozen at submission: a policy change later does not alter a pending request', async () => {
    const v = await setupApprovals('op');
    const r = ok(await v.call('approvals.create', request({ applicant: staff(), itemIds: [v.items[0]!] })));
    setChains(v.ctx, { [MIRROR.access.type]: [{ key: 'x', label: { zh: '甲', en: 'x' }, anyOf: ['gm'] }] });
    const again = ok(await v.call('approvals.get', { id: r.id }));
    expect(again.chain.map((s) => s.key)).toEqual(['review']);
  });
});
