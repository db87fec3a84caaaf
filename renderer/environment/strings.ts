// The environment screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { environmentEn } from './strings.en';
import { environmentZhCN } from './strings.zh-CN';

export const environmentStrings = defineMessages(environmentZhCN, environmentEn);
