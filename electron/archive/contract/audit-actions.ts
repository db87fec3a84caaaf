// Archive: every audit action this domain writes, with its zh/en label and (where the
// detail matters) a formatter that puts the detail into words for the screen and the register.
import { defineAuditActions, type DetailEntry, type DetailKit, type Pair } from '../../contract/domain';
import { arr, bytes, clauses, fromToInWords, isRecord, num, printTarget, quote, str, titled } from '../../contract/detail-words';
import { locationWords, word } from './audit-words';

/** the item an entry is about, by its 档号 (item number once items have one, else the archive's) */
function item(k: DetailKit, d: Record<string, unknown>, e: DetailEntry): string {
  const recorded = d.itemArchiveNo ?? d.archiveNo;
  if (e.entity === 'item' && e.entityId) return k.name('item', e.entityId, recorded);
  if (d.itemId !== undefined && d.itemId !== null) return k.name('item', d.itemId, recorded);
  return str(recorded) || '—';
}
const user = (k: DetailKit, id: unknown) => (id === null || id === undefined ? k.t({ zh: '无', en: 'none' }) : k.name('user', id));
const cls = (k: DetailKit, c: unknown) => k.classification(c);

const OPS: Record<string, Pair> = {
  list: { zh: '查看附件列表', en: 'list the attachments' },
  view: { zh: '查看附件', en: 'view an attachment' },
  add: { zh: '添加附件', en: 'add an attachment' },
  withdraw: { zh: '撤回附件', en: 'withdraw an attachment' },
};
const MIME: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/tiff': 'TIFF' };

/** the index filter an export or a print was made with, in words ('' = everything) */
export function filterWords(k: DetailKit, f: unknown): string {
  if (!isRecord(f)) return '';
  return clauses(k, [
    f.category !== undefined && word(k, 'category', f.category),
    f.classification !== undefined && cls(k, f.classification),
    f.roomId !== undefined && k.ref('room', f.roomId),
    f.cabinetId !== undefined && k.ref('cabinet', f.cabinetId),
    f.custodyState !== undefined && word(k, 'custody', f.custodyState),
    f.customerId !== undefined && k.ref('customer', f.customerId),
    f.custodianId !== undefined && k.t({ zh: `保管人 ${k.name('user', f.custodianId)}`, en: `custodian ${k.name('user', f.custodianId)}` }),
  ]);
}

/** archive policy before → after: 档号规则 A → B；机密可查阅：甲、乙 → 乙 */
function policyChanges(k: DetailKit, before: unknown, after: unknown): string {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const roles = (v: unknown) => (arr(v).length ? k.list(arr(v).map((r) => k.role(String(r)))) : k.t({ zh: '仅指定保管人', en: 'custodian only' }));
  const out: string[] = [];
  if (b.numberPattern !== a.numberPattern)
    out.push(
      k.t({
        zh: `档号规则 ${str(b.numberPattern) || '—'} → ${str(a.numberPattern) || '—'}`,
        en: `number pattern ${str(b.numberPattern) || '—'} → ${str(a.numberPattern) || '—'}`,
      }),
    );
  for (let level = 0; level < 4; level++) {
    const rb = arr(b.contentRoles)[level];
    const ra = arr(a.contentRoles)[level];
    if (JSON.stringify(rb ?? []) === JSON.stringify(ra ?? [])) continue;
    out.push(k.t({ zh: `${cls(k, level)}可查阅：${roles(rb)} → ${roles(ra)}`, en: `${cls(k, level)} readable by: ${roles(rb)} → ${roles(ra)}` }));
  }
  return clauses(k, out);
}

/** a customer field's value in words */
function customerValue(k: DetailKit, key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return k.t({ zh: '无', en: 'none' });
  if (key === 'subType') return word(k, 'subType', v);
  if (key === 'category') return word(k, 'category', v);
  if (key === 'partyKind') return word(k, 'party', v);
  if (key === 'idKind') return word(k, 'idKind', v);
  if (key === 'relationshipOwnerId') return k.name('user', v);
  return str(v) || String(v);
}

