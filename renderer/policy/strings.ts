// The policy screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { policyEn } from './strings.en';
import { policyZhCN } from './strings.zh-CN';

export const policyStrings = defineMessages(policyZhCN, policyEn);
