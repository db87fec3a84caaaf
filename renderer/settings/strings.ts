// Settings screen: UI strings, zh-CN with its English twin (same keys, checked by typecheck).
import { defineMessages } from '../../electron/contract/domain';

const zh = {
  'settings.title': '设置',
  'settings.language': '界面语言',
  'settings.changePassword': '修改密码',
  'settings.passwordChanged': '密码已修改',
  'settings.policy': '保密策略',
  'settings.idleLockMinutes': '空闲锁定（分钟）',
  'settings.maxFailedAttempts': '最多失败登录次数',
  'settings.classificationLabels': '密级名称（由低到高）',
  'settings.label': '密级 {{n}}',
};

export const settingsStrings = defineMessages(zh, {
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.changePassword': 'Change password',
  'settings.passwordChanged': 'Password changed',
  'settings.policy': 'Security policy',
  'settings.idleLockMinutes': 'Idle lock (minutes)',
  'settings.maxFailedAttempts': 'Max failed sign-ins',
  'settings.classificationLabels': 'Classification labels (low to high)',
  'settings.label': 'Level {{n}}',
});
