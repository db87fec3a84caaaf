// 档案销毁清册 and 档案销毁证明 (R-SEC-6), one batch each, from the batch's own rows (the index
// lines copied at listing — a destroyed item's content is gone, its line is not). The register
// lists every item with its appraisal; the certificate states what was destroyed, how, where,
// when, under whose eyes. Both carry signature lines for the executor and every witness.
import { DomainError } from '../../contract/result';
import { formatPrintTime, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import { METHOD_WORDS } from '../contract/audit-actions';
import type { BatchDetail, BatchState } from '../contract/calls';
import { getBatch } from '../batches';

export const DESTRUCTION_REGISTER_CODE = 'destructionRegister';
export const DESTRUCTION_CERTIFICATE_CODE = 'destructionCertificate';
const RETENTION_WORDS: Record<string, string> = { '10y': '10年', '30y': '30年', permanent: '永久' };
const STATE_WORDS: Record<BatchState, string> = {
  pending: '审批中',
  refused: '未获批准',
  coolingOff: '冷静期',
  ready: '待执行',
  witnessing: '执行中（监销签字）',
  executed: '已销毁',
  cancelled: '已撤销',
};

function frameFor(vault: Vault, b: BatchDetail, opts: PrintOptions) {
  return registerFrame(vault, opts, Math.max(1, ...b.items.map((i) => i.classification)) as ClassificationLevel);
}

function executionLine(b: BatchDetail, tz: string): string {
  if (!b.executedAt) return '尚未执行';
  return `${formatPrintTime(b.executedAt, false, tz)}，${b.place ?? ''}，${METHOD_WORDS[b.method ?? '']?.zh ?? ''}，执行人 ${b.executorName ?? ''}`;
}

function people(b: BatchDetail) {
  const witnessLines = b.witnesses.length
    ? b.witnesses.map((w, i) => ({ role: `监销人（${i + 1}）${w.name}` }))
    : [{ role: '监销人（1）' }, { role: '监销人（2）' }];
  return { witnessLines, executorLine: { role: `执行人${b.executorName ? ` ${b.executorName}` : ''}` } };
}

export function buildDestructionRegister(vault: Vault, batchId: number, opts: PrintOptions): RegisterSpec {
  const b = getBatch(vault.db, batchId, opts.now);
  const frame = frameFor(vault, b, opts);
  const tz = frame.timeZone!;
  const labels = getSettings(vault.db).classificationLabels;
  const { witnessLines, executorLine } = people(b);
  return {
    ...frame,
    title: '档案销毁清册',
    registerCode: DESTRUCTION_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'n', header: '序号', width: '5%', align: 'center' },
      { key: 'archiveNo', header: '档号', width: '15%' },
      { key: 'title', header: '题名', width: '20%' },
      { key: 'docType', header: '文件类型', width: '9%' },
      { key: 'docDate', header: '文件日期', width: '9%' },
      { key: 'classification', header: '密级', width: '5%', align: 'center' },
      { key: 'retention', header: '保管期限', width: '7%', align: 'center' },
      { key: 'retentionUntil', header: '到期日', width: '9%' },
      { key: 'pages', header: '页数', width: '5%', align: 'right' },
      { key: 'appraisal', header: '鉴定意见', width: '16%' },
    ],
    rows: b.items.map((i, n) => ({
      n: n + 1,
      archiveNo: i.archiveNo,
      title: i.title,
      docType: i.docType,
      docDate: i.docDate,
      classification: labels[i.classification] ?? String(i.classification),
      retention: RETENTION_WORDS[i.retention] ?? i.retention,
      retentionUntil: i.retentionUntil,
      pages: i.pages,
      appraisal: `销毁：${i.appraisal.reason}（${i.appraisal.byName} ${formatPrintTime(i.appraisal.at, false, tz)}）`,
    })),
    summary: [
      `清册编号：${b.no}，共 ${b.items.length} 件，状态：${STATE_WORDS[b.state]}`,
      `编制：${b.createdByName} ${formatPrintTime(b.createdAt, false, tz)}；销毁说明：${b.reason}`,
      `审批：${b.approvers.length ? b.approvers.map((a) => `${a.step} ${a.name} ${formatPrintTime(a.at, false, tz)}`).join('；') : '尚未审批'}`,
      b.approvedAt ? `冷静期至：${formatPrintTime(b.coolingOffEnds, false, tz)}` : '冷静期：审批通过后开始',
      b.cancelledAt ? `已撤销：${b.cancelledByName} ${formatPrintTime(b.cancelledAt, false, tz)}，${b.cancelReason}` : `销毁执行：${executionLine(b, tz)}`,
      `监销人：${b.witnesses.length ? b.witnesses.map((w) => `${w.name}（${formatPrintTime(w.at, false, tz)} 在系统中签字${w.valid ? '，签名有效' : '，签名无效'}）`).join('；') : '—'}`,
    ],
    signatureLines: [{ role: `编制人 ${b.createdByName}` }, ...b.approvers.map((a) => ({ role: `审批人 ${a.name}` })), executorLine, ...witnessLines],
  };
}

export function buildDestructionCertificate(vault: Vault, batchId: number, opts: PrintOptions): RegisterSpec {
  const b = getBatch(vault.db, batchId, opts.now);
  if (b.state !== 'executed') throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} is not executed`);
  const frame = frameFor(vault, b, opts);
  const tz = frame.timeZone!;
  const labels = getSettings(vault.db).classificationLabels;
  const { witnessLines, executorLine } = people(b);
  const approvals = b.approvers.map((a) => `${a.name}（${a.step}）`).join('、');
  return {
    ...frame,
    title: '档案销毁证明',
    registerCode: DESTRUCTION_CERTIFICATE_CODE,
    orientation: 'portrait',
    columns: [
      { key: 'n', header: '序号', width: '8%', align: 'center' },
      { key: 'archiveNo', header: '档号', width: '30%' },
      { key: 'title', header: '题名', width: '47%' },
      { key: 'classification', header: '密级', width: '15%', align: 'center' },
    ],
    rows: b.items.map((i, n) => ({ n: n + 1, archiveNo: i.archiveNo, title: i.title, classification: labels[i.classification] ?? String(i.classification) })),
    summary: [
      `兹证明：依据档案销毁清册 ${b.no}（经 ${approvals} 审批同意，冷静期满），于 ${formatPrintTime(b.executedAt, true, tz)} 在 ${b.place} 以${METHOD_WORDS[b.method ?? '']?.zh ?? ''}方式销毁下列档案材料共 ${b.items.length} 件。`,
      `销毁全过程由监销人 ${b.witnesses.map((w) => w.name).join('、')} 现场监督并在系统中签字确认；执行人 ${b.executorName}。`,
      '销毁后材料不可辨认、不可恢复；系统中相应材料的内容与附件已清除，仅保留档案目录信息。',
    ],
    signatureLines: [executorLine, ...witnessLines, { role: '档案部门负责人' }],
  };
}
