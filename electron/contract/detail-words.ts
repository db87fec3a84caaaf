// Small pieces the audit detail formatters (electron/<domain>/contract/audit-actions.ts) build
// their sentences from, and the labelled fallback for details no formatter knows. Everything
// here takes `unknown`: an old entry may hold any shape, and a formatter must never throw.
// Pure: the renderer bundles it too.
import type { DetailKit, Pair } from './domain';

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** a scalar as text ('' for nothing or for objects) */
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '');
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** 「scan.pdf」 / “scan.pdf” */
export const quote = (k: DetailKit, v: unknown): string => (k.locale === 'en' ? `“${str(v)}”` : `「${str(v)}」`);
/** 《title》 / “title” (a document's title) */
export const titled = (k: DetailKit, v: unknown): string => (k.locale === 'en' ? `“${str(v)}”` : `《${str(v)}》`);

/** clauses of one sentence: 甲，乙 / a, b (empty ones dropped) */
export const clauses = (k: DetailKit, parts: readonly (string | null | undefined | false)[]): string =>
  parts.filter((p): p is string => !!p).join(k.locale === 'en' ? '; ' : '，');

/** 1 234 567 bytes → 1.2 MB */
export function bytes(v: unknown): string {
  const n = num(v);
  if (n === null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** a count with its noun: 3 条 / 3 entries */
export const count = (k: DetailKit, v: unknown, unit: Pair, unitEnOne?: string): string => {
  const n = num(v) ?? 0;
  return k.locale === 'en' ? `${n} ${n === 1 && unitEnOne ? unitEnOne : unit.en}` : `${n} ${unit.zh}`;
};

/** a short prefix of a hash (the full one is in the technical details) */
export const hashPrefix = (v: unknown): string => (typeof v === 'string' && v.length > 12 ? `${v.slice(0, 12)}…` : str(v));

/** where a printout went: PDF (n pages) saved to …, or the printer */
export function printTarget(k: DetailKit, d: Record<string, unknown>): string {
  if (d.target === 'printer') return k.t({ zh: '送打印机', en: 'sent to the printer' });
  const pages = num(d.pages);
  const p = pages ? k.t({ zh: `，${pages} 页`, en: `, ${pages} pages` }) : '';
  return k.t({ zh: `保存为 PDF${p}：${str(d.path)}`, en: `saved as PDF${p}: ${str(d.path)}` });
}

/** '是/否' for booleans */
export const yesNo = (k: DetailKit, v: unknown): string => k.t(v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });

/** Names of detail fields, for the fallback and for "what changed" lists. */
export const FIELD_LABELS: Record<string, Pair> = {
  login: { zh: '登录名', en: 'login' },
  displayName: { zh: '姓名', en: 'name' },
  name: { zh: '名称', en: 'name' },
  roles: { zh: '角色', en: 'roles' },
  disabled: { zh: '停用', en: 'disabled' },
  reason: { zh: '原因', en: 'reason' },
  note: { zh: '备注', en: 'note' },
  remarks: { zh: '备注', en: 'remarks' },
  title: { zh: '题名', en: 'title' },
  customer: { zh: '客户', en: 'customer' },
  copies: { zh: '份数', en: 'copies' },
  archiveNo: { zh: '档号', en: 'archive no.' },
  classification: { zh: '密级', en: 'classification' },
  fileName: { zh: '文件名', en: 'file' },
  file: { zh: '文件', en: 'file' },
  path: { zh: '保存位置', en: 'saved to' },
  rows: { zh: '行数', en: 'rows' },
  pages: { zh: '页数', en: 'pages' },
  size: { zh: '大小', en: 'size' },
  bytes: { zh: '大小', en: 'size' },
  entries: { zh: '审计记录数', en: 'audit entries' },
  target: { zh: '输出', en: 'output' },
  from: { zh: '原', en: 'from' },
  to: { zh: '新', en: 'to' },
  before: { zh: '修改前', en: 'before' },
  after: { zh: '修改后', en: 'after' },
  ok: { zh: '结果', en: 'result' },
  via: { zh: '方式', en: 'via' },
  kind: { zh: '类别', en: 'kind' },
  count: { zh: '数量', en: 'count' },
  failed: { zh: '失败次数', en: 'failures' },
  lockouts: { zh: '锁定次数', en: 'lockouts' },
  until: { zh: '截至', en: 'until' },
  lockedUntil: { zh: '锁定至', en: 'locked until' },
  orgName: { zh: '单位名称', en: 'organisation' },
  idleLockMinutes: { zh: '闲置锁定（分钟）', en: 'idle lock (minutes)' },
  maxFailedAttempts: { zh: '允许连续登录失败次数', en: 'failed sign-ins allowed' },
  classificationLabels: { zh: '密级名称', en: 'classification labels' },
  numberPattern: { zh: '档号规则', en: 'archive number pattern' },
  contentRoles: { zh: '各密级可查阅内容的角色', en: 'roles that may see content, per level' },
  category: { zh: '客户类别', en: 'category' },
  subType: { zh: '客户子类型', en: 'sub-type' },
  partyKind: { zh: '客户性质', en: 'party' },
  idKind: { zh: '证件类型', en: 'ID type' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  contactPerson: { zh: '联系人', en: 'contact person' },
  phone: { zh: '联系电话', en: 'phone' },
  email: { zh: '电子邮箱', en: 'e-mail' },
  address: { zh: '地址', en: 'address' },
  relationshipOwnerId: { zh: '客户关系负责人', en: 'relationship owner' },
  relationshipOwnerName: { zh: '客户关系负责人', en: 'relationship owner' },
  firstContactDate: { zh: '首次接洽日期', en: 'first contact' },
  carrier: { zh: '载体', en: 'carrier' },
  writingMedium: { zh: '书写材料', en: 'writing medium' },
  retention: { zh: '保管期限', en: 'retention' },
  meaning: { zh: '签名含义', en: 'meaning' },
  signerLogin: { zh: '签署人登录名', en: 'signer login' },
  op: { zh: '操作', en: 'operation' },
  labels: { zh: '标签数', en: 'labels' },
  customers: { zh: '客户数', en: 'customers' },
  items: { zh: '档案材料件数', en: 'items' },
  mime: { zh: '格式', en: 'format' },
  rules: { zh: '规定', en: 'rules' },
  slot: { zh: '密钥槽', en: 'key slot' },
  register: { zh: '登记簿', en: 'register' },
  // policy values (the 策略 page, the GM's request, the policy register)
  anyOf: { zh: '审批人', en: 'approver' },
  when: { zh: '条件', en: 'when' },
  minClassification: { zh: '最低密级', en: 'from classification' },
  outsiderMinClassification: { zh: '外单位最低密级', en: 'outsiders from classification' },
  dayEndsAt: { zh: '当日截止时间', en: 'day ends at' },
  maxDays: { zh: '最长天数', en: 'longest (days)' },
  days: { zh: '天数', en: 'number of days' },
  mode: { zh: '计算方式', en: 'counted as' },
  dueTime: { zh: '到期时刻', en: 'due at' },
  intervalMonths: { zh: '检查周期（月）', en: 'interval (months)' },
  dueSoonDays: { zh: '提前提醒（天）', en: 'remind before (days)' },
  carriers: { zh: '载体', en: 'carriers' },
  paper: { zh: '纸质', en: 'paper' },
  magnetic: { zh: '磁性介质', en: 'magnetic media' },
  tMin: { zh: '温度下限 °C', en: 'min °C' },
  tMax: { zh: '温度上限 °C', en: 'max °C' },
  rhMin: { zh: '湿度下限 %', en: 'min RH %' },
  rhMax: { zh: '湿度上限 %', en: 'max RH %' },
  swingT: { zh: '日温差 ±°C', en: 'daily swing ±°C' },
  swingRh: { zh: '日湿差 ±%', en: 'daily swing ±RH %' },
  readingsPerDay: { zh: '每日记录次数', en: 'readings a day' },
  rooms: { zh: '库房', en: 'rooms' },
  contained: { zh: '控制（小时）', en: 'contained (hours)' },
  investigating: { zh: '调查（小时）', en: 'investigating (hours)' },
  resolved: { zh: '处理完毕（小时）', en: 'resolved (hours)' },
  closed: { zh: '结案（小时）', en: 'closed (hours)' },
};

/** Detail keys that name an object by id: rendered through kit.ref, never as a bare number. */
export const ID_FIELDS: Record<string, string> = {
  userId: 'user',
  custodianId: 'user',
  operatorId: 'user',
  relationshipOwnerId: 'user',
  itemId: 'item',
  customerId: 'customer',
  archiveId: 'archive',
  roomId: 'room',
  cabinetId: 'cabinet',
  handoverId: 'handover',
  attachmentId: 'attachment',
};

/** Keys left out of the words (technical: in 技术详情 only). */
const TECHNICAL = new Set([
  'sha256',
  'fileSha256',
  'vaultDbSha256',
  'contentHash',
  'rowsHash',
  'auditHead',
  'head',
  'keyId',
  'signatureId',
  'movementId',
  'tool',
  'firstId',
  'lastId',
  'customerIds',
  'itemIds',
]);

const fieldLabel = (k: DetailKit, key: string): string => {
  const p = Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined;
  return p ? k.t(p) : key;
};

/** Any value in words: scalars as they are, booleans 是/否, arrays joined, objects as 「key：value」 lists. */
export function valueWords(k: DetailKit, v: unknown, depth = 0): string {
  if (v === null || v === undefined || v === '') return k.t({ zh: '无', en: 'none' });
  if (typeof v === 'boolean') return yesNo(k, v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.length ? k.list(v.map((x) => valueWords(k, x, depth + 1))) : k.t({ zh: '无', en: 'none' });
  if (isRecord(v)) {
    if (depth > 2) return '…';
    const inner = pairsInWords(v, k, depth + 1);
    return inner ? (k.locale === 'en' ? `(${inner})` : `（${inner}）`) : k.t({ zh: '无', en: 'none' });
  }
  return String(v);
}

/** The fallback: labelled key：value pairs in words, ids named, technical keys left out. Never JSON. */
export function pairsInWords(detail: Record<string, unknown>, k: DetailKit, depth = 0): string {
  const sep = k.locale === 'en' ? ': ' : '：';
  return clauses(
    k,
    Object.entries(detail)
      .filter(([key, v]) => v !== undefined && !TECHNICAL.has(key))
      .map(([key, v]) => {
        if (Object.hasOwn(ID_FIELDS, key) && (typeof v === 'number' || typeof v === 'string')) return k.ref(ID_FIELDS[key]!, v);
        if (key === 'classification') return `${fieldLabel(k, key)}${sep}${k.classification(v)}`;
        if (key === 'roles' && Array.isArray(v)) return `${fieldLabel(k, key)}${sep}${k.list(v.map((r) => k.role(String(r))))}`;
        if (/(At|Until|until|_at)$/.test(key) && typeof v === 'string') return `${fieldLabel(k, key)}${sep}${k.time(v)}`;
        return `${fieldLabel(k, key)}${sep}${valueWords(k, v, depth)}`;
      }),
  );
}

/** "What changed" between two flat records, in words: 姓名 张三 → 张三丰；停用 否 → 是. */
export function changesInWords(
  k: DetailKit,
  before: unknown,
  after: unknown,
  value: (key: string, v: unknown) => string = (_key, v) => valueWords(k, v),
): string {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
  return clauses(
    k,
    keys.map((key) => `${fieldLabel(k, key)} ${value(key, b[key])} → ${value(key, a[key])}`),
  );
}

/** A customer-style change list {field: {from, to}} in words. */
export function fromToInWords(k: DetailKit, changed: unknown, value?: (key: string, v: unknown) => string): string {
  if (!isRecord(changed)) return '';
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, ft] of Object.entries(changed)) {
    b[key] = isRecord(ft) ? ft.from : undefined;
    a[key] = isRecord(ft) ? ft.to : ft;
  }
  return changesInWords(k, b, a, value);
}
