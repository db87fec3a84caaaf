// The index (R-ARCH-3) as an .xlsx workbook. Column headers are the import template's words
// (档号, 题名, 文件日期, 页数, 密级 …) so a spreadsheet person reads it without a legend. 档号 is
// the item's (archive number + item number, e.g. TS-2026-00001-003): one line, one item.
import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, CUSTODY_LABELS, type IndexLine } from './indexLines';

export const INDEX_XLSX_COLUMNS: { header: string; width: number; value: (l: IndexLine) => string | number | null }[] = [
  { header: '档号', width: 20, value: (l) => l.itemArchiveNo },
  { header: '客户名称', width: 24, value: (l) => l.customerName },
  { header: '客户类别', width: 10, value: (l) => CATEGORY_LABELS[l.category] },
  { header: '题名', width: 36, value: (l) => l.title },
  { header: '文件类型', width: 10, value: (l) => l.docType },
  { header: '文件日期', width: 12, value: (l) => l.docDate },
  { header: '页数', width: 6, value: (l) => l.pages },
  { header: '密级', width: 8, value: (l) => l.classificationLabel },
  { header: '存放位置', width: 28, value: (l) => l.location },
  { header: '保管状态', width: 10, value: (l) => CUSTODY_LABELS[l.custodyState] },
  { header: '备注', width: 30, value: (l) => l.remarks },
];

export async function indexWorkbook(lines: IndexLine[], meta: { orgName: string; printedBy: string; at: Date }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.printedBy;
  wb.company = meta.orgName;
  wb.created = meta.at;
  const ws = wb.addWorksheet('档案索引', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = INDEX_XLSX_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const l of lines) ws.addRow(INDEX_XLSX_COLUMNS.map((c) => c.value(l) ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
