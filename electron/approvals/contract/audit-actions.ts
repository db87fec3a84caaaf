// Approval engine: every audit action it writes, with zh/en labels and detail formatters. The
// entry's object is the request (entity 'request', named 申请 JY-2026-0001 in the trail).
import { defineAuditActions, type DetailKit } from '../../contract/domain';
import { clauses, isRecord, num, quote, str } from '../../contract/detail-words';

const typeWord = (k: DetailKit, d: Record<string, unknown>) =>
  isRecord(d.typeLabel) ? k.t({ zh: str(d.typeLabel.zh), en: str(d.typeLabel.en) }) : str(d.type);
const stepWord = (k: DetailKit, d: Record<string, unknown>) => {
  const label = isRecord(d.stepLabel) ? k.t({ zh: str(d.stepLabel.zh), en: str(d.stepLabel.en) }) : str(d.stepKey);
  const n = num(d.step);
  return n === null ? label : k.t({ zh: `第 ${n + 1} 步「${label}」`, en: `step ${n + 1} “${label}”` });
};
const signer = (k: DetailKit, d: Record<string, unknown>) => (d.signerId === undefined ? '' : k.name('user', d.signerId, d.signerName));

export const approvalAuditActions = defineAuditActions({
  'approval.create': {
    zh: '登记申请',
    en: 'Request recorded',
    detail: (d, k) =>
      clauses(k, [
        typeWord(k, d),
        k.t({ zh: `申请人 ${str(d.applicantName)}（${str(d.applicantUnit)}）`, en: `applicant ${str(d.applicantName)} (${str(d.applicantUnit)})` }),
        num(d.itemCount) !== null && k.t({ zh: `${num(d.itemCount)} 件材料`, en: `${num(d.itemCount)} item(s)` }),
        num(d.highestClassification) !== null &&
          k.t({ zh: `最高密级 ${k.classification(d.highestClassification)}`, en: `highest ${k.classification(d.highestClassification)}` }),
      ]),
  },
  'approval.submit': {
    zh: '提交申请',
    en: 'Request submitted',
    detail: (d, k) =>
      clauses(k, [
        typeWord(k, d),
        Array.isArray(d.chain) &&
          k.t({
            zh: `审批环节：${k.list(d.chain.map((s) => (isRecord(s) && isRecord(s.label) ? str(s.label.zh) : '')))}`,
            en: `steps: ${k.list(d.chain.map((s) => (isRecord(s) && isRecord(s.label) ? str(s.label.en) : '')))}`,
          }),
        d.expiresAt !== undefined && k.t({ zh: `有效期至 ${k.time(d.expiresAt)}`, en: `expires ${k.time(d.expiresAt)}` }),
      ]),
  },
  'approval.step': {
    zh: '审批环节通过',
    en: 'Approval step signed',
    detail: (d, k) => clauses(k, [stepWord(k, d), signer(k, d) && k.t({ zh: `签字人 ${signer(k, d)}`, en: `signed by ${signer(k, d)}` })]),
  },
  'approval.approve': {
    zh: '申请获批准',
    en: 'Request approved',
    detail: (d, k) => clauses(k, [typeWord(k, d), stepWord(k, d), signer(k, d) && k.t({ zh: `签字人 ${signer(k, d)}`, en: `signed by ${signer(k, d)}` })]),
  },
  'approval.reject': {
    zh: '驳回申请',
    en: 'Request rejected',
    detail: (d, k) =>
      clauses(k, [
        stepWord(k, d),
        signer(k, d) && k.t({ zh: `签字人 ${signer(k, d)}`, en: `signed by ${signer(k, d)}` }),
        k.t({ zh: `理由 ${quote(k, d.reason)}`, en: `reason ${quote(k, d.reason)}` }),
      ]),
  },
  'approval.withdraw': {
    zh: '撤回申请',
    en: 'Request withdrawn',
    detail: (d, k) => clauses(k, [typeWord(k, d), !!str(d.reason) && k.t({ zh: `理由 ${quote(k, d.reason)}`, en: `reason ${quote(k, d.reason)}` })]),
  },
  'approval.expire': {
    zh: '申请逾期失效',
    en: 'Request expired',
    detail: (d, k) =>
      clauses(k, [typeWord(k, d), d.expiresAt !== undefined && k.t({ zh: `有效期至 ${k.time(d.expiresAt)}`, en: `expired ${k.time(d.expiresAt)}` })]),
  },
  'approval.attach': {
    zh: '添加申请附件',
    en: 'Request attachment added',
    detail: (d, k) => clauses(k, [quote(k, d.fileName), str(d.sha256).slice(0, 12)]),
  },
});
