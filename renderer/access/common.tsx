// Small pieces the access screens share: the time format, the grant's state tag, the items in one line.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GrantItem, GrantState, ReaderKind } from '../../electron/access/contract/calls';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';

export function useTime(): (iso: string | null | undefined) => string {
  const tz = workstationTimeZone();
  return (iso) => (iso ? formatTime(iso, 'zh-CN', tz, { seconds: false }) : '—');
}

const STATE_COLOURS: Record<GrantState, string> = { upcoming: 'processing', current: 'success', ended: 'default' };
export function GrantStateTag({ state }: { state: GrantState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="grant-state">
      {t(`acc.state.${state}`)}
    </Tag>
  );
}

export function ReaderKindTag({ kind }: { kind: ReaderKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'outsider' ? 'orange' : 'blue'}>{t(`acc.kind.${kind}`)}</Tag>;
}

/** 档号 title；档号 title */
export const itemsLine = (items: readonly GrantItem[]) => items.map((i) => `${i.itemArchiveNo} ${i.title}`).join('；');
