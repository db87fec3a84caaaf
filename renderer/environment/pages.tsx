// The environment screen in the menu (from the call's access list), with a count of out-of-range
// readings still without an action, and the home alert for them.
import { CloudOutlined } from '@ant-design/icons';
import { Alert, Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { useCan } from '../kit/can';
import type { PageEntry } from '../kit/domain';
import { useLoad } from '../kit/useLoad';
import { useCountsVersion } from '../inspections/changed';
import { EnvironmentScreen } from './EnvironmentScreen';

function useCounts() {
  const enabled = useCan('environment.counts');
  const version = useCountsVersion();
  return useLoad(() => (enabled ? call(api().environment.counts()) : Promise.resolve(null)), [enabled, version], { inline: true }).data;
}

export function EnvironmentBadge() {
  const c = useCounts();
  if (!c || c.unresolved === 0) return null;
  return <Badge count={c.unresolved} data-testid="environment-badge" />;
}

export function EnvironmentAlert() {
  const { t } = useTranslation();
  const c = useCounts();
  if (!c || c.unresolved + c.missingDays === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      data-testid="environment-alert"
      style={{ marginBottom: 16 }}
      title={[c.unresolved ? t('env.alert.unresolved', { n: c.unresolved }) : null, c.missingDays ? t('env.alert.missing', { n: c.missingDays }) : null]
        .filter(Boolean)
        .join('；')}
    />
  );
}

export const environmentPages: readonly PageEntry[] = [
  { key: 'environment', icon: <CloudOutlined />, call: 'environment.rooms', render: () => <EnvironmentScreen />, badge: EnvironmentBadge },
];
