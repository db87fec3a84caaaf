// A password set by the administrator (new user, reset) is known to two people: the user sets
// their own before anything else opens.
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { ChangePassword } from '../../settings/SettingsScreen';

export function ForcePasswordScreen() {
  const { t } = useTranslation();
  const { session, setSession, signOut } = useSession();
  return (
    <div className="gate">
      <Card
        className="gate-card"
        title={t('password.mustChangeTitle')}
        extra={
          <Button type="link" onClick={() => void signOut()}>
            {t('layout.signOut')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('password.mustChangeIntro')}</Typography.Paragraph>
        <ChangePassword onChanged={() => setSession({ ...session, mustChangePassword: false })} />
      </Card>
    </div>
  );
}
