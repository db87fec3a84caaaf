// The report screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { reportsEn } from './strings.en';
import { reportsZhCN } from './strings.zh-CN';

export const reportsStrings = defineMessages(reportsZhCN, reportsEn);
