// The report as an .xlsx workbook (R-REP-1): a sheet of every figure row (指标 / 分组 / 数量) with the
// report's identity on top (number, template version, period, reviewers), built with exceljs.
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
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

export async function exportReportXlsx(vault: Vault, clock: Clock, actor: Actor, reportId: number): Promise<{ fileName: string; base64: string }> {
  const rep = getReport(vault.db, reportId);
  const buf = await reportWorkbook(rep);
  const fileName = xlsxFileName(rep);
  // an export discloses the figures like a printout: recorded
  vault.write((w) =>
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.export',
      entity: 'report',
      entityId: rep.id,
      detail: { no: rep.no, fileName },
    }),
  );
  return { fileName, base64: buf.toString('base64') };
}
