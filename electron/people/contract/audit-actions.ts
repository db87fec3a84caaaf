// People & sessions: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions, type DetailEntry, type DetailKit, type Pair } from '../../contract/domain';
import { bytes, changesInWords, clauses, isRecord, num, str } from '../../contract/detail-words';

/** the entry's own object: 用户 张专员（zhuanyuan） */
const self = (k: DetailKit, e: DetailEntry) => (e.entityId ? k.ref(e.entity, e.entityId) : k.t({ zh: '用户', en: 'user' }));
/** the entry's object by name only: 张专员（zhuanyuan） */
const who = (k: DetailKit, e: DetailEntry) => (e.entityId ? k.name(e.entity, e.entityId) : k.t({ zh: '用户', en: 'user' }));
const about = (zh: string, en: string) => (_d: Record<string, unknown>, k: DetailKit, e: DetailEntry) =>
  k.t({ zh: zh.replace('{who}', who(k, e)), en: en.replace('{who}', who(k, e)) });

const MEANINGS: Record<string, Pair> = {
  reviewed: { zh: '审核', en: 'reviewed' },
  approved: { zh: '批准', en: 'approved' },
  rejected: { zh: '驳回', en: 'rejected' },
  witnessed: { zh: '见证', en: 'witnessed' },
};
const meaning = (k: DetailKit, m: unknown) => {
  const p = Object.hasOwn(MEANINGS, str(m)) ? MEANINGS[str(m)] : undefined;
  return p ? k.t(p) : str(m);
};

/** scrypt cost in words: N 65536 → 131072 */
function kdfChange(k: DetailKit, d: Record<string, unknown>): string {
  const n = (p: unknown) => (isRecord(p) ? num(p.N) : null);
  const from = n(d.from);
  const to = n(d.to);
  const cost = from !== null && to !== null ? `scrypt N ${from} → ${to}` : '';
  const slot = d.slot === 'recovery' ? k.t({ zh: '恢复码密钥槽', en: 'recovery-code slot' }) : '';
  return clauses(k, [slot, cost]);
}

/** the interfaces of an offline-guard entry: eth0 192.168.1.5、wlan0 10.0.0.7 */
const interfaceList = (k: DetailKit, v: unknown) =>
  Array.isArray(v) && v.length
    ? k.list(v.filter(isRecord).map((i) => `${str(i.name)} ${str(i.address)}`.trim()))
    : k.t({ zh: '未知网卡', en: 'unknown interface' });

const roleList = (k: DetailKit, v: unknown) => (Array.isArray(v) ? k.list(v.map((r) => k.role(String(r)))) : k.t({ zh: '无', en: 'none' }));

