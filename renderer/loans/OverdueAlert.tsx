// Overdue loans, loudly (R-LOAN-3): a red banner above the home screen and a red count next to
// the 借阅登记 menu entry, for everyone who may read the register. Counted by main with its clock.
import { Alert, Badge } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';

const CHANGED = 'ar:loans-changed';
/** The loan screens call this after an issue, return or renewal: the badge and the alert count again. */
export const loansChanged = () => window.dispatchEvent(new Event(CHANGED));

function useOverdue(enabled: boolean) {
  const counts = useLoad(() => (enabled ? call(api().loans.counts()) : Promise.resolve(null)), [enabled], { inline: true });
  const { reload } = counts;
  useEffect(() => {
    const again = () => void reload();
    window.addEventListener(CHANGED, again);
    // time passes on an open screen too: a loan falls due without anyone touching it
    const timer = window.setInterval(again, 60_000);
    return () => {
      window.removeEventListener(CHANGED, again);
      window.clearInterval(timer);
    };
  }, [reload]);
  return counts.data;
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
