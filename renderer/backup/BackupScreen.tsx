// 备份与恢复 (R-IT-1): back up to removable media (main chooses the folder, the copy is verified
// read-only before success, a manifest beside it), the restore drill (check any backup file
// without touching the live vault) and the restore itself — a rollback only with the security
// officer's signature (SignDialog in the restore call).
import { Alert, App, Button, Card, Descriptions, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCheck, BackupManifest, BackupProgress, RestoreResult } from '../../electron/backup/contract/calls';
import { api, call } from '../api';
import { SignDialog } from '../components/SignDialog';
import { errorMessage, useLoad } from '../kit/useLoad';

function ManifestView({ m, ageDays }: { m: BackupManifest; ageDays?: number }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} bordered data-testid="backup-manifest">
      <Descriptions.Item label={t('bk.f.file')}>{m.file}</Descriptions.Item>
      <Descriptions.Item label={t('bk.f.createdAt')}>{m.createdAt}</Descriptions.Item>
      {ageDays !== undefined ? <Descriptions.Item label={t('bk.f.age')}>{t('bk.days', { n: ageDays })}</Descriptions.Item> : null}
      <Descriptions.Item label={t('bk.f.vaultId')}>{m.vaultId}</Descriptions.Item>
      <Descriptions.Item label={t('bk.f.head')}>{`#${m.auditSeq} ${m.auditHead}`}</Descriptions.Item>
      <Descriptions.Item label={t('bk.f.sha256')}>
        <Typography.Text code>{m.sha256}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function BackupScreen() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const status = useLoad(() => call(api().backup.status()), []);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [made, setMade] = useState<BackupManifest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const [signing, setSigning] = useState(false);
  const [restored, setRestored] = useState<RestoreResult | null>(null);

  // progress of a running backup, polled from main
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void call(api().backup.progress())
        .then((p) => p && setProgress(p))
        .catch(() => undefined);
    }, 300);
    return () => clearInterval(timer);
  }, [running]);

  const backUp = async () => {
    setError(null);
    setMade(null);
    setRunning(true);
    setProgress({ phase: 'choose', percent: 0 });
    try {
      const m = await call(api().backup.create());
      if (!m) void message.info(t('bk.cancelled'));
      else {
        setMade(m);
        setProgress({ phase: 'done', percent: 100 });
      }
      await status.reload();
    } catch (e) {
      setProgress({ phase: 'failed', percent: 100 });
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  const drill = async () => {
    setError(null);
    try {
      const c = await call(api().backup.check());
      if (c) setCheck(c);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const restore = async (rollback?: { signerLogin: string; signerPassword: string }) => {
    const r = await call(api().backup.restore({ checkId: check!.checkId, rollback }));
    setSigning(false);
    setRestored(r);
  };
  const askRestore = () => {
    if (check?.olderThanCheckpoint) {
      setSigning(true);
      return;
    }
    modal.confirm({
      title: t('bk.restore'),
      content: t('bk.restoreConfirm'),
      onOk: () => restore().catch((e: unknown) => setError(errorMessage(e))),
    });
  };

  if (restored) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="backup-restored"
        title={t('bk.restored', { files: restored.replacedKeptAt.join(', ') })}
        action={<Button onClick={() => window.location.reload()}>{t('bk.signInAgain')}</Button>}
      />
    );
  }
  const st = status.data;
  return (
    <>
      <Typography.Title level={4}>{t('bk.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('bk.intro')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Card title={t('bk.last')} size="small">
          {st?.last ? <ManifestView m={st.last} ageDays={st.last.ageDays} /> : <Typography.Text type="warning">{t('bk.none')}</Typography.Text>}
          {st ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('bk.policy', { n: st.policyDays })}
            </Typography.Paragraph>
          ) : null}
        </Card>
        <Card size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" onClick={() => void backUp()} loading={running}>
              {running ? t('bk.creating') : t('bk.create')}
            </Button>
            {progress ? (
              <div data-testid="backup-progress">
                <Progress percent={progress.percent} status={progress.phase === 'failed' ? 'exception' : progress.phase === 'done' ? 'success' : 'active'} />
                <Typography.Text type="secondary">{t(`bk.phase.${progress.phase}`)}</Typography.Text>
              </div>
            ) : null}
            {made ? <Alert type="success" showIcon title={t('bk.done')} description={<ManifestView m={made} />} data-testid="backup-done" /> : null}
          </Space>
        </Card>
        <Card size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('bk.drillIntro')}</Typography.Text>
            <Button onClick={() => void drill()}>{t('bk.drill')}</Button>
            {check ? (
              <Alert
                type={check.ok ? (check.olderThanCheckpoint ? 'warning' : 'success') : 'error'}
                showIcon
                data-testid="backup-check"
                title={check.ok ? t('bk.checkOk') : t('bk.checkBad')}
                description={
                  <Space direction="vertical">
                    <span>{check.file}</span>
                    {check.createdAt ? <span>{`${t('bk.f.createdAt')}: ${check.createdAt} (${t('bk.days', { n: check.ageDays })})`}</span> : null}
                    {check.auditHead ? <span>{`${t('bk.f.head')}: #${check.auditSeq} ${check.auditHead}`}</span> : null}
                    {!check.sameVault && check.vaultId ? <span>{t('bk.otherVault')}</span> : null}
                    {check.problems.map((p) => (
                      <span key={p}>{p}</span>
                    ))}
                    {check.ok && check.olderThanCheckpoint ? <strong>{t('bk.older', { cp: check.checkpointSeq, seq: check.auditSeq })}</strong> : null}
                    {check.ok ? (
                      <Button danger onClick={askRestore}>
                        {t('bk.restore')}
                      </Button>
                    ) : null}
                  </Space>
                }
              />
            ) : null}
          </Space>
        </Card>
        {error ? <Alert type="error" showIcon role="alert" title={error} data-testid="backup-error" /> : null}
      </Space>
      <SignDialog
        open={signing}
        hideMeaning
        meanings={['approved']}
        sign={(v) => restore({ signerLogin: v.signerLogin, signerPassword: v.signerPassword })}
        onClose={() => setSigning(false)}
      >
        <Typography.Paragraph strong>{t('bk.rollbackSign')}</Typography.Paragraph>
        {check ? <Typography.Paragraph>{t('bk.rollbackWhat', { seq: check.auditSeq })}</Typography.Paragraph> : null}
      </SignDialog>
    </>
  );
}
