// Import/export/print test rig: the archive rig plus the import handlers, a temp-folder
// FileSaver, and generators of checksum-valid ID numbers and spreadsheets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { residentIdCheckChar, usccCheckChar } from '../../electron/archive/contract/idNumbers';
import type { MessageLocale } from '../../electron/contract/messages';
import { setupArchive } from './archive-helpers';

export async function setupImport(login = 'op', locale: MessageLocale = 'zh-CN') {
  const v = await setupArchive(login, locale);
  const savedDir = join(v.dir, 'saved');
  v.ctx.fileSaver = {
    save: async (bytes, name) => {
      mkdirSync(savedDir, { recursive: true });
      const p = join(savedDir, name);
      writeFileSync(p, bytes);
      return p;
    },
  };
  return v;
}

/** A checksum-valid unified social credit code, distinct per n. */
export function uscc(n: number): string {
  const first17 = `91110000${String(n).padStart(9, '0')}`;
  return first17 + usccCheckChar(first17)!;
}
/** A checksum-valid resident ID (born 1980-01-01 + n days mod 28), distinct per n < 1000·28. */
export function residentId(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const first17 = `11010519800${(n % 9) + 1}${day}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17)!;
}

export const CUSTOMER_HEADER = [
  '客户名称',
  '客户类别',
  '细分类型',
  '主体类型',
  '证件类型',
  '证件号码',
  '联系人',
  '电话',
  '邮箱',
  '地址',
  '首次接触日期',
  '备注',
];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨';

/** Row i of a valid customer sheet: institutions (USCC) and people (resident ID) alternating. */
export function customerRow(i: number): (string | Date)[] {
  if (i % 2 === 0) {
    return [
      `华夏${SURNAMES[i % SURNAMES.length]}氏贸易有限公司${i}`,
      '一般客户',
      '经销商',
      '机构',
      '统一社会信用代码',
      uscc(i),
      '王伟',
      '010-66596688',
      `c${i}@example.cn`,
      '北京市西城区复兴门内大街1号',
      new Date(Date.UTC(2024, 2, 5)),
      '',
    ];
  }
  return [
    `${SURNAMES[i % SURNAMES.length]}秀英${i}`,
    '特殊客户',
    '律师',
    '个人',
    '居民身份证',
    residentId(i),
    '',
    '13800138000',
    '',
    '',
    '2023/7/1',
    '法律顾问',
  ];
}

export async function xlsxBytes(header: string[], rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const csvText = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\r\n');
