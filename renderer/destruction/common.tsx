// Small pieces the destruction screens share: times in the workstation's zone, the state tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchState } from '../../electron/destruction/contract/calls';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tz = workstationTimeZone();
  return (iso) => formatTime(iso, locale, tz, { seconds: false });
}

const STATE_COLOR: Record<BatchState, string> = {
  pending: 'gold',
  refused: 'default',
  coolingOff: 'blue',
  ready: 'orange',
  witnessing: 'volcano',
  executed: 'red',
  cancelled: 'default',
};
export function BatchStateTag({ state, no }: { state: BatchState; no: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-testid={`batch-state-${no}`}>
      {t(`dx.state.${state}`)}
    </Tag>
  );
}