export const archiveAuditActions = defineAuditActions({
  'archive.policy.update': {
    zh: '修改档案策略',
    en: 'Archive policy changed',
    detail: (d, k) => {
      const c = policyChanges(k, d.before, d.after);
      return k.t({ zh: `修改档案策略：${c || '无变化'}`, en: `Archive policy changed: ${c || 'no change'}` });
    },
  },
  'print.labels': {
    zh: '打印档案标签',
    en: 'Labels printed',
    detail: (d, k) => {
      const nos = arr(d.archiveNos).map(str);
      const shown = nos.slice(0, 3);
      const archives = nos.length
        ? k.t({
            zh: `档号 ${k.list(shown)}${nos.length > 3 ? ` 等 ${nos.length} 个档案` : ''}`,
            en: `archive no. ${k.list(shown)}${nos.length > 3 ? ` and ${nos.length - 3} more` : ''}`,
          })
        : '';
      return k.t({
        zh: `打印档案标签 ${num(d.labels) ?? 0} 张${archives ? `（${archives}）` : ''}，${printTarget(k, d)}`,
        en: `${num(d.labels) ?? 0} label${num(d.labels) === 1 ? '' : 's'} printed${archives ? ` (${archives})` : ''}, ${printTarget(k, d)}`,
      });
    },
  },
  'archive.import': {
    zh: '批量导入',
    en: 'Spreadsheet import',
    detail: (d, k) => {
      const n = num(d.rows) ?? 0;
      const what =
        d.kind === 'customers'
          ? k.t({ zh: '客户', en: n === 1 ? 'customer' : 'customers' })
          : k.t({ zh: '档案材料', en: n === 1 ? 'archive item' : 'archive items' });
      return k.t({ zh: `从 ${quote(k, d.fileName)} 导入${what} ${n} 条`, en: `${n} ${what} imported from ${quote(k, d.fileName)}` });
    },
  },
  'archive.export': {
    zh: '导出档案索引',
    en: 'Index exported',
    detail: (d, k) => {
      const f = filterWords(k, d.filter);
      return k.t({
        zh: `导出档案索引 ${num(d.rows) ?? 0} 条${f ? `（筛选：${f}）` : ''}，保存到 ${str(d.path)}`,
        en: `${num(d.rows) ?? 0} index lines exported${f ? ` (filter: ${f})` : ''} to ${str(d.path)}`,
      });
    },
  },
  'archive.seed': {
    zh: '批量生成样例数据',
    en: 'Sample data generated',
    detail: (d, k) =>
      k.t({
        zh: `批量生成样例数据：客户 ${num(d.customers) ?? 0} 个，档案材料 ${num(d.items) ?? 0} 件`,
        en: `Sample data generated: ${num(d.customers) ?? 0} customers, ${num(d.items) ?? 0} items`,
      }),
  },
  'archive.customer.create': {
    zh: '新建客户',
    en: 'Customer created',
    detail: (d, k) =>
      k.t({
        zh: `新建客户 ${str(d.name)}（${word(k, 'category', d.category)} · ${word(k, 'subType', d.subType)}），开立客户档案 ${str(d.archiveNo)}`,
        en: `New customer ${str(d.name)} (${word(k, 'category', d.category)} · ${word(k, 'subType', d.subType)}), archive ${str(d.archiveNo)} opened`,
      }),
  },
  'archive.customer.update': {
    zh: '修改客户信息',
    en: 'Customer updated',
    detail: (d, k, e) => {
      const c = fromToInWords(k, d.changed, (key, v) => customerValue(k, key, v));
      const who = e.entityId ? k.name('customer', e.entityId) : '';
      return k.t({
        zh: `修改客户 ${who}（档号 ${str(d.archiveNo)}）：${c || '无变化'}`,
        en: `Customer ${who} (archive ${str(d.archiveNo)}) updated: ${c || 'no change'}`,
      });
    },
  },
  'archive.handover.create': {
    zh: '发起交接',
    en: 'Handover started',
    detail: (d, k, e) =>
      k.t({
        zh: `发起档案材料 ${item(k, d, e)} 的交接：指定保管人 ${user(k, d.from)} → ${user(k, d.to)}，待接收人现场签名`,
        en: `Handover of item ${item(k, d, e)} started: custodian ${user(k, d.from)} → ${user(k, d.to)}, awaiting the receiver's signature`,
      }),
  },
  'archive.handover.fail': {
    zh: '交接未完成',
    en: 'Handover failed',
    detail: (d, k, e) =>
      k.t({
        zh: `${e.entityId ? k.ref(e.entity, e.entityId) : '交接'}未完成：${k.error(d.reason)}`,
        en: `${e.entityId ? k.ref(e.entity, e.entityId) : 'Handover'} not completed: ${k.error(d.reason)}`,
      }),
  },
  'archive.handover.complete': {
    zh: '完成交接',
    en: 'Handover completed',
    detail: (d, k, e) =>
      k.t({
        zh: `档案材料 ${item(k, d, e)} 交接完成，指定保管人 ${user(k, d.from)} → ${user(k, d.to)}（接收人已签名）`,
        en: `Handover of item ${item(k, d, e)} completed, custodian ${user(k, d.from)} → ${user(k, d.to)} (signed by the receiver)`,
      }),
  },
  'archive.item.create': {
    zh: '新建档案材料',
    en: 'Archive item created',
    detail: (d, k, e) => {
      const custodian = d.custodianId != null ? k.t({ zh: `指定保管人：${user(k, d.custodianId)}`, en: `custodian: ${user(k, d.custodianId)}` }) : '';
      const fading = d.nonDurable
        ? k.t({ zh: `书写材料不耐久（${word(k, 'medium', d.writingMedium)}）`, en: `non-durable writing medium (${word(k, 'medium', d.writingMedium)})` })
        : '';
      const head = k.t({ zh: `新建档案材料 ${item(k, d, e)} ${titled(k, d.title)}`, en: `New item ${item(k, d, e)} ${titled(k, d.title)}` });
      return clauses(k, [
        head,
        k.t({ zh: `载体：${word(k, 'carrier', d.carrier)}`, en: `carrier: ${word(k, 'carrier', d.carrier)}` }),
        k.t({ zh: `密级：${cls(k, d.classification)}`, en: `classification: ${cls(k, d.classification)}` }),
        custodian,
        fading,
      ]);
    },
  },
  'archive.item.view': {
    zh: '查阅档案材料',
    en: 'Item viewed',
    detail: (d, k, e) =>
      k.t({
        zh: `查阅档案材料 ${item(k, d, e)} 的内容（${cls(k, d.classification)}）`,
        en: `Content of item ${item(k, d, e)} viewed (${cls(k, d.classification)})`,
      }),
  },
  'archive.customer.reveal': {
    zh: '查看完整证件号码或电话',
    en: 'Identifier revealed',
    detail: (d, k, e) =>
      k.t({
        zh: `查看客户 ${e.entityId ? k.name('customer', e.entityId) : '—'}（${str(d.archiveNo)}）的完整${d.field === 'phone' ? '电话' : '证件号码'}`,
        en: `Full ${d.field === 'phone' ? 'phone number' : 'ID number'} of customer ${e.entityId ? k.name('customer', e.entityId) : '—'} (${str(d.archiveNo)}) shown`,
      }),
  },
  'archive.customer.revealDenied': {
    zh: '拒绝查看完整证件号码或电话',
    en: 'Identifier reveal refused',
    detail: (d, k, e) =>
      k.t({
        zh: `无查阅权限，拒绝显示客户 ${e.entityId ? k.name('customer', e.entityId) : '—'}（${str(d.archiveNo)}）的完整${d.field === 'phone' ? '电话' : '证件号码'}`,
        en: `No permission: the full ${d.field === 'phone' ? 'phone number' : 'ID number'} of customer ${e.entityId ? k.name('customer', e.entityId) : '—'} (${str(d.archiveNo)}) was not shown`,
      }),
  },
  'archive.item.viewDenied': {
    zh: '拒绝查阅档案材料',
    en: 'Item view refused',
    detail: (d, k, e) =>
      k.t({
        zh: `无查阅授权，拒绝查阅档案材料 ${item(k, d, e)} 的内容（${cls(k, d.classification)}）`,
        en: `No access grant: viewing the content of item ${item(k, d, e)} refused (${cls(k, d.classification)})`,
      }),
  },
  'archive.item.place': {
    zh: '档案材料上架',
    en: 'Item shelved',
    detail: (d, k, e) =>
      k.t({ zh: `档案材料 ${item(k, d, e)} 上架：${locationWords(k, d.to)}`, en: `Item ${item(k, d, e)} shelved at ${locationWords(k, d.to)}` }),
  },
  'archive.item.move': {
    zh: '移库',
    en: 'Item moved',
    detail: (d, k, e) =>
      k.t({
        zh: `档案材料 ${item(k, d, e)} 移库：${locationWords(k, d.from)} → ${locationWords(k, d.to)}${str(d.reason) ? `，原因：${str(d.reason)}` : ''}`,
        en: `Item ${item(k, d, e)} moved: ${locationWords(k, d.from)} → ${locationWords(k, d.to)}${str(d.reason) ? `; reason: ${str(d.reason)}` : ''}`,
      }),
  },
  'archive.room.create': {
    zh: '新建库房',
    en: 'Room created',
    detail: (d, k) => k.t({ zh: `新建库房 ${str(d.name)}`, en: `New room ${str(d.name)}` }),
  },
  'archive.cabinet.create': {
    zh: '新建档案柜',
    en: 'Cabinet created',
    detail: (d, k) => {
      const name = str(d.name) ? k.t({ zh: `（${str(d.name)}）`, en: ` (${str(d.name)})` }) : '';
      const seg = d.segregated ? k.t({ zh: '隔离存放', en: 'segregated' }) : k.t({ zh: '非隔离', en: 'not segregated' });
      return k.t({
        zh: `在库房 ${k.name('room', d.roomId)} 新建柜 ${str(d.code)}${name}：${word(k, 'zone', d.zone)}，${seg}，${num(d.shelves) ?? 0} 层 × ${num(d.positions) ?? 0} 位`,
        en: `New cabinet ${str(d.code)}${name} in room ${k.name('room', d.roomId)}: ${word(k, 'zone', d.zone)}, ${seg}, ${num(d.shelves) ?? 0} shelves × ${num(d.positions) ?? 0} positions`,
      });
    },
  },
  'archive.room.rename': {
    zh: '库房改名',
    en: 'Room renamed',
    detail: (d, k) => k.t({ zh: `库房改名：${str(d.from)} → ${str(d.to)}`, en: `Room renamed: ${str(d.from)} → ${str(d.to)}` }),
  },
  'archive.room.remove': {
    zh: '删除库房',
    en: 'Room removed',
    detail: (d, k) => k.t({ zh: `删除空库房 ${str(d.name)}`, en: `Empty room ${str(d.name)} removed` }),
  },
  'archive.cabinet.rename': {
    zh: '档案柜改名',
    en: 'Cabinet renamed',
    detail: (d, k) => {
      const none = k.t({ zh: '（无柜名）', en: '(no name)' });
      return k.t({
        zh: `${str(d.code)}柜改名：${str(d.from) || none} → ${str(d.to) || none}`,
        en: `Cabinet ${str(d.code)} renamed: ${str(d.from) || none} → ${str(d.to) || none}`,
      });
    },
  },
  'archive.cabinet.remove': {
    zh: '删除档案柜',
    en: 'Cabinet removed',
    detail: (d, k) => k.t({ zh: `删除库房 ${str(d.room)} 的空柜 ${str(d.code)}`, en: `Empty cabinet ${str(d.code)} removed from room ${str(d.room)}` }),
  },
  'archive.attachment.add': {
    zh: '添加附件',
    en: 'Attachment added',
    detail: (d, k, e) =>
      k.t({
        zh: `为档案材料 ${item(k, d, e)} 添加附件 ${quote(k, d.fileName)}（${MIME[str(d.mime)] ?? str(d.mime)}，${bytes(d.size)}）`,
        en: `Attachment ${quote(k, d.fileName)} (${MIME[str(d.mime)] ?? str(d.mime)}, ${bytes(d.size)}) added to item ${item(k, d, e)}`,
      }),
  },
  'archive.attachment.save': {
    zh: '附件另存为文件',
    en: 'Attachment saved to a file',
    detail: (d, k, e) =>
      k.t({
        zh: `档案材料 ${item(k, d, e)} 的附件 ${quote(k, d.fileName)}（${cls(k, d.classification)}）另存至 ${quote(k, d.path)}`,
        en: `Attachment ${quote(k, d.fileName)} of item ${item(k, d, e)} (${cls(k, d.classification)}) saved to ${quote(k, d.path)}`,
      }),
  },
  'archive.attachment.view': {
    zh: '查看附件',
    en: 'Attachment viewed',
    detail: (d, k, e) =>
      k.t({
        zh: `查看档案材料 ${item(k, d, e)} 的附件 ${quote(k, d.fileName)}（${cls(k, d.classification)}）`,
        en: `Attachment ${quote(k, d.fileName)} of item ${item(k, d, e)} viewed (${cls(k, d.classification)})`,
      }),
  },
  'archive.attachment.withdraw': {
    zh: '撤回附件',
    en: 'Attachment withdrawn',
    detail: (d, k, e) =>
      k.t({
        zh: `撤回档案材料 ${item(k, d, e)} 的附件 ${quote(k, d.fileName)}，原因：${str(d.reason) || '—'}`,
        en: `Attachment ${quote(k, d.fileName)} of item ${item(k, d, e)} withdrawn; reason: ${str(d.reason) || '—'}`,
      }),
  },
  'archive.attachment.denied': {
    zh: '拒绝查看附件',
    en: 'Attachment access refused',
    detail: (d, k, e) => {
      const op = Object.hasOwn(OPS, str(d.op)) ? k.t(OPS[str(d.op)]!) : k.t({ zh: '查看附件', en: 'view an attachment' });
      return k.t({
        zh: `无查阅授权，拒绝${op}：档案材料 ${item(k, d, e)}（${cls(k, d.classification)}）`,
        en: `No access grant: refused to ${op} of item ${item(k, d, e)} (${cls(k, d.classification)})`,
      });
    },
  },
});
