// 档案索引 (R-ARCH-3, R-SEC-2): the catalogue on paper, landscape, one line per item in 档号
// order, each under its own 档号 (archive number + item number), the remarks column carrying the 机密/绝密 mark. The page mark is the
// highest classification on the sheet (at least 秘密): a list that names a 绝密 item is
// handled as 绝密 paper.
import { getSettings } from '../../settings/settings';
import type { SearchFilter } from '../contract/calls';
import type { Locale } from '../../contract/types';
import { CATEGORY_LABELS, CUSTODY_LABELS, indexLines, type IndexLine } from '../export/indexLines';
import type { Vault } from '../../vault/vault';
import { caption } from '../../print/labels';
import type { RegisterRow, RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';

export const INDEX_REGISTER_CODE = 'archiveIndex';

type Pair = { zh: string; en: string };
const WORDS = {
  title: { zh: '档案索引', en: 'Archive Index' },
  archiveNo: { zh: '档号', en: 'Archive no.' },
  customer: { zh: '客户', en: 'Customer' },
  itemTitle: { zh: '题名', en: 'Title' },
  docDate: { zh: '文件日期', en: 'Date' },
  pages: { zh: '页数', en: 'Pages' },
  classification: { zh: '密级', en: 'Class.' },
  location: { zh: '存放位置', en: 'Location' },
  custody: { zh: '保管状态', en: 'Custody' },
  remarks: { zh: '备注', en: 'Remarks' },
  filter: { zh: '筛选条件', en: 'Filter' },
  all: { zh: '全部', en: 'all' },
  sigKeeper: { zh: '档案管理员', en: 'Archive keeper' },
  sigSupervisor: { zh: '信息主管', en: 'Information supervisor' },
} satisfies Record<string, Pair>;
const w = (k: keyof typeof WORDS, locale: Locale) => (locale === 'en' ? WORDS[k].en : WORDS[k].zh);

export function indexRegisterRow(l: IndexLine): RegisterRow {
  return {
    archiveNo: l.itemArchiveNo,
    customer: l.customerName,
    title: l.title,
    docDate: l.docDate,
    pages: l.pages,
    classification: l.classificationLabel,
    location: l.location,
    custody: CUSTODY_LABELS[l.custodyState],
    remarks: l.remarks,
  };
}

function filterSummary(f: SearchFilter, labels: readonly string[], locale: Locale): string {
  const parts: string[] = [];
  if (f.category) parts.push(CATEGORY_LABELS[f.category]);
  if (f.classification !== undefined) parts.push(`${w('classification', locale)} ${labels[f.classification] ?? f.classification}`);
  if (f.custodyState) parts.push(CUSTODY_LABELS[f.custodyState]);
  if (f.roomId !== undefined) parts.push(`room #${f.roomId}`);
  if (f.cabinetId !== undefined) parts.push(`cabinet #${f.cabinetId}`);
  return `${w('filter', locale)}：${parts.length ? parts.join('，') : w('all', locale)}`;
}

export function buildIndexRegister(vault: Vault, filter: SearchFilter, opts: PrintOptions): RegisterSpec {
  const { locale } = opts;
  const lines = indexLines(vault.db, filter);
  const level = Math.max(1, ...lines.map((l) => l.classification)) as ClassificationLevel;
  const frame = registerFrame(vault, opts, level);
  return {
    ...frame,
    title: w('title', locale),
    registerCode: INDEX_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'archiveNo', header: w('archiveNo', locale), width: '12%' },
      { key: 'customer', header: w('customer', locale), width: '14%' },
      { key: 'title', header: w('itemTitle', locale) },
      { key: 'docDate', header: w('docDate', locale), width: '9%' },
      { key: 'pages', header: w('pages', locale), width: '5%', align: 'right' },
      { key: 'classification', header: w('classification', locale), width: '6%', align: 'center' },
      { key: 'location', header: w('location', locale), width: '16%' },
      { key: 'custody', header: w('custody', locale), width: '7%', align: 'center' },
      { key: 'remarks', header: w('remarks', locale), width: '12%' },
    ],
    rows: lines.map(indexRegisterRow),
    summary: [filterSummary(filter, getSettings(vault.db).classificationLabels, locale), caption('rowCount', locale, { n: lines.length })],
    signatureLines: [{ role: w('sigKeeper', locale) }, { role: w('sigSupervisor', locale) }],
  };
}
