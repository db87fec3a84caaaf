// Words that appear on paper. Printouts are legal records read by people who do not know our
// code names, so every role, action and fixed caption is translated here (zh-CN first).
// Unknown action codes print as-is rather than failing: a new domain must never break printing.
import type { Role } from '../contract/roles';
import type { Locale } from '../contract/types';

type Pair = { zh: string; en: string };
const pick = (p: Pair, locale: Locale) => (locale === 'en' ? p.en : p.zh);

export const ROLE_LABELS: Record<Role, Pair> = {
  operator: { zh: '信息管理专员', en: 'Archive operator' },
  devSpecialist: { zh: '开发部专员', en: 'Development specialist' },
  infoSupervisor: { zh: '信息主管', en: 'Information supervisor' },
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
  'vault.create': { zh: '创建保管库', en: 'Vault created' },
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

/** Fixed captions of the register layout and of the first two registers. */
export const CAPTIONS = {
  page: { zh: '第 {n} 页 / 共 {N} 页', en: 'Page {n} of {N}' },
  printedBy: { zh: '打印人', en: 'Printed by' },
  printedAt: { zh: '打印时间', en: 'Printed at' },
  registerCode: { zh: '登记簿编号', en: 'Register' },
  vaultId: { zh: '保管库标识', en: 'Vault ID' },
  auditHead: { zh: '审计链头', en: 'Audit head' },
  rowCount: { zh: '共 {n} 条记录', en: '{n} entries' },
  noRows: { zh: '（无记录）', en: '(no entries)' },
  name: { zh: '姓名', en: 'Name' },
  signature: { zh: '签名', en: 'Signature' },
  date: { zh: '日期', en: 'Date' },
  qrNote: { zh: '二维码内容：登记簿编号、记录摘要（SHA-256）、审计链头', en: 'QR: register, rows hash (SHA-256), audit head' },
  endOfRegister: { zh: '— 以下空白 —', en: '— end of register —' },
  // audit register
  auditTitle: { zh: '审计记录登记簿', en: 'Audit Trail Register' },
  seq: { zh: '序号', en: 'Seq' },
  time: { zh: '时间', en: 'Time' },
  actor: { zh: '操作人', en: 'Actor' },
  action: { zh: '操作', en: 'Action' },
  entity: { zh: '对象', en: 'Entity' },
  detail: { zh: '摘要', en: 'Detail' },
  hash: { zh: '哈希前缀', en: 'Hash prefix' },
  system: { zh: '系统', en: 'System' },
  filter: { zh: '筛选条件', en: 'Filter' },
  filterNone: { zh: '全部', en: 'all' },
  filterText: { zh: '关键字', en: 'text' },
  filterAction: { zh: '操作', en: 'action' },
  filterActor: { zh: '操作人编号', en: 'actor id' },
  filterFrom: { zh: '起', en: 'from' },
  filterTo: { zh: '止', en: 'to' },
  // users register
  usersTitle: { zh: '用户名册', en: 'User Register' },
  login: { zh: '登录名', en: 'Login' },
  displayName: { zh: '姓名', en: 'Name' },
  roles: { zh: '角色', en: 'Roles' },
  status: { zh: '状态', en: 'Status' },
  createdAt: { zh: '创建时间', en: 'Created' },
  lastSignIn: { zh: '最近登录', en: 'Last sign-in' },
  keyFingerprint: { zh: '签名密钥指纹', en: 'Key fingerprint' },
  statusActive: { zh: '启用', en: 'Active' },
  statusDisabled: { zh: '停用', en: 'Disabled' },
  statusLocked: { zh: '锁定', en: 'Locked' },
  // signature-line roles
  sigAuditor: { zh: '审计员', en: 'Auditor' },
  sigSecurityOfficer: { zh: '安全保密员', en: 'Security officer' },
  sigSysAdmin: { zh: '系统管理员', en: 'System administrator' },
} satisfies Record<string, Pair>;

export type CaptionKey = keyof typeof CAPTIONS;

/** Caption in the locale, with {placeholders} filled. */
export function caption(key: CaptionKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return pick(CAPTIONS[key], locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
