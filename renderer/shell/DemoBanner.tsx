// A demo vault says so on every screen (R-IT-1): a permanent banner (it cannot be closed) above
// the sign-in screen and every screen after, as long as the vault folder holds the demo.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

export function DemoBanner() {
  const { t } = useTranslation();
  return <Alert className="demo-banner" data-testid="demo-banner" type="warning" showIcon banner role="status" message={t('demo.banner')} />;
}
