// The archive's enumerations in words (glossary names), for the audit detail texts. The same
// words as the archive screens' strings (renderer/archive/strings.*.ts 'arch.<group>.<value>'):
// test/unit/audit-words.test.ts keeps the two equal. Pure: the renderer bundles it too.
import type { DetailKit, Pair } from '../../contract/domain';

export const ARCHIVE_WORDS = {
  category: {
    general: { zh: '一般客户', en: 'General customer' },
    special: { zh: '特殊客户', en: 'Special customer' },
  },
  subType: {
    distributor: { zh: '经销商', en: 'Distributor' },
    individual: { zh: '个人客户', en: 'Individual' },
    lawyer: { zh: '律师', en: 'Lawyer' },
    financialAdviser: { zh: '财务顾问', en: 'Financial adviser' },
    advertising: { zh: '广告公司', en: 'Advertising' },
    publicRelations: { zh: '公关公司', en: 'Public relations' },
    bank: { zh: '银行', en: 'Bank' },
    insurer: { zh: '保险公司', en: 'Insurer' },
    otherPartner: { zh: '其他合作机构', en: 'Other partner' },
  },
  party: {
    person: { zh: '个人', en: 'Person' },
    institution: { zh: '机构', en: 'Institution' },
  },
  idKind: {
    uscc: { zh: '统一社会信用代码', en: 'Unified social credit code' },
    residentId: { zh: '居民身份证', en: 'Resident ID' },
    passport: { zh: '护照', en: 'Passport' },
    other: { zh: '其他证件', en: 'Other ID' },
  },
  carrier: {
    paper: { zh: '纸质', en: 'Paper' },
    opticalDisc: { zh: '光盘', en: 'Optical disc' },
    usb: { zh: 'U 盘', en: 'USB drive' },
    film: { zh: '胶片', en: 'Film' },
    electronic: { zh: '电子', en: 'Electronic' },
  },
  medium: {
    carbonInk: { zh: '碳素墨水', en: 'Carbon ink' },
    blueBlackInk: { zh: '蓝黑墨水', en: 'Blue-black ink' },
    print: { zh: '打印、印刷', en: 'Print' },
    ballpoint: { zh: '圆珠笔', en: 'Ballpoint' },
    pencil: { zh: '铅笔', en: 'Pencil' },
    thermalPaper: { zh: '热敏纸', en: 'Thermal paper' },
    other: { zh: '其他', en: 'Other' },
  },
  retention: {
    '10y': { zh: '10 年', en: '10 years' },
    '30y': { zh: '30 年', en: '30 years' },
    permanent: { zh: '永久', en: 'Permanent' },
  },
  zone: {
    general: { zh: '一般客户区', en: 'General zone' },
    special: { zh: '特殊客户区', en: 'Special zone' },
    any: { zh: '不限', en: 'Any' },
  },
  custody: {
    intake: { zh: '待上架', en: 'Awaiting shelving' },
    onShelf: { zh: '在架', en: 'On shelf' },
    onLoan: { zh: '借出', en: 'On loan' },
    inRepair: { zh: '修复中', en: 'In repair' },
    pendingDestruction: { zh: '待销毁', en: 'Pending destruction' },
    destroyed: { zh: '已销毁', en: 'Destroyed' },
  },
} as const satisfies Record<string, Record<string, Pair>>;

export type ArchiveWordGroup = keyof typeof ARCHIVE_WORDS;

/** An enumeration value in words; an unknown value shows as it is. */
export function word(k: DetailKit, group: ArchiveWordGroup, value: unknown): string {
  const table = ARCHIVE_WORDS[group] as Record<string, Pair>;
  const v = typeof value === 'string' ? value : String(value ?? '');
  return Object.hasOwn(table, v) ? k.t(table[v]!) : v;
}

const PATH = /^(.*) › (.+)柜 › 第(\d+)层 › 第(\d+)位$/;
/** A location path as recorded (locations.ts locationLabel, Chinese shape) in the kit's language,
 *  as renderer/archive/locationText.ts does on screen; another shape shows as it came. */
export function locationWords(k: DetailKit, label: unknown): string {
  const s = typeof label === 'string' ? label : '';
  if (!s) return k.t({ zh: '无', en: 'none' });
  const m = k.locale === 'en' ? PATH.exec(s) : null;
  return m ? `${m[1]} › cabinet ${m[2]} › shelf ${m[3]} › position ${m[4]}` : s;
}
