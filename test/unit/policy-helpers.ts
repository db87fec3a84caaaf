// Policy test helpers (R-GOV-1): a policy value changes only the real way — the security officer
// (or, for the rules text, the CS manager) proposes on the policy path, the GM signs the 'policy'
// request at the machine. Tests of other domains that used to set a policy value directly use
// `changePolicy`; their vault needs POLICY_USERS (or people with the same logins and roles).
import type { PolicyVersionRow } from '../../electron/policy/contract/calls';
import { localDay } from '../../electron/policy/versions';
import { PW } from './auth-helpers';
import { ok, type vaultWith } from './kit';

export const POLICY_USERS = [
  { login: 'sec', roles: ['securityOfficer' as const], name: '孙保密' },
  { login: 'gm', roles: ['gm' as const], name: '陈总' },
];

type Rig = Awaited<ReturnType<typeof vaultWith>>;
/** the local date policy dates are compared with (the workstation's) */
export const today = (v: Rig, days = 0) => localDay(new Date(v.ctx.clock.now().getTime() + days * 86_400_000));

/**
 * Proposes `value` for `key` (as `proposer`, default 'sec'), the GM ('gm') approves; in force from
 * `effectiveFrom` (default today). Signs back in as `back` (default: whoever was signed in).
 */
export async function changePolicy(
  v: Rig,
  key: string,
  value: unknown,
  opts: { effectiveFrom?: string; proposer?: string; back?: string; reason?: string } = {},
): Promise<PolicyVersionRow> {
  const back = opts.back ?? v.ctx.session?.login;
  await v.as(opts.proposer ?? 'sec');
  const row = ok(await v.call('policy.propose', { key, value, effectiveFrom: opts.effectiveFrom ?? today(v), reason: opts.reason ?? '按保密工作要求调整' }));
  await v.as('gm'); // the GM signs at the machine, in their own session
  ok(await v.call('approvals.sign', { requestId: row.requestId!, meaning: 'approved', signerLogin: 'gm', signerPassword: PW }));
  if (back) await v.as(back);
  return row;
}
