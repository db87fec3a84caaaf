// The leak incident screens' UI strings: zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';
import { incidentsEn } from './strings.en';
import { incidentsZhCN } from './strings.zh-CN';

export const incidentsStrings = defineMessages(incidentsZhCN, incidentsEn);
