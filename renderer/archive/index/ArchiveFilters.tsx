// The filter bar shared by the index and the search screen: category, classification,
// cabinet (room › cabinet), custody state, custodian. "全部" clears a filter.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTODY_STATES, CUSTOMER_CATEGORIES, type RoomRow, type SearchFilter } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { useLoad } from '../../kit/useLoad';
import { useStaff } from '../items/common';

const ALL = 'all';

export function ArchiveFilters({ filter, onChange, labels }: { filter: SearchFilter; onChange: (f: SearchFilter) => void; labels: readonly string[] }) {
  const { t, i18n } = useTranslation();
  // English words are longer ("Classification: Confidential"): wider boxes, never cut off (issue 12)
  const en = i18n.language === 'en';
  const rooms: RoomRow[] = useLoad(() => call(api().locations.tree()), []).data ?? [];
  const custodians = useStaff('custodian');
  // the Select values are typed loosely; the call's zod schema checks them at the boundary anyway
  const set = (k: keyof SearchFilter, v: string | number) => onChange({ ...filter, [k]: v === ALL ? undefined : v });
  const all = { value: ALL, label: t('arch.all') };
  const select = (k: keyof SearchFilter, label: string, [zhWidth, enWidth]: [number, number], options: { value: string | number; label: string }[]) => (
    <Select
      aria-label={label}
      prefix={t('arch.filterPrefix', { label })}
      style={{ width: en ? enWidth : zhWidth }}
      popupMatchSelectWidth={false}
      value={(filter[k] as string | number | undefined) ?? ALL}
      onChange={(v) => set(k, v)}
      options={[all, ...options]}
    />
  );
  return (
    <>
      {select(
        'category',
        t('arch.f.category'),
        [190, 250],
        CUSTOMER_CATEGORIES.map((c) => ({ value: c, label: t(`arch.category.${c}`) })),
      )}
      {select(
        'classification',
        t('arch.f.classification'),
        [150, 260],
        labels.map((l, i) => ({ value: i, label: l })),
      )}
      {select(
        'cabinetId',
        t('arch.f.location'),
        [240, 260],
        rooms.flatMap((r) => r.cabinets.map((c) => ({ value: c.id, label: `${r.name} › ${c.code}` }))),
      )}
      {select(
        'custodyState',
        t('arch.f.custodyState'),
        [190, 280],
        CUSTODY_STATES.map((s) => ({ value: s, label: t(`arch.custody.${s}`) })),
      )}
      {select(
        'custodianId',
        t('arch.f.custodian'),
        [200, 240],
        custodians.map((u) => ({ value: u.id, label: u.displayName })),
      )}
    </>
  );
}
