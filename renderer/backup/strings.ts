// The backup screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { backupEn } from './strings.en';
import { backupZhCN } from './strings.zh-CN';

export const backupStrings = defineMessages(backupZhCN, backupEn);
