// Settings in the menu (every member reads settings; the security officer changes them).
import { SettingOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { SettingsScreen } from './SettingsScreen';

export const settingsPages: readonly PageEntry[] = [{ key: 'settings', icon: <SettingOutlined />, call: 'settings.get', render: () => <SettingsScreen /> }];
