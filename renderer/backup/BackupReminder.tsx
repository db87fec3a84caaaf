// The home-screen reminder (R-IT-1): when the last verified backup is older than the policy's
// days (or there is none), for those who may read the backup status. Age counted by main's clock.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';

export function BackupReminder() {
  const { t } = useTranslation();
  const enabled = useCan('backup.status');
  const status = useLoad(() => (enabled ? call(api().backup.status()) : Promise.resolve(null)), [enabled], { inline: true }).data;
  if (!status || !status.overdue) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      data-testid="backup-reminder"
      style={{ marginBottom: 16 }}
      title={status.last ? t('bk.reminder', { n: status.policyDays }) : t('bk.reminderNone')}
      description={t('bk.reminderHint')}
    />
  );
}
