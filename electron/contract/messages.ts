// Messages shared by the main process (error.message) and the renderer (i18next resources):
// one table, so a form and the IPC boundary say the same words. Keys: errors.<ErrorCode>,
// v.<validation>. These are the core's (foundation: people, audit, settings); each domain adds
// its own in electron/<domain>/contract/messages.ts. The renderer adds its UI strings on top.
import { defineMessages } from './domain';
import { CONTRACT_PARTS } from './index';

export type MessageLocale = 'zh-CN' | 'en';

export const coreMessages = defineMessages(
  {
    'errors.BAD_INPUT': '输入有误',
    'errors.UNKNOWN_CALL': '未知的操作',
    'errors.FORBIDDEN_SENDER': '请求来源不可信，已拒绝',
    'errors.NOT_SIGNED_IN': '请先登录',
    'errors.FORBIDDEN_ROLE': '您的角色无权执行此操作',
    'errors.VAULT_EXISTS': '档案库已存在',
    'errors.VAULT_MISSING': '尚未创建档案库',
    'errors.VAULT_LOCKED': '档案库已锁定，请重新登录',
    'errors.VAULT_NEWER': '档案库由更新版本的程序创建（结构版本 {{version}}），请使用新版本打开',
    'errors.WRONG_PASSWORD': '用户名或密码错误',
    'errors.LOCKED_OUT': '登录失败次数过多，账户已锁定至 {{until}}',
    'errors.ACCOUNT_DISABLED': '该账户已停用',
    'errors.DUPLICATE': '已存在相同记录',
    'errors.NOT_FOUND': '记录不存在',
    'errors.SELF_APPROVAL': '不得审批或签署本人提出的申请',
    'errors.ROLE_CONFLICT': '系统管理员、安全保密员、审计员三员分立，不能兼任其他角色',
    'errors.RULES_NOT_ACKNOWLEDGED': '请先阅读并确认保密守则',
    'errors.PRINT_CANCELLED': '已取消打印',
    'errors.TAMPERED': '检测到档案库被篡改或回滚',
    'errors.INTERNAL': '内部错误，操作未执行',
    'errors.rolesEmpty': '至少选择一个角色',
    'errors.adminRoleExclusive': '系统管理员、安全保密员、审计员三员分立，不能兼任其他角色',
    'v.required': '必填',
    'v.tooLong': '内容过长',
    'v.loginRequired': '请输入用户名',
    'v.loginTaken': '用户名 {{login}} 已被使用',
    'v.loginShort': '用户名至少 2 个字符',
    'v.loginLong': '用户名最多 32 个字符',
    'v.loginChars': '用户名只能包含字母、数字、点、下划线和连字符',
    'v.passwordShort': '密码至少 10 个字符',
    'v.passwordMix': '密码须同时包含字母和数字',
    'v.passwordMismatch': '两次输入的密码不一致',
    'v.recoveryCodeFormat': '恢复码应为 32 位字母数字（可带连字符）',
    'v.duplicateRole': '角色重复',
    'v.mustAccept': '必须确认后才能继续',
    'v.range': '数值超出允许范围',
    'v.date': '日期格式不正确',
    'v.invalid': '格式不正确',
  },
  {
    'errors.BAD_INPUT': 'Invalid input',
    'errors.UNKNOWN_CALL': 'Unknown operation',
    'errors.FORBIDDEN_SENDER': 'Request from an untrusted frame was refused',
    'errors.NOT_SIGNED_IN': 'Please sign in first',
    'errors.FORBIDDEN_ROLE': 'Your role may not do this',
    'errors.VAULT_EXISTS': 'A vault already exists',
    'errors.VAULT_MISSING': 'No vault has been created yet',
    'errors.VAULT_LOCKED': 'The vault is locked; please sign in again',
    'errors.VAULT_NEWER': 'This vault was written by a newer version (schema {{version}}); open it with the newer program',
    'errors.WRONG_PASSWORD': 'Wrong user name or password',
    'errors.LOCKED_OUT': 'Too many failed sign-ins; the account is locked until {{until}}',
    'errors.ACCOUNT_DISABLED': 'This account is disabled',
    'errors.DUPLICATE': 'A matching record already exists',
    'errors.NOT_FOUND': 'Record not found',
    'errors.SELF_APPROVAL': 'Nobody may approve or sign their own request',
    'errors.ROLE_CONFLICT': 'System administrator, security officer and auditor are exclusive roles',
    'errors.RULES_NOT_ACKNOWLEDGED': 'Please read and acknowledge the confidentiality rules first',
    'errors.PRINT_CANCELLED': 'Printing cancelled',
    'errors.TAMPERED': 'The vault has been tampered with or rolled back',
    'errors.INTERNAL': 'Internal error; nothing was changed',
    'errors.rolesEmpty': 'Choose at least one role',
    'errors.adminRoleExclusive': 'System administrator, security officer and auditor are exclusive roles',
    'v.required': 'Required',
    'v.tooLong': 'Too long',
    'v.loginRequired': 'Enter the user name',
    'v.loginTaken': 'The user name {{login}} is already taken',
    'v.loginShort': 'At least 2 characters',
    'v.loginLong': 'At most 32 characters',
    'v.loginChars': 'Letters, digits, dot, underscore and hyphen only',
    'v.passwordShort': 'At least 10 characters',
    'v.passwordMix': 'Use both letters and digits',
    'v.passwordMismatch': 'The passwords do not match',
    'v.recoveryCodeFormat': 'The recovery code has 32 letters and digits (hyphens allowed)',
    'v.duplicateRole': 'Duplicate role',
    'v.mustAccept': 'You must accept to continue',
    'v.range': 'Value out of range',
    'v.date': 'Invalid date',
    'v.invalid': 'Invalid format',
  },
);

let merged: Record<MessageLocale, Record<string, string>> | null = null;
/** Core + every domain's messages, per locale (built on first use: the parts load after this file). */
export function allMessages(): Record<MessageLocale, Record<string, string>> {
  if (!merged) {
    const zh: Record<string, string> = { ...coreMessages['zh-CN'] };
    const en: Record<string, string> = { ...coreMessages.en };
    for (const p of CONTRACT_PARTS) {
      Object.assign(zh, p.messages['zh-CN']);
      Object.assign(en, p.messages.en);
    }
    merged = { 'zh-CN': zh, en };
  }
  return merged;
}

/** Translates a key (or passes through a zod default message), filling {{placeholders}}. */
export function translate(locale: MessageLocale, key: string, data?: Record<string, unknown>): string {
  const all = allMessages();
  const table = all[locale] ?? all['zh-CN'];
  let s = table[key] ?? all['zh-CN'][key] ?? (key.startsWith('v.') || key.startsWith('errors.') ? key : table['v.invalid']!);
  if (data) for (const [k, v] of Object.entries(data)) s = s.replaceAll(`{{${k}}}`, String(v));
  return s;
}
