// The idle-lock warning (R-IT-1): a countdown 60 s before the lock, with 继续工作. It sits above
// any open dialog, so a half-filled form stays where it is when the user comes back in time.
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function IdleWarning({ seconds, onKeepWorking }: { seconds: number | null; onKeepWorking: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={seconds !== null}
      title={t('idle.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      zIndex={3000}
      footer={
        <Button type="primary" autoFocus onClick={onKeepWorking}>
          {t('idle.keepWorking')}
        </Button>
      }
    >
      <Typography.Paragraph data-testid="idle-countdown">{t('idle.body', { n: seconds ?? 0 })}</Typography.Paragraph>
    </Modal>
  );
}
