// Loans: every audit action this domain writes, with its zh/en labels and a formatter that puts
// the detail into words for the audit screen and the printed audit register.
import { defineAuditActions, type DetailKit, type Pair } from '../../contract/domain';
import { arr, clauses, isRecord, num, quote, str } from '../../contract/detail-words';

const CHECK: Record<string, Pair> = {
  complete: { zh: '页数完整', en: 'pages complete' },
  damaged: { zh: '有破损', en: 'damaged' },
  missingPages: { zh: '缺页', en: 'pages missing' },
};
const MODE: Record<string, Pair> = {
  calendar: { zh: '按工作日计算', en: 'working days counted' },
  datedue: { zh: '按自然日计算、遇休息日顺延', en: 'calendar days, moved to the next working day' },
  days: { zh: '按自然日计算', en: 'calendar days' },
};
const item = (k: DetailKit, d: Record<string, unknown>) => k.name('item', d.itemId, d.itemArchiveNo);
const copies = (k: DetailKit, n: unknown) => k.t({ zh: `${num(n) ?? '?'} 份`, en: `${num(n) ?? '?'} cop${num(n) === 1 ? 'y' : 'ies'}` });

function policyWords(k: DetailKit, p: unknown): string {
  if (!isRecord(p)) return '—';
  const mode = MODE[str(p.mode)];
  return k.t({
    zh: `${num(p.days) ?? '?'} 天，${mode ? mode.zh : str(p.mode)}，${str(p.dueTime)} 到期`,
    en: `${num(p.days) ?? '?'} days, ${mode ? mode.en : str(p.mode)}, due at ${str(p.dueTime)}`,
  });
}

export const loanAuditActions = defineAuditActions({
  'loan.issue': {
    zh: '办理出借',
    en: 'Loan issued',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `出借 ${item(k, d)}（${copies(k, d.copies)}）`, en: `issued ${item(k, d)} (${copies(k, d.copies)})` }),
        k.t({ zh: `借阅人 ${str(d.borrowerName)}（${str(d.borrowerUnit)}）`, en: `borrower ${str(d.borrowerName)} (${str(d.borrowerUnit)})` }),
        k.t({ zh: `借阅申请 ${str(d.requestNo)}`, en: `request ${str(d.requestNo)}` }),
        k.t({ zh: `应还 ${k.time(d.dueAt)}`, en: `due ${k.time(d.dueAt)}` }),
        d.signatureKind === 'pad'
          ? k.t({ zh: '借阅人已在签名板签名', en: 'borrower signed on the pad' })
          : k.t({ zh: '借阅人在纸质借条上签名', en: 'borrower signed the printed slip' }),
      ]),
  },
  'loan.return': {
    zh: '归还',
    en: 'Loan returned',
    detail: (d, k) => {
      const check = CHECK[str(d.pageCheck)];
      return clauses(k, [
        k.t({ zh: `归还 ${item(k, d)}（${copies(k, d.copies)}）`, en: `returned ${item(k, d)} (${copies(k, d.copies)})` }),
        check ? k.t(check) : str(d.pageCheck),
        d.missingPages ? k.t({ zh: `缺页：${str(d.missingPages)}`, en: `missing pages: ${str(d.missingPages)}` }) : null,
        d.note ? k.t({ zh: `说明：${quote(k, d.note)}`, en: `note: ${quote(k, d.note)}` }) : null,
        d.location ? k.t({ zh: `放回 ${str(d.location)}`, en: `back to ${str(d.location)}` }) : null,
        d.struck ? k.t({ zh: '全部归还，登记已注销', en: 'all copies back, entry struck off' }) : null,
      ]);
    },
  },
  'loan.renew': {
    zh: '续借',
    en: 'Loan renewed',
    detail: (d, k) =>
      clauses(k, [
        k.t({ zh: `续借 ${item(k, d)}`, en: `renewed ${item(k, d)}` }),
        k.t({ zh: `续借申请 ${str(d.requestNo)}`, en: `request ${str(d.requestNo)}` }),
        k.t({ zh: `应还 ${k.time(d.prevDueAt)} → ${k.time(d.dueAt)}`, en: `due ${k.time(d.prevDueAt)} → ${k.time(d.dueAt)}` }),
      ]),
  },
  'loan.policy.update': {
    zh: '修改借阅期限',
    en: 'Loan period changed',
    detail: (d, k) =>
      k.t({
        zh: `借阅期限 ${policyWords(k, d.before)} → ${policyWords(k, d.after)}`,
        en: `loan period ${policyWords(k, d.before)} → ${policyWords(k, d.after)}`,
      }),
  },
  'loan.calendar.update': {
    zh: '修改工作日历',
    en: 'Working-day calendar changed',
    detail: (d, k) => {
      const list = (v: unknown) => arr(v).map((x) => (isRecord(x) ? `${str(x.date)} ${str(x.name)}` : str(x)));
      const added = list(d.added);
      const removed = list(d.removed);
      return clauses(k, [
        k.t({ zh: `${num(d.year) ?? '?'} 年工作日历`, en: `working-day calendar ${num(d.year) ?? '?'}` }),
        added.length ? k.t({ zh: `新增或修改：${k.list(added)}`, en: `added or changed: ${k.list(added)}` }) : null,
        removed.length ? k.t({ zh: `删除：${k.list(removed)}`, en: `removed: ${k.list(removed)}` }) : null,
        d.confirmed ? k.t({ zh: '已核对', en: 'confirmed' }) : k.t({ zh: '未核对', en: 'not confirmed' }),
      ]);
    },
  },
});
