// 查阅登记 (R-USE-1): the access register on paper, landscape, one row per consultation in
// time-in order — who and their unit, which items (档号 and title), the grant / request number,
// time in, time out, the operator — and an empty column for the reader's signature. The page
// mark is the highest classification on the sheet (at least 秘密), as for the index.
import type { Locale } from '../../contract/types';
import { caption } from '../../print/labels';
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type ClassificationLevel, type PrintOptions } from '../../print/registers/common';
import { getSettings } from '../../settings/settings';
import type { Vault } from '../../vault/vault';
import type { ConsultationRow, RegisterFilter } from '../contract/calls';
import { registerRows } from '../consultations';
import { reader } from '../../vault/sql';

export const ACCESS_REGISTER_CODE = 'accessRegister';

const WORDS = {
  title: { zh: '查阅登记簿', en: 'Access Register' },
  seq: { zh: '序号', en: 'No.' },
  reader: { zh: '查阅人', en: 'Reader' },
  unit: { zh: '单位', en: 'Unit' },
  items: { zh: '查阅档案（档号 题名）', en: 'Items (no. title)' },
  classification: { zh: '密级', en: 'Class.' },
  grant: { zh: '授权/申请编号', en: 'Grant / request' },
  timeIn: { zh: '到达时间', en: 'Time in' },
  timeOut: { zh: '离开时间', en: 'Time out' },
  operator: { zh: '经办人', en: 'Operator' },
  signature: { zh: '查阅人签字', en: "Reader's signature" },
  outsider: { zh: '外来', en: 'visitor' },
  stillIn: { zh: '（未离开）', en: '(still in)' },
  period: { zh: '登记日期', en: 'Dates' },
  all: { zh: '全部', en: 'all' },
  openOnly: { zh: '仅未离开', en: 'open only' },
  sigOperator: { zh: '信息管理专员', en: 'Information specialist' },
  sigSupervisor: { zh: '客户信息主管', en: 'Information supervisor' },
} satisfies Record<string, { zh: string; en: string }>;
const w = (k: keyof typeof WORDS, locale: Locale) => (locale === 'en' ? WORDS[k].en : WORDS[k].zh);

export function accessRegisterRow(c: ConsultationRow, seq: number, labels: readonly string[], locale: Locale): RegisterRow {
  return {
    seq,
    reader: c.readerKind === 'outsider' ? `${c.readerName}（${w('outsider', locale)}）` : c.readerName,
    unit: c.readerUnit ?? '',
    items: c.items.map((i) => `${i.itemArchiveNo} ${i.title}`).join('；'),
    classification: labels[Math.max(0, ...c.items.map((i) => i.classification))] ?? '',
    grant: c.grantNo,
    timeIn: formatPrintTime(c.timeIn, false),
    timeOut: c.timeOut ? formatPrintTime(c.timeOut, false) : w('stillIn', locale),
    operator: c.operatorName,
    signature: '',
  };
}

function filterSummary(f: RegisterFilter, locale: Locale): string {
  const dates = f.from || f.to ? `${f.from ?? '…'} — ${f.to ?? '…'}` : w('all', locale);
  return `${w('period', locale)}：${dates}${f.open ? `，${w('openOnly', locale)}` : ''}`;
}

export function buildAccessRegister(vault: Vault, filter: RegisterFilter, opts: PrintOptions): RegisterSpec {
  const { locale } = opts;
  const rows = registerRows(reader(vault.db), filter);
  const labels = getSettings(vault.db).classificationLabels;
  const level = Math.max(1, ...rows.flatMap((c) => c.items.map((i) => i.classification))) as ClassificationLevel;
  return {
    ...registerFrame(vault, opts, level),
    title: w('title', locale),
    registerCode: ACCESS_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'seq', header: w('seq', locale), width: '5%', align: 'right' },
      { key: 'reader', header: w('reader', locale), width: '10%' },
      { key: 'unit', header: w('unit', locale), width: '12%' },
      { key: 'items', header: w('items', locale) },
      { key: 'classification', header: w('classification', locale), width: '5%', align: 'center' },
      { key: 'grant', header: w('grant', locale), width: '10%' },
      { key: 'timeIn', header: w('timeIn', locale), width: '10%' },
      { key: 'timeOut', header: w('timeOut', locale), width: '10%' },
      { key: 'operator', header: w('operator', locale), width: '7%' },
      { key: 'signature', header: w('signature', locale), width: '10%' },
    ],
    rows: rows.map((c, i) => accessRegisterRow(c, i + 1, labels, locale)),
    summary: [filterSummary(filter, locale), caption('rowCount', locale, { n: rows.length })],
    signatureLines: [{ role: w('sigOperator', locale) }, { role: w('sigSupervisor', locale) }],
  };
}
