// Words that appear on paper (role and action names come from contract/labels.ts). Printouts are legal records read by people who do not know our
// code names, so every role, action and fixed caption is translated here (zh-CN first).
// Unknown action codes print as-is rather than failing: a new domain must never break printing.
import type { Locale } from '../contract/types';
import { pick, type Pair } from '../contract/labels';

export { ACTION_LABELS, ROLE_LABELS, actionLabel, roleLabel } from '../contract/labels';

/** Fixed captions of the register layout and of the first two registers. */
export const CAPTIONS = {
  page: { zh: '第 {n} 页 / 共 {N} 页', en: 'Page {n} of {N}' },
  printedBy: { zh: '打印人', en: 'Printed by' },
  printedAt: { zh: '打印时间', en: 'Printed at' },
  timeZone: { zh: '时区', en: 'Time zone' },
  registerCode: { zh: '登记簿编号', en: 'Register' },
  vaultId: { zh: '档案库标识', en: 'Vault ID' },
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
  filterActor: { zh: '操作人', en: 'actor' },
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
