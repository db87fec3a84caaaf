// The inspection and repair screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { inspectionsEn } from './strings.en';
import { inspectionsZhCN } from './strings.zh-CN';

export const inspectionsStrings = defineMessages(inspectionsZhCN, inspectionsEn);
