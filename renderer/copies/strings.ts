// The copies screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { copiesEn } from './strings.en';
import { copiesZhCN } from './strings.zh-CN';

export const copiesStrings = defineMessages(copiesZhCN, copiesEn);
