// Handlers for the policy calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { printRegister, registerMeta } from '../print/print-register';
import type { policyCalls } from './contract/calls';
import { registerRegisterSource } from '../print/page-marks';
import { buildPolicyRegister, POLICY_REGISTER_CODE } from './registers/policy-register';
import { listPolicy, policyHistory, proposePolicy } from './versions';

type PolicyCallName = Extract<CallName, keyof typeof policyCalls>;

export const policyHandlers: { [N in PolicyCallName]: Handler<N> } = {
  'policy.list': (_input, cx) => listPolicy(cx.db, cx.clock, cx.actor.roles),
  'policy.history': ({ key }, cx) => policyHistory(cx.db, key),
  'policy.propose': (input, cx) => proposePolicy(cx.vault, cx.clock, cx.actor, input),
  'policy.printRegister': ({ target }, cx) => printRegister(cx, buildPolicyRegister(cx.vault, registerMeta(cx)), target, {}),
};

// print verification: the register built again (it has no parameters), rows by their record number
registerRegisterSource(POLICY_REGISTER_CODE, { rebuild: (vault, _p, opts) => buildPolicyRegister(vault, opts), rowKey: (row) => String(row.no) });
