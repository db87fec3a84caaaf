// The loan screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { loansEn } from './strings.en';
import { loansZhCN } from './strings.zh-CN';

export const loansStrings = defineMessages(loansZhCN, loansEn);
