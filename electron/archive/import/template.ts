// The import template an operator fills in: the exact headers the importer reads, one example
// row, and a second sheet listing the words each coded column accepts — generated from the
// same column table (columns.ts), so template and importer cannot drift apart.
import ExcelJS from 'exceljs';
import { EXAMPLE_MARK } from '../contract/fieldLabels';
import { columnsOf, type ImportKind } from './columns';

/** by field, so the example stays in step with the column order */
const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  customers: {
    name: '中国银行股份有限公司',
    category: '特殊客户',
    subType: '银行',
    partyKind: '机构',
    idKind: '统一社会信用代码',
    idNumber: '911000001000013428',
    contactPerson: '王伟',
    phone: '010-66596688',
    email: 'contact@example.cn',
    address: '北京市西城区复兴门内大街1号',
    firstContactDate: '2024-03-05',
  },
  items: {
    customerId: 'TS-2026-00001',
    title: '2025年度综合授信协议',
    docType: '合同',
    docDate: '2025-03-01',
    pages: '12',
    copies: '1',
    carrier: '纸质',
    writingMedium: '打印',
    retention: '30年',
    classification: '普通',
  },
};
const TYPE_NOTES: Record<string, string> = {
  date: '日期，如 2024-03-05',
  int: '整数',
  user: '用户登录名或姓名',
  archiveNo: '已存在的档号',
  classification: '普通 / 秘密 / 机密 / 绝密（机密、绝密须填保管人）',
};

export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const cols = columnsOf(kind);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(kind === 'customers' ? '客户' : '档案材料', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.required ? `${c.header}*` : c.header, width: Math.max(10, c.header.length * 3) }));
  ws.getRow(1).font = { bold: true };
  // the example row is marked in its first cell and greyed: the importer skips it (readTable.ts)
  const example = ws.addRow(cols.map((c, i) => `${i === 0 ? EXAMPLE_MARK : ''}${EXAMPLES[kind][c.field] ?? ''}`));
  example.font = { italic: true, color: { argb: 'FF8C8C8C' } };
  ws.getCell(2, 1).note = `示例行：以${EXAMPLE_MARK}开头的行不会导入，可以删除或在其下方填写`;
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 14 },
    { header: '必填', width: 6 },
    { header: '可填写的内容', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of cols) {
    const words = c.values ? Object.keys(c.values).join(' / ') : (TYPE_NOTES[c.type ?? ''] ?? '文字');
    help.addRow([c.header, c.required ? '是' : '', words]);
  }
  help.addRow(['第 2 行', '', `示例：第一格以${EXAMPLE_MARK}开头的行只作示范，导入时跳过`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
