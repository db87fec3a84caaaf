// Small pieces the archive screens share: classification labels (configurable, settings),
// the staff picker list, enum → option lists, the classification and custody tags.
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification, CustodyState, StaffRow } from '../../../electron/archive/contract/calls';
import { CLASSIFIED_FROM } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';

const DEFAULT_LABELS: [string, string, string, string] = ['普通', '秘密', '机密', '绝密'];

/** The configured classification labels (a company may use 商业秘密 grades). */
export function useClassLabels(): [string, string, string, string] {
  const [labels, setLabels] = useState(DEFAULT_LABELS);
  useEffect(() => {
    call(api().settings.get())
      .then((s) => setLabels(s.classificationLabels))
      .catch(() => undefined);
  }, []);
  return labels;
}

/** Active users with a business role; `role` narrows to e.g. custodians. */
export function useStaff(role?: StaffRow['roles'][number]): StaffRow[] {
  const [staff, setStaff] = useState<StaffRow[]>([]);
  useEffect(() => {
    call(api().archive.staff())
      .then((rows) => setStaff(role ? rows.filter((r) => r.roles.includes(role)) : rows))
      .catch(() => undefined);
  }, [role]);
  return staff;
}

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
