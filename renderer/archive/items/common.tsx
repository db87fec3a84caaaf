// Small pieces the archive screens share: classification labels (configurable, settings),
// the staff picker list, enum → option lists, the classification and custody tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Classification, CustodyState, StaffRow } from '../../../electron/archive/contract/calls';
import { CLASSIFIED_FROM } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { useLoad } from '../../kit/useLoad';

const DEFAULT_LABELS: [string, string, string, string] = ['普通', '秘密', '机密', '绝密'];

/** the English twins of the default labels (a company's own labels have no English form and show as set) */
const EN_LABELS: [string, string, string, string] = ['Unclassified', 'Restricted', 'Confidential', 'Top secret'];

/** The configured classification labels (a company may use 商业秘密 grades); the defaults until they
 * load. They follow the UI language (issue 12): the default labels read in English in the English UI. */
export function useClassLabels(): [string, string, string, string] {
  const { i18n } = useTranslation();
  const labels = useLoad(() => call(api().settings.get()), []).data?.classificationLabels ?? DEFAULT_LABELS;
  return i18n.language === 'en' && labels.every((l, i) => l === DEFAULT_LABELS[i]) ? EN_LABELS : labels;
}

/** The 【机密】 mark of the index remarks in the UI language, ahead of the item's own remark. */
export function remarksText(labels: readonly string[], classification: number, note: string | null, lang: string): string {
  const mark = classification >= 2 ? (lang === 'en' ? `[${labels[classification]}]` : `【${labels[classification]}】`) : '';
  return [mark, note ?? ''].filter(Boolean).join(' ');
}

/** Active users with a business role; `role` narrows to e.g. custodians. */
export function useStaff(role?: StaffRow['roles'][number]): StaffRow[] {
  const staff = useLoad(() => call(api().archive.staff()), []).data ?? NO_STAFF;
  return role ? staff.filter((r) => r.roles.includes(role)) : staff;
}
const NO_STAFF: StaffRow[] = [];

/** Options for one vocabulary: values → t(`${prefix}.${value}`). */
export function useEnumOptions(prefix: string, values: readonly string[]) {
  const { t } = useTranslation();
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
}

const CLASS_COLOURS = ['default', 'gold', 'red', 'magenta'] as const;
export function ClassTag({ level, labels }: { level: Classification | null; labels: readonly string[] }) {
  if (level === null) return null;
  return (
    <Tag color={CLASS_COLOURS[level]} className={level >= CLASSIFIED_FROM ? 'class-tag classified' : 'class-tag'}>
      {labels[level]}
    </Tag>
  );
}

const CUSTODY_COLOURS: Record<CustodyState, string> = {
  intake: 'blue',
  onShelf: 'green',
  onLoan: 'orange',
  inRepair: 'purple',
  pendingDestruction: 'volcano',
  destroyed: 'default',
};
export function CustodyTag({ state }: { state: CustodyState | null }) {
  const { t } = useTranslation();
  if (state === null) return null;
  return <Tag color={CUSTODY_COLOURS[state]}>{t(`arch.custody.${state}`)}</Tag>;
}

/** Message text of any thrown value (CallError already carries the translated text). */
export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
