// The destruction screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { destructionEn } from './strings.en';
import { destructionZhCN } from './strings.zh-CN';

export const destructionStrings = defineMessages(destructionZhCN, destructionEn);
