// The archive screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { archiveEn } from './strings.en';
import { archiveZhCN } from './strings.zh-CN';

export const archiveStrings = defineMessages(archiveZhCN, archiveEn);
