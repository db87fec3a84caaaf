// The access screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { accessEn } from './strings.en';
import { accessZhCN } from './strings.zh-CN';

export const accessStrings = defineMessages(accessZhCN, accessEn);
