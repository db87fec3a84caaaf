// People & sessions: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions } from '../../contract/domain';

export const peopleAuditActions = defineAuditActions({
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
  'auth.kdfUpgrade': { zh: '密钥派生参数升级', en: 'Key-derivation cost raised' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User updated' },
  'user.resetPassword': { zh: '重置密码', en: 'Password reset' },
  'user.unlock': { zh: '解除锁定', en: 'User unlocked' },
  'signature.sign': { zh: '签名', en: 'Signed' },
  'signature.failed': { zh: '签名失败', en: 'Failed signature' },
});
