// Overdue loans, loudly (R-LOAN-3): a red banner above the home screen and a red count next to
// the 借阅登记 menu entry, for everyone who may read the register. Counted by main with its clock.
import { Alert, Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';

function useOverdue(enabled: boolean) {
  return useLoad(() => (enabled ? call(api().loans.counts()) : Promise.resolve(null)), [enabled], { inline: true }).data;
}

export function OverdueAlert() {
  const { t } = useTranslation();
  const counts = useOverdue(useCan('loans.counts'));
  if (!counts || counts.overdue === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      banner
      role="alert"
      data-testid="loans-overdue-alert"
      style={{ marginBottom: 16, fontSize: 16 }}
      title={t('loan.alert.overdue', { n: counts.overdue })}
      description={`${t('loan.alert.overdueHint')} ${t('loan.alert.open', { n: counts.open })}`}
    />
  );
}

export function OverdueBadge() {
  const counts = useOverdue(useCan('loans.counts'));
  if (!counts || counts.overdue === 0) return null;
  return <Badge count={counts.overdue} data-testid="loans-overdue-badge" />;
}
