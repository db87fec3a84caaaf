// Inspections due or overdue (R-INSP-1): a banner above the home screen and a count next to the
// 检查与盘点 menu entry, for everyone who may read the plans. Counted by main with its clock.
import { Alert, Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useCountsVersion } from './changed';

function useDue(enabled: boolean) {
  const version = useCountsVersion();
  return useLoad(() => (enabled ? call(api().inspections.counts()) : Promise.resolve(null)), [enabled, version], { inline: true }).data;
}

export function InspectionsDueAlert() {
  const { t } = useTranslation();
  const counts = useDue(useCan('inspections.counts'));
  if (!counts || counts.due + counts.overdue === 0) return null;
  return (
    <Alert
      type={counts.overdue ? 'error' : 'warning'}
      showIcon
      banner
      role="alert"
      data-testid="inspections-due-alert"
      style={{ marginBottom: 16 }}
      title={[counts.overdue ? t('insp.alert.overdue', { n: counts.overdue }) : null, counts.due ? t('insp.alert.due', { n: counts.due }) : null]
        .filter(Boolean)
        .join('；')}
      description={t('insp.alert.hint')}
    />
  );
}

export function InspectionsDueBadge() {
  const counts = useDue(useCan('inspections.counts'));
  if (!counts || counts.due + counts.overdue === 0) return null;
  return <Badge count={counts.due + counts.overdue} color={counts.overdue ? 'red' : 'orange'} data-testid="inspections-due-badge" />;
}

export function RepairsBadge() {
  const enabled = useCan('repairs.counts');
  const version = useCountsVersion();
  const counts = useLoad(() => (enabled ? call(api().repairs.counts()) : Promise.resolve(null)), [enabled, version], { inline: true }).data;
  if (!counts || counts.open + counts.inRepair === 0) return null;
  return <Badge count={counts.open + counts.inRepair} color="blue" data-testid="repairs-badge" />;
}
