// Approval policy (R-GOV-1): the chain of steps per request type, and how long a pending request
// lives. Data, not code: settings rows 'approvals.chains', 'approvals.expireDays',
// 'approvals.overdueDays' (issue 9 puts their changes under GM approval); the defaults are below.
import { DomainError } from '../contract/result';
import type { Db } from '../vault/db';
import { registerPolicyValue } from '../settings/policyValues';
import { approvalPolicySchema, type ApplicantKind, type ApprovalPolicy, type ChainStep, type Level } from './contract/calls';

const CS = { zh: '客服部', en: 'CS department' };
export const DEFAULT_CHAINS: Record<string, ChainStep[]> = {
  // R-USE-3: CS review; the CS manager too for 机密/绝密, or an outsider asking for anything classified
  access: [
    { key: 'review', label: { zh: `${CS.zh}审核`, en: `${CS.en} review` }, anyOf: ['infoSupervisor', 'csManager'] },
    {
      key: 'csManager',
      label: { zh: '客服部经理审批', en: 'CS manager approval' },
      anyOf: ['csManager'],
      when: { minClassification: 2, outsiderMinClassification: 1 },
    },
  ],
  // R-LOAN-2: the information specialist; the CS manager too for 机密/绝密
  loan: [
    { key: 'specialist', label: { zh: '信息管理专员审批', en: 'Information specialist approval' }, anyOf: ['operator'] },
    { key: 'csManager', label: { zh: '客服部经理审批', en: 'CS manager approval' }, anyOf: ['csManager'], when: { minClassification: 2 } },
  ],
  // R-SEC-3: GM or information supervisor
  copy: [{ key: 'approver', label: { zh: '总经理或客户信息主管审批', en: 'GM or information supervisor approval' }, anyOf: ['gm', 'infoSupervisor'] }],
  // R-SEC-4
  carryOut: [{ key: 'approver', label: { zh: '客户信息主管审批', en: 'Information supervisor approval' }, anyOf: ['infoSupervisor'] }],
  // R-SEC-5: both, before anything leaves
  externalProvision: [
    { key: 'infoSupervisor', label: { zh: '客户信息主管审批', en: 'Information supervisor approval' }, anyOf: ['infoSupervisor'] },
    { key: 'csManager', label: { zh: '客服部经理审批', en: 'CS manager approval' }, anyOf: ['csManager'] },
  ],
  // R-SEC-6: a destruction batch (electron/destruction), the CS manager then the GM
  destruction: [
    { key: 'csManager', label: { zh: '客服部经理审批', en: 'CS manager approval' }, anyOf: ['csManager'] },
    { key: 'gm', label: { zh: '总经理审批', en: 'GM approval' }, anyOf: ['gm'] },
  ],
  // R-GOV-1: a policy change (electron/policy), approved by the GM; this chain itself is fixed
  policy: [{ key: 'gm', label: { zh: '总经理审批', en: 'GM approval' }, anyOf: ['gm'] }],
  // R-REP-3: a report template's change, the GM
  reportTemplate: [{ key: 'gm', label: { zh: '总经理审批', en: 'GM approval' }, anyOf: ['gm'] }],
  // R-REP-2: another department's report request, the CS manager reviews, the GM approves
  reportRequest: [
    { key: 'csManager', label: { zh: '客服部经理审核', en: 'CS manager review' }, anyOf: ['csManager'] },
    { key: 'gm', label: { zh: '总经理审批', en: 'GM approval' }, anyOf: ['gm'] },
  ],
};

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = { chains: DEFAULT_CHAINS, expireDays: 7, overdueDays: 2 };

export const POLICY_KEYS = { chains: 'approvals.chains', expireDays: 'approvals.expireDays', overdueDays: 'approvals.overdueDays' } as const;

// R-GOV-1: the chains and the time limits change only through GM-approved policy versions; the
// chain of a policy change itself stays the GM's (nobody approves away the GM's approval)
const gmOnly = (steps: ChainStep[] | undefined) => !steps || (steps.length === 1 && steps[0]!.anyOf.length === 1 && steps[0]!.anyOf[0] === 'gm');
registerPolicyValue({
  key: POLICY_KEYS.chains,
  label: { zh: '审批流程（各类申请的审批步骤）', en: 'Approval chains per request type' },
  schema: approvalPolicySchema.shape.chains.refine((c) => gmOnly(c.policy), 'v.policyChainFixed'),
  default: DEFAULT_CHAINS,
  domain: 'approvals',
});
registerPolicyValue({
  key: POLICY_KEYS.expireDays,
  label: { zh: '待审申请失效期限', en: 'Pending request expiry' },
  schema: approvalPolicySchema.shape.expireDays,
  default: DEFAULT_APPROVAL_POLICY.expireDays,
  unit: { zh: '天', en: 'days' },
  domain: 'approvals',
});
registerPolicyValue({
  key: POLICY_KEYS.overdueDays,
  label: { zh: '审批超时提醒期限', en: 'Approval overdue after' },
  schema: approvalPolicySchema.shape.overdueDays,
  default: DEFAULT_APPROVAL_POLICY.overdueDays,
  unit: { zh: '天', en: 'days' },
  domain: 'approvals',
});

function setting<T>(db: Db, key: string): T | undefined {
  const json = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as T);
}

/** The policy in force: stored chains override the defaults per type (a type not stored keeps its default). */
export function getApprovalPolicy(db: Db): ApprovalPolicy {
  const chains = setting<Record<string, ChainStep[]>>(db, POLICY_KEYS.chains);
  return {
    chains: { ...DEFAULT_CHAINS, ...(chains ?? {}) },
    expireDays: setting<number>(db, POLICY_KEYS.expireDays) ?? DEFAULT_APPROVAL_POLICY.expireDays,
    overdueDays: setting<number>(db, POLICY_KEYS.overdueDays) ?? DEFAULT_APPROVAL_POLICY.overdueDays,
  };
}

/** Whether a step's condition holds for these targets and this applicant (no `when` = always). */
export function stepApplies(step: ChainStep, highest: Level, applicant: ApplicantKind): boolean {
  const w = step.when;
  if (!w || (w.minClassification === undefined && w.outsiderMinClassification === undefined)) return true;
  if (w.minClassification !== undefined && highest >= w.minClassification) return true;
  return applicant === 'outsider' && w.outsiderMinClassification !== undefined && highest >= w.outsiderMinClassification;
}

/** The steps a request of `type` goes through, computed at submission and frozen on the request. */
export function chainFor(policy: ApprovalPolicy, type: string, highest: Level, applicant: ApplicantKind): ChainStep[] {
  const steps = policy.chains[type];
  if (!steps || steps.length === 0) throw new DomainError('UNKNOWN_REQUEST_TYPE', `no approval chain for request type ${type}`);
  return steps.filter((s) => stepApplies(s, highest, applicant)).map(({ key, label, anyOf }) => ({ key, label, anyOf: [...anyOf] }));
}
