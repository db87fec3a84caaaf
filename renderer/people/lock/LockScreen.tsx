// Lock screen: the key is already wiped in main; the last login is prefilled so only the password is needed.
import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../electron/contract/types';
import { SignInForm } from '../signIn/SignInScreen';

export function LockScreen({ login, onSignedIn, onOtherUser }: { login: string; onSignedIn: (s: SessionInfo) => void; onOtherUser: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <Card
        className="gate-card"
        title={
          <>
            <LockOutlined /> {t('lock.title')}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('lock.intro')}</Typography.Paragraph>
        <SignInForm login={login} submitLabel={t('lock.unlock')} onSignedIn={onSignedIn} formId="lock" />
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Button type="link" onClick={onOtherUser}>
            {t('lock.other')}
          </Button>
        </div>
      </Card>
    </div>
  );
}
