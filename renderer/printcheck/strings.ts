// The print verification screen's UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { printcheckEn } from './strings.en';
import { printcheckZhCN } from './strings.zh-CN';

export const printcheckStrings = defineMessages(printcheckZhCN, printcheckEn);
