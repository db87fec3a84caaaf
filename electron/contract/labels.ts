// Names of roles and audit actions in the UI, on paper and in the command line: one table,
// glossary wording (shared/spec/glossary.md), zh-CN first. Pure data: the renderer imports it too.
// Unknown action codes show as-is rather than failing: a new domain must never break a screen
// or a printout.
import type { Role } from './roles';
import type { Locale } from './types';

export type Pair = { zh: string; en: string };
export const pick = (p: Pair, locale: Locale) => (locale === 'en' ? p.en : p.zh);

export const ROLE_LABELS: Record<Role, Pair> = {
  operator: { zh: '信息管理专员', en: 'Archive operator (information specialist)' },
  devSpecialist: { zh: '客户开发专员', en: 'Customer development specialist' },
  infoSupervisor: { zh: '客户信息主管', en: 'Customer information supervisor' },
  csManager: { zh: '客户服务部经理', en: 'Customer-service manager' },
  gm: { zh: '总经理', en: 'General manager' },
  custodian: { zh: '指定保管人', en: 'Designated custodian' },
  sysAdmin: { zh: '系统管理员', en: 'System administrator' },
  securityOfficer: { zh: '安全保密员', en: 'Security officer' },
  auditor: { zh: '审计员', en: 'Auditor' },
};

export function roleLabel(role: string, locale: Locale): string {
  const p = (ROLE_LABELS as Record<string, Pair | undefined>)[role];
  return p ? pick(p, locale) : role;
}

export const ACTION_LABELS: Record<string, Pair> = {
  'vault.create': { zh: '创建档案库', en: 'Vault created' },
  'vault.recoveryConfirmed': { zh: '确认恢复码', en: 'Recovery code confirmed' },
  'vault.recover': { zh: '使用恢复码重置密码', en: 'Password recovered' },
  'vault.demo': { zh: '创建演示数据', en: 'Demo data created' },
  'auth.signIn': { zh: '登录', en: 'Sign-in' },
  'auth.signOut': { zh: '退出登录', en: 'Sign-out' },
  'auth.lock': { zh: '锁定屏幕', en: 'Screen locked' },
  'auth.idleLock': { zh: '闲置自动锁定', en: 'Idle lock' },
  'auth.signInFailed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.failed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.disabledSignIn': { zh: '停用账户尝试登录', en: 'Sign-in to disabled account' },
  'auth.recover': { zh: '使用恢复码重置密码', en: 'Password recovered' },
  'auth.recoverFailed': { zh: '恢复码错误', en: 'Failed recovery' },
  'auth.changePasswordFailed': { zh: '修改密码失败', en: 'Failed password change' },
  'auth.lockout': { zh: '账户锁定', en: 'Account locked out' },
  'auth.acknowledgeRules': { zh: '确认保密规定', en: 'Rules acknowledged' },
  'auth.rulesAcknowledged': { zh: '确认保密规定', en: 'Rules acknowledged' },
  'auth.changePassword': { zh: '修改密码', en: 'Password changed' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User updated' },
  'user.resetPassword': { zh: '重置密码', en: 'Password reset' },
  'user.unlock': { zh: '解除锁定', en: 'User unlocked' },
  'settings.update': { zh: '修改设置', en: 'Settings changed' },
  'audit.verify': { zh: '审计校验', en: 'Audit verified' },
  'audit.checkpoint': { zh: '签署审计检查点', en: 'Audit checkpoint signed' },
  'signature.sign': { zh: '签名', en: 'Signed' },
  'signature.failed': { zh: '签名失败', en: 'Failed signature' },
  'archive.policy.update': { zh: '修改档案策略', en: 'Archive policy changed' },
  'print.register': { zh: '打印登记簿', en: 'Register printed' },
  'print.labels': { zh: '打印档案标签', en: 'Labels printed' },
  'archive.import': { zh: '批量导入', en: 'Spreadsheet import' },
  'archive.export': { zh: '导出档案索引', en: 'Index exported' },
};

export function actionLabel(action: string, locale: Locale): string {
  const p = ACTION_LABELS[action];
  return p ? pick(p, locale) : action;
}
