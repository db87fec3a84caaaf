// The approval screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { approvalsEn } from './strings.en';
import { approvalsZhCN } from './strings.zh-CN';

export const approvalsStrings = defineMessages(approvalsZhCN, approvalsEn);
