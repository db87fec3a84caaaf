// The Chinese column headers of the import templates and the words operators write in them,
// mapped onto the fields and codes of the contract's input schemas (archive/contract/calls.ts).
// A value that maps to nothing is passed through unchanged, so the SAME zod schema that guards
// the forms rejects it and the preview names the cell.
import type { CustomerInput, ItemInput } from '../contract/calls';

import { FIELD_LABELS, type LabelledField } from '../contract/fieldLabels';
import type { ImportKind } from '../contract/import';
export type { ImportKind };

export interface ColumnSpec {
  /** the template header (first alias); errors are reported under it */
  header: string;
  aliases: string[];
  field: string;
  required?: boolean;
  /** word → code for enum columns (codes themselves are accepted too) */
  values?: Record<string, string | number>;
  type?: 'text' | 'date' | 'int' | 'user' | 'archiveNo' | 'classification';
}

const CATEGORY = { 一般客户: 'general', 一般: 'general', 普通客户: 'general', 特殊客户: 'special', 特殊: 'special' };
const SUB_TYPE = {
  经销商: 'distributor',
  个人: 'individual',
  个人客户: 'individual',
  律师: 'lawyer',
  律师事务所: 'lawyer',
  财务顾问: 'financialAdviser',
  广告: 'advertising',
  广告公司: 'advertising',
  公关: 'publicRelations',
  公关公司: 'publicRelations',
  银行: 'bank',
  保险: 'insurer',
  保险公司: 'insurer',
  其他合作机构: 'otherPartner',
  其他: 'otherPartner',
};
const PARTY = { 个人: 'person', 自然人: 'person', 机构: 'institution', 单位: 'institution', 法人: 'institution', 企业: 'institution' };
const ID_KIND = {
  统一社会信用代码: 'uscc',
  信用代码: 'uscc',
  居民身份证: 'residentId',
  身份证: 'residentId',
  居民身份证号码: 'residentId',
  护照: 'passport',
  其他: 'other',
  其他证件: 'other',
};
const CARRIER = {
  纸质: 'paper',
  纸: 'paper',
  纸质文件: 'paper',
  光盘: 'opticalDisc',
  U盘: 'usb',
  优盘: 'usb',
  USB: 'usb',
  移动存储: 'usb',
  胶片: 'film',
  缩微胶片: 'film',
  电子: 'electronic',
  电子文件: 'electronic',
};
const MEDIUM = {
  碳素墨水: 'carbonInk',
  蓝黑墨水: 'blueBlackInk',
  打印: 'print',
  打印件: 'print',
  印刷: 'print',
  圆珠笔: 'ballpoint',
  铅笔: 'pencil',
  热敏纸: 'thermalPaper',
  其他: 'other',
};
const RETENTION = { '10年': '10y', 十年: '10y', '30年': '30y', 三十年: '30y', 永久: 'permanent' };

const L = (f: LabelledField) => FIELD_LABELS[f].zh;
// headers are the forms' labels (contract/fieldLabels.ts); the older template words stay aliases
export const CUSTOMER_COLUMNS: ColumnSpec[] = [
  { header: L('name'), aliases: ['名称', '姓名'], field: 'name', required: true },
  { header: L('category'), aliases: ['类别'], field: 'category', required: true, values: CATEGORY },
  { header: L('subType'), aliases: ['细分类型', '客户类型', '子类型'], field: 'subType', required: true, values: SUB_TYPE },
  { header: L('partyKind'), aliases: ['个人/机构'], field: 'partyKind', required: true, values: PARTY },
  { header: L('idKind'), aliases: [], field: 'idKind', required: true, values: ID_KIND },
  { header: L('idNumber'), aliases: ['统一社会信用代码', '身份证号码'], field: 'idNumber' },
  { header: L('contactPerson'), aliases: [], field: 'contactPerson' },
  { header: L('phone'), aliases: ['电话'], field: 'phone' },
  { header: L('email'), aliases: ['邮箱', 'Email'], field: 'email' },
  { header: L('address'), aliases: ['联系地址'], field: 'address' },
  { header: L('relationshipOwner'), aliases: ['关系负责人', '负责人'], field: 'relationshipOwnerId', type: 'user' },
  { header: L('firstContactDate'), aliases: ['首次接触'], field: 'firstContactDate', type: 'date' },
  { header: L('remarks'), aliases: [], field: 'remarks' },
];

export const ITEM_COLUMNS: ColumnSpec[] = [
  { header: L('archiveNo'), aliases: ['档案号'], field: 'customerId', required: true, type: 'archiveNo' },
  { header: L('title'), aliases: ['标题', '文件题名'], field: 'title', required: true },
  { header: L('docType'), aliases: ['类型'], field: 'docType', required: true },
  { header: L('docDate'), aliases: ['日期', '成文日期'], field: 'docDate', type: 'date' },
  { header: L('pages'), aliases: [], field: 'pages', type: 'int' },
  { header: L('copies'), aliases: [], field: 'copies', type: 'int' },
  { header: L('carrier'), aliases: ['载体类型'], field: 'carrier', required: true, values: CARRIER },
  { header: L('writingMedium'), aliases: [], field: 'writingMedium', required: true, values: MEDIUM },
  { header: L('retention'), aliases: [], field: 'retention', required: true, values: RETENTION },
  { header: L('classification'), aliases: [], field: 'classification', required: true, type: 'classification' },
  { header: L('custodian'), aliases: ['保管人'], field: 'custodianId', type: 'user' },
  { header: L('remarks'), aliases: [], field: 'remarks' },
];

export const columnsOf = (kind: ImportKind): ColumnSpec[] => (kind === 'customers' ? CUSTOMER_COLUMNS : ITEM_COLUMNS);

/** "客户名称*" / " 客户名称（必填）" → "客户名称" */
export const normaliseHeader = (h: string) => h.replace(/[*＊\s]/g, '').replace(/[（(].*[)）]$/, '');

/** column index per spec (−1 when the file lacks it); unknown headers are ignored. */
export function matchHeader(kind: ImportKind, header: string[]): { specs: ColumnSpec[]; index: number[]; missing: string[] } {
  const specs = columnsOf(kind);
  const norm = header.map(normaliseHeader);
  const index = specs.map((s) => norm.findIndex((h) => h === s.header || s.aliases.includes(h) || h === s.field));
  const missing = specs.filter((s, i) => s.required && index[i] === -1).map((s) => s.header);
  return { specs, index, missing };
}

/** Excel users write dates many ways: 2024-3-5, 2024/03/05, 2024.3.5, 2024年3月5日 → 2024-03-05. */
export function normaliseDate(s: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}

export type RawInput = Partial<Record<keyof CustomerInput | keyof ItemInput, unknown>>;
