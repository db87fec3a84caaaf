// The report as an .xlsx workbook (R-REP-1): a sheet of every figure row (指标 / 分组 / 数量) with the
// report's identity on top (number, template version, period, reviewers), built with exceljs.
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { CallContext } from '../core/context';
import { REVIEW_WORDS } from './contract/audit-actions';
import type { ReportDetail } from './contract/calls';
import { getReport } from './reports';

export async function reportWorkbook(rep: ReportDetail): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Archive Room';
  const ws = wb.addWorksheet('统计报表');
  ws.columns = [{ width: 32 }, { width: 24 }, { width: 12 }];
  ws.addRow([`${rep.templateName}（${rep.no}）`]).font = { bold: true, size: 14 };
  ws.addRow(['模板版本', `第 ${rep.templateVersion} 版`]);
  ws.addRow(['统计期间', `${rep.period.from} 至 ${rep.period.to}`]);
  if (rep.requestNo) ws.addRow(['依据申请', rep.requestNo]);
  ws.addRow(['编制', `${rep.compiledByName} ${rep.compiledAt}`]);
  for (const v of rep.reviews) ws.addRow([`审核（${REVIEW_WORDS[v.as].zh}）`, `${v.signerName} ${v.at}`]);
  ws.addRow([]);
  const head = ws.addRow(['指标', '分组', '数量']);
  head.font = { bold: true };
  for (const f of rep.figures) {
    for (const r of f.rows) ws.addRow([f.label, r.label, r.value]);
    if (f.rows.length > 1) ws.addRow([f.label, '合计', f.total]).font = { italic: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function xlsxFileName(rep: ReportDetail): string {
  return `${rep.templateName}-${rep.no}-${rep.period.from}_${rep.period.to}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Through the FileSaver port (the operator chooses where in main's save dialog); audited like a printout. */
export async function exportReportXlsx(cx: CallContext, reportId: number): Promise<{ path: string; fileName: string }> {
  if (!cx.app.fileSaver) throw new Error('no FileSaver port in this context');
  const rep = getReport(cx.vault.db, reportId);
  const fileName = xlsxFileName(rep);
  const path = await cx.app.fileSaver.save(new Uint8Array(await reportWorkbook(rep)), fileName);
  if (!path) throw new DomainError('SAVE_CANCELLED', 'save cancelled');
  if (cx.vault.isOpen)
    cx.vault.tx((w) =>
      appendAudit(w, cx.clock, {
        actorId: cx.actor.id,
        actorName: cx.actor.name,
        action: 'report.export',
        entity: 'report',
        entityId: rep.id,
        detail: { no: rep.no, fileName, path },
      }),
    );
  return { path, fileName };
}