export const peopleAuditActions = defineAuditActions({
  'vault.create': {
    zh: '创建档案库',
    en: 'Vault created',
    detail: (d, k) => k.t({ zh: `创建档案库，单位：${str(d.orgName) || '—'}`, en: `Vault created for ${str(d.orgName) || '—'}` }),
  },
  'vault.recoveryConfirmed': {
    zh: '确认恢复码',
    en: 'Recovery code confirmed',
    detail: (_d, k) => k.t({ zh: '恢复码已抄录并输入核对无误', en: 'The recovery code was written down and typed back correctly' }),
  },
  'vault.recover': { zh: '使用恢复码重置密码', en: 'Password recovered' },
  'vault.demo': { zh: '创建演示数据', en: 'Demo data created' },
  'vault.pendingEvent': {
    zh: '档案库关闭期间的事件',
    en: 'Event while the vault was closed',
    detail: (d, k, e) => {
      const code = str(d.action);
      return k.t({
        zh: `${who(k, e)}：${code || '未知事件'}（本版本未登记的操作）`,
        en: `${who(k, e)}: ${code || 'unknown event'} (an action this version does not know)`,
      });
    },
  },
  'vault.backup': {
    zh: '备份档案库',
    en: 'Vault backed up',
    detail: (d, k) =>
      k.t({
        zh: `备份到 ${str(d.file)}（${bytes(d.bytes)}，含审计记录 ${num(d.entries) ?? 0} 条）`,
        en: `Backed up to ${str(d.file)} (${bytes(d.bytes)}, ${num(d.entries) ?? 0} audit entries)`,
      }),
  },
  'vault.restore': {
    zh: '从备份恢复档案库',
    en: 'Vault restored from backup',
    detail: (d, k) => {
      const via = d.via === 'recoveryCode' ? k.t({ zh: '恢复码', en: 'the recovery code' }) : k.t({ zh: '密码', en: 'a password' });
      return k.t({
        zh: `从 ${str(d.from)} 恢复（备份时间 ${k.time(d.backupCreatedAt)}，含审计记录 ${num(d.entries) ?? 0} 条，凭${via}打开）`,
        en: `Restored from ${str(d.from)} (backup of ${k.time(d.backupCreatedAt)}, ${num(d.entries) ?? 0} audit entries, opened with ${via})`,
      });
    },
  },
  'auth.signIn': { zh: '登录', en: 'Sign-in', detail: about('{who} 登录', '{who} signed in') },
  'auth.signOut': { zh: '退出登录', en: 'Sign-out', detail: about('{who} 退出登录', '{who} signed out') },
  'auth.lock': { zh: '锁定屏幕', en: 'Screen locked', detail: about('{who} 锁定屏幕', '{who} locked the screen') },
  'auth.idleLock': { zh: '闲置自动锁定', en: 'Idle lock', detail: about('{who} 闲置超时，屏幕自动锁定', 'Screen of {who} locked after idle time') },
  'auth.signInFailed': { zh: '登录失败', en: 'Failed sign-in', detail: about('{who} 登录失败', 'Failed sign-in as {who}') },
  'auth.failed': {
    zh: '登录失败',
    en: 'Failed sign-in',
    detail: (d, k, e) => {
      const n = num(d.failed);
      return k.t({
        zh: `以 ${who(k, e)} 登录，密码错误${n ? `（连续第 ${n} 次）` : ''}`,
        en: `Sign-in as ${who(k, e)} with a wrong password${n ? ` (${n} in a row)` : ''}`,
      });
    },
  },
  'auth.disabledSignIn': {
    zh: '停用账户尝试登录',
    en: 'Sign-in to disabled account',
    detail: about('已停用的账户 {who} 尝试登录，已拒绝', 'Disabled account {who} tried to sign in; refused'),
  },
  'auth.recover': {
    zh: '使用恢复码重置密码',
    en: 'Password recovered',
    detail: about('{who} 使用恢复码重置密码，签名密钥已更换', '{who} reset the password with the recovery code; new signing key'),
  },
  'auth.recoverFailed': {
    zh: '恢复码错误',
    en: 'Failed recovery',
    detail: about('以 {who} 使用恢复码重置密码，恢复码错误', 'Recovery for {who} with a wrong recovery code'),
  },
  'auth.changePasswordFailed': {
    zh: '修改密码失败',
    en: 'Failed password change',
    detail: about('{who} 修改密码，原密码错误，未修改', '{who} gave a wrong current password; nothing changed'),
  },
  'auth.lockout': {
    zh: '账户锁定',
    en: 'Account locked out',
    detail: (d, k, e) => {
      const n = num(d.lockouts);
      return k.t({
        zh: `${who(k, e)} 连续登录失败，锁定至 ${k.time(d.until)}${n ? `（第 ${n} 次锁定）` : ''}`,
        en: `${who(k, e)} locked out until ${k.time(d.until)} after failed sign-ins${n ? ` (lockout ${n})` : ''}`,
      });
    },
  },
  'auth.acknowledgeRules': {
    zh: '确认保密规定',
    en: 'Rules acknowledged',
    // R-SEC-1: which version of the rules (策略 保密管理规定); entries before versions were recorded have none
    detail: (d, k, e) => {
      const v = num(d.rulesVersion);
      return k.t({
        zh: `${who(k, e)} 已阅读并确认保密规定${v ? `（第 ${v} 版）` : ''}`,
        en: `${who(k, e)} read and acknowledged the confidentiality rules${v ? ` (version ${v})` : ''}`,
      });
    },
  },
  'auth.rulesAcknowledged': {
    zh: '确认保密规定',
    en: 'Rules acknowledged',
    detail: about('{who} 已阅读并确认保密规定', '{who} read and acknowledged the confidentiality rules'),
  },
  'auth.changePassword': {
    zh: '修改密码',
    en: 'Password changed',
    detail: about('{who} 修改密码，签名密钥随之重新加密', '{who} changed the password; signing key re-sealed'),
  },
  'auth.kdfUpgrade': {
    zh: '密钥派生参数升级',
    en: 'Key-derivation cost raised',
    detail: (d, k, e) => {
      const what = kdfChange(k, d);
      return k.t({
        zh: `${e.entity === 'user' && e.entityId ? `${who(k, e)} 的密钥槽` : '密钥槽'}按本机重新标定密钥派生强度${what ? `：${what}` : ''}`,
        en: `Key-derivation cost of ${e.entity === 'user' && e.entityId ? `the slot of ${who(k, e)}` : 'a key slot'} raised for this machine${what ? `: ${what}` : ''}`,
      });
    },
  },
  'security.networkConnected': {
    zh: '本机已连接网络',
    en: 'Workstation connected to a network',
    detail: (d, k) =>
      k.t({
        zh: `检测到本机已连接网络：${interfaceList(k, d.interfaces)}（涉密档案不得通过公共网络传输）`,
        en: `The workstation is connected to a network: ${interfaceList(k, d.interfaces)} (secret material must never go over public networks)`,
      }),
  },
  'security.networkDisconnected': {
    zh: '本机已断开网络',
    en: 'Workstation offline again',
    detail: (d, k) =>
      k.t({
        zh: `本机已断开网络连接，此前连接：${interfaceList(k, d.interfaces)}`,
        en: `The workstation is offline again; it was connected via ${interfaceList(k, d.interfaces)}`,
      }),
  },
  'user.create': {
    zh: '新建用户',
    en: 'User created',
    detail: (d, k) =>
      k.t({
        zh: `新建用户 ${str(d.displayName)}（${str(d.login)}），角色：${roleList(k, d.roles)}`,
        en: `New user ${str(d.displayName)} (${str(d.login)}), roles: ${roleList(k, d.roles)}`,
      }),
  },
  'user.update': {
    zh: '修改用户',
    en: 'User updated',
    detail: (d, k, e) => {
      const changes = changesInWords(k, d.before, d.after, (key, v) =>
        key === 'roles' ? roleList(k, v) : key === 'disabled' ? k.t(v ? { zh: '停用', en: 'disabled' } : { zh: '启用', en: 'active' }) : str(v) || '—',
      );
      return k.t({
        zh: `修改用户 ${who(k, e)}：${changes || '无变化'}`,
        en: `User ${who(k, e)} updated: ${changes || 'no change'}`,
      });
    },
  },
  'user.resetPassword': {
    zh: '重置密码',
    en: 'Password reset',
    detail: (_d, k, e) =>
      k.t({
        zh: `重置 ${who(k, e)} 的密码（须在下次登录时修改），签名密钥已更换`,
        en: `Password of ${who(k, e)} reset (to be changed at next sign-in); new signing key`,
      }),
  },
  'user.unlock': {
    zh: '解除锁定',
    en: 'User unlocked',
    detail: (d, k, e) => {
      const until = isRecord(d.before) ? d.before.lockedUntil : null;
      return k.t({
        zh: `解除 ${who(k, e)} 的登录锁定${until ? `（原锁定至 ${k.time(until)}）` : ''}`,
        en: `Sign-in lock of ${who(k, e)} lifted${until ? ` (was locked until ${k.time(until)})` : ''}`,
      });
    },
  },
  'signature.sign': {
    zh: '签名',
    en: 'Signed',
    detail: (d, k, e) =>
      k.t({
        zh: `电子签名（${meaning(k, d.meaning)}）：${self(k, e)}`,
        en: `Signature (${meaning(k, d.meaning)}) on ${self(k, e)}`,
      }),
  },
  'signature.failed': {
    zh: '签名失败',
    en: 'Failed signature',
    detail: (d, k, e) =>
      k.t({
        zh: `签署人 ${k.name('auth', d.signerLogin)} 密码错误，未签名：${self(k, e)}`,
        en: `Signer ${k.name('auth', d.signerLogin)} gave a wrong password; ${self(k, e)} not signed`,
      }),
  },
});
