// Settings, main-process entry.
import { defineDomain } from '../core/domain';
import { settingsContract } from './contract';
import { settingsHandlers } from './handlers';

export const settingsDomain = defineDomain({ contract: settingsContract, handlers: settingsHandlers });
