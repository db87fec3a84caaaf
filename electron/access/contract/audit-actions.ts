// Access: every audit action this domain writes, with its zh/en label and a formatter that puts
// the detail into words (the audit screen and the printed audit register).
import { defineAuditActions, type DetailKit } from '../../contract/domain';
import { arr, clauses, str } from '../../contract/detail-words';

const reader = (k: DetailKit, d: Record<string, unknown>) =>
  [str(d.readerName), str(d.readerUnit) ? k.t({ zh: `（${str(d.readerUnit)}）`, en: ` (${str(d.readerUnit)})` }) : ''].join('');
const items = (k: DetailKit, d: Record<string, unknown>) => k.list(arr(d.itemArchiveNos).map(str));
const VIEW_OPS: Record<string, { zh: string; en: string }> = {
  item: { zh: '查阅内容', en: 'viewed the content of' },
  'attachment.get': { zh: '查看附件', en: 'viewed an attachment of' },
};

export const accessAuditActions = defineAuditActions({
  'access.grant.create': {
    zh: '生成查阅授权',
    en: 'Access grant created',
    detail: (d, k) =>
      k.t({
        zh: `查阅授权 ${str(d.no)}：${reader(k, d)} 查阅 ${items(k, d)}，${k.time(d.validFrom)} 至 ${k.time(d.validUntil)}`,
        en: `Access grant ${str(d.no)}: ${reader(k, d)} may read ${items(k, d)}, ${k.time(d.validFrom)} to ${k.time(d.validUntil)}`,
      }) + (d.allowPrint || d.allowDownload ? k.t({ zh: '（允许打印/下载，按复制登记）', en: ' (print/download allowed, registered as copies)' }) : ''),
  },
  'access.grant.end': {
    zh: '终止查阅授权',
    en: 'Access grant ended',
    detail: (d, k) => k.t({ zh: `终止查阅授权 ${str(d.no)}，原因：${str(d.reason)}`, en: `Access grant ${str(d.no)} ended, reason: ${str(d.reason)}` }),
  },
  'access.view': {
    zh: '依授权查阅',
    en: 'Viewed under an access grant',
    detail: (d, k) => {
      const op = VIEW_OPS[str(d.op)] ?? VIEW_OPS.item!;
      return clauses(k, [
        k.t({ zh: `${op.zh} ${str(d.itemArchiveNo)}`, en: `${op.en} ${str(d.itemArchiveNo)}` }),
        k.t({ zh: `授权 ${str(d.grantNo)}`, en: `grant ${str(d.grantNo)}` }),
        str(d.readerName) && k.t({ zh: `查阅人 ${reader(k, d)}`, en: `reader ${reader(k, d)}` }),
        k.classification(d.classification),
      ]);
    },
  },
  'access.consultation.start': {
    zh: '查阅登记（到达）',
    en: 'Consultation started',
    detail: (d, k) =>
      k.t({
        zh: `${reader(k, d)} 依授权 ${str(d.grantNo)} 开始查阅 ${items(k, d)}`,
        en: `${reader(k, d)} began reading ${items(k, d)} under grant ${str(d.grantNo)}`,
      }),
  },
  'access.consultation.end': {
    zh: '查阅登记（离开）',
    en: 'Consultation ended',
    detail: (d, k) => k.t({ zh: `${reader(k, d)} 结束查阅（授权 ${str(d.grantNo)}）`, en: `${reader(k, d)} finished reading (grant ${str(d.grantNo)})` }),
  },
});
