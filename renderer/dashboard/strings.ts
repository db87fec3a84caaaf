// The dashboard's UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { dashboardEn } from './strings.en';
import { dashboardZhCN } from './strings.zh-CN';

export const dashboardStrings = defineMessages(dashboardZhCN, dashboardEn);
