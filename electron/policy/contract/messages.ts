// Policy messages (errors.<code> and v.<validation>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const policyMessages = defineMessages(
  {
    'errors.UNKNOWN_POLICY': '没有这项策略',
    'errors.POLICY_UNCHANGED': '提议的值与现行版本相同',
    'errors.POLICY_NOT_PROPOSER': '该项策略不能由您提出修改（策略值由安全保密员提出，制度文本由客服部修订）',
    'v.effectivePast': '生效日期不能早于今天',
    'v.policyValue': '策略值不符合要求',
    'v.policyChainFixed': '策略变更申请的审批流程固定为总经理审批，不能修改',
  },
  {
    'errors.UNKNOWN_POLICY': 'No such policy value',
    'errors.POLICY_UNCHANGED': 'The proposed value equals the version in force',
    'errors.POLICY_NOT_PROPOSER': 'You may not propose a change of this value (policy values: the security officer; the regulation text: the CS department)',
    'v.effectivePast': 'The effective date cannot be before today',
    'v.policyValue': 'The policy value is not valid',
    'v.policyChainFixed': 'The chain of a policy change is fixed (GM approval) and cannot be changed',
  },
);
