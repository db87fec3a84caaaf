// Runs audit.verify and shows each check; the report can then be signed in the SignDialog: by the
// auditor who ran it, as reviewed (attesting one's own run is not self-approval), and by a second
// person, whose signature is labelled as the second one with its meaning (issue 12).
import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import type { SignatureRow, VerifyReport } from '../../electron/contract/types';
import { api, call } from '../api';
import { SignDialog } from '../components/SignDialog';
import { useSession } from '../session';

/** `timeZone`: the zone the audit screen shows its times in (the printouts' zone), via the one time helper */
export function VerifyPanel({ onVerified, timeZone = workstationTimeZone() }: { onVerified: () => void; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { message } = App.useApp();
  // the verification runs in this session: its user is the one who ran it
  const ranBy = useSession().session.userId;
  const [report, setReport] = useState<(VerifyReport & { id: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  const [signatures, setSignatures] = useState<SignatureRow[]>([]);

  const verify = async () => {
    setBusy(true);
    try {
      const r = await call(api().audit.verify());
      setReport(r);
      setSignatures([]);
      onVerified();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      style={{ marginBottom: 16 }}
      title={t('audit.verifyTitle')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void verify()}>
          {t('audit.verify')}
        </Button>
      }
    >
      {report ? (
        <div data-testid="verify-report">
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={report.ok ? t('audit.verifyOk') : t('audit.verifyFailed')}
            style={{ marginBottom: 12 }}
          />
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('audit.checkedAt')}>{formatTime(report.checkedAt, locale, timeZone)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entries')}>{report.entries}</Descriptions.Item>
            <Descriptions.Item label={t('audit.head')}>
              <Typography.Text code copyable>
                {report.head.slice(0, 16)}…
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {report.notices?.length ? (
            // R-IT-1 (issue 11): the workstation clock went back — not a tampering (every check can
            // still pass), but the auditor must see it: times in the trail are not monotonic there
            <Alert
              data-testid="verify-notices"
              type="warning"
              showIcon
              title={t('audit.notices', { n: report.notices.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {report.notices.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              }
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <List
            size="small"
            dataSource={report.checks}
            renderItem={(c) => (
              <List.Item data-testid={`check-${c.name}`} data-ok={c.ok ? 'true' : 'false'}>
                <Space align="start">
                  {c.ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
                  <span>{t(`audit.check.${c.name}`)}</span>
                  <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? t('audit.checkOk') : t('audit.checkFailed')}</Tag>
                  {c.problems.length ? (
                    <ul style={{ margin: 0 }}>
                      {c.problems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  ) : null}
                </Space>
              </List.Item>
            )}
          />
          <Space style={{ marginTop: 12 }} wrap>
            <Button type="primary" onClick={() => setSigning(true)}>
              {t('audit.sign')}
            </Button>
            {signatures.map((s) => (
              <Tag key={s.id} color="blue" data-testid="signature">
                {s.signerId === ranBy ? t('audit.signedOwn') : t('audit.signedSecond')}：{s.signerName}（{t(`meaning.${s.meaning}`)}，
                {formatTime(s.at, locale, timeZone, { seconds: false })}）
              </Tag>
            ))}
          </Space>
          <SignDialog
            open={signing}
            recordType="auditVerification"
            recordId={report.id}
            meanings={['reviewed', 'witnessed']}
            onClose={() => setSigning(false)}
            onSigned={(sig) => {
              setSigning(false);
              setSignatures((prev) => [...prev, sig]);
              void message.success(t('sign.done', { name: sig.signerName }));
            }}
          />
        </div>
      ) : null}
    </Card>
  );
}
