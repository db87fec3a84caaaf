// The shell's and the foundation screens' UI strings (setup, sign-in, users, audit, settings).
import { defineMessages } from '../../electron/contract/domain';
import { en } from './en';
import { zhCN } from './zh-CN';

export const coreStrings = defineMessages(zhCN, en);
