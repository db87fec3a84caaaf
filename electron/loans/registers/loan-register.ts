// 借阅登记簿 (R-LOAN-3/4) as the bound book: A4 landscape, one numbered row per loan in register
// order, struck-off rows printed struck through (cancelled, still legible), the borrower's pad
// signature printed in its column, renewals and returns on the same row. And the 催还通知单
// for a borrower without e-mail: their overdue loans, the days overdue, signature lines.
// The page mark is the highest classification on the sheet (at least 秘密), as the index register.
import { caption } from '../../print/labels';
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import type { LoanFilter, LoanRow, PageCheck } from '../contract/calls';
import { getLoan, listLoans } from '../register';

export const LOAN_REGISTER_CODE = 'loanRegister';
export const LOAN_NOTICE_CODE = 'loanOverdueNotice';

const FILTER_WORDS: Record<LoanFilter, string> = { all: '全部', open: '未还', overdue: '逾期未还', returned: '已归还（已注销）' };
const CHECK_WORDS: Record<PageCheck, string> = { complete: '页数完整', damaged: '有破损', missingPages: '缺页' };

const time = (iso: string | null | undefined, tz: string | undefined) => formatPrintTime(iso, false, tz);

function returnsText(l: LoanRow, tz?: string): string {
  return l.returns
    .map((r) =>
      [
        `${time(r.returnedAt, tz)} 还 ${r.copies} 份`,
        CHECK_WORDS[r.pageCheck] + (r.missingPages ? `（缺 ${r.missingPages}）` : ''),
        r.note ? `说明：${r.note}` : '',
        `接收人 ${r.receivedByName}`,
        r.locationLabel ? `归位 ${r.locationLabel}` : '',
      ]
        .filter(Boolean)
        .join('，'),
    )
    .join('；');
}

export function loanRegisterRow(l: LoanRow, labels: readonly string[], signature: string | null, tz?: string): RegisterRow {
  const renewals = l.renewals.map((r) => `续借 ${r.requestNo}（${r.approver}批准）至 ${time(r.dueAt, tz)}`).join('；');
  return {
    no: l.id,
    borrower: `${l.borrowerName}（${l.borrowerUnit}）`,
    contact: l.borrowerContact ?? '',
    archiveNo: l.itemArchiveNo,
    title: l.itemTitle,
    classification: labels[l.classification] ?? String(l.classification),
    copies: `${l.copies} 份${l.pages != null ? ` / ${l.pages} 页` : ''}`,
    outAt: time(l.outAt, tz),
    reason: l.reason,
    approver: `${l.approver}（${l.requestNo}）`,
    dueAt: renewals ? `${time(l.originalDueAt, tz)}；${renewals}` : time(l.dueAt, tz),
    signature: signature ?? (l.signatureKind === 'slip' ? '借条上签名' : ''),
    issuedBy: l.issuedByName,
    returned: returnsText(l, tz),
    struck: l.struck ? `${time(l.struck.at, tz)} ${l.struck.byName}` : l.overdueDays > 0 ? `逾期 ${l.overdueDays} 天` : '',
  };
}

const markOf = (loans: LoanRow[]) => Math.max(1, ...loans.map((l) => l.classification)) as ClassificationLevel;

export function buildLoanRegister(vault: Vault, filter: LoanFilter, opts: PrintOptions): RegisterSpec {
  const loans = listLoans(vault.db, opts.now, { filter });
  const frame = registerFrame(vault, opts, markOf(loans));
  const labels = getSettings(vault.db).classificationLabels;
  const rows = loans.map((l) => loanRegisterRow(l, labels, getLoan(vault.db, l.id, opts.now).signatureDataUrl, frame.timeZone));
  return {
    ...frame,
    title: '借阅登记簿',
    registerCode: LOAN_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'no', header: '序号', width: '3%', align: 'center' },
      { key: 'borrower', header: '借阅人（单位）', width: '8%' },
      { key: 'contact', header: '联系方式', width: '6%' },
      { key: 'archiveNo', header: '档号', width: '8.5%' },
      { key: 'title', header: '题名', width: '8%' },
      { key: 'classification', header: '密级', width: '4%', align: 'center' },
      { key: 'copies', header: '份数/页数', width: '5%', align: 'center' },
      { key: 'outAt', header: '借出时间', width: '6.5%' },
      { key: 'reason', header: '借阅事由', width: '7.5%' },
      { key: 'approver', header: '批准人（申请号）', width: '8%' },
      { key: 'dueAt', header: '应还时间', width: '6.5%' },
      { key: 'signature', header: '借阅人签名', width: '7%', image: true },
      { key: 'issuedBy', header: '经办人', width: '4.5%' },
      { key: 'returned', header: '归还及页数核对', width: '11%' },
      { key: 'struck', header: '注销（时间 经办人）', width: '6.5%' },
    ],
    rows,
    struckRows: loans.flatMap((l, i) => (l.struck ? [i] : [])),
    summary: [
      `范围：${FILTER_WORDS[filter]}`,
      caption('rowCount', 'zh-CN', { n: loans.length }),
      '借阅期限按工作日历计算，最长 3 个工作日；归还后注销，登记不得涂改、删除；借阅人不得转借。',
    ],
    signatureLines: [{ role: '经办人' }, { role: '信息主管' }],
  };
}

export function buildOverdueNotice(vault: Vault, loanId: number, opts: PrintOptions): RegisterSpec {
  const one = getLoan(vault.db, loanId, opts.now);
  // every overdue loan of the same borrower goes on the one notice
  const loans = listLoans(vault.db, opts.now, { filter: 'overdue' }).filter((l) => l.borrowerName === one.borrowerName && l.borrowerUnit === one.borrowerUnit);
  const list = loans.length ? loans : [one];
  const frame = registerFrame(vault, opts, markOf(list));
  const org = frame.orgName || '本单位档案室';
  return {
    ...frame,
    title: '催还通知单',
    registerCode: LOAN_NOTICE_CODE,
    orientation: 'portrait',
    columns: [
      { key: 'no', header: '登记序号', width: '9%', align: 'center' },
      { key: 'archiveNo', header: '档号', width: '19%' },
      { key: 'title', header: '题名' },
      { key: 'copies', header: '未还份数', width: '9%', align: 'center' },
      { key: 'outAt', header: '借出时间', width: '15%' },
      { key: 'dueAt', header: '应还时间', width: '15%' },
      { key: 'overdue', header: '逾期天数', width: '9%', align: 'center' },
    ],
    rows: list.map((l) => ({
      no: l.id,
      archiveNo: l.itemArchiveNo,
      title: l.itemTitle,
      copies: l.copiesOut,
      outAt: time(l.outAt, frame.timeZone),
      dueAt: time(l.dueAt, frame.timeZone),
      overdue: l.overdueDays > 0 ? `${l.overdueDays} 天` : '未逾期',
    })),
    summary: [
      `${one.borrowerName}（${one.borrowerUnit}）：`,
      `您借阅的下列档案材料已超过借阅期限，请于收到本通知后立即归还${org}，并当面核对页数。逾期不还的，将按档案管理规定报告主管领导。`,
      `联系方式：${one.borrowerContact ?? '—'}　通知时间：${time(opts.now.toISOString(), frame.timeZone)}`,
    ],
    signatureLines: [{ role: '经办人' }, { role: '借阅人签收' }],
  };
}
