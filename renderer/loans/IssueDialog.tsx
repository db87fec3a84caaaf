// Issuing an approved loan (R-LOAN-1/3): the request once more with the due time, the borrower's
// signature on the pad (or "signed on the printed slip"), then loans.issue — which refuses an
// item already out. An approved renewal request is carried out here too (loans.renew).
import { Alert, App, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import { api, call } from '../api';
import { errorMessage } from '../kit/useLoad';
import { RequestSummaryView } from './ApproveDialog';
import { SignaturePad } from './SignaturePad';
import { useTime } from './common';

export function IssueDialog({ req, onClose, onDone }: { req: ApprovalRequest; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const renewalOf = typeof req.details.renewalOf === 'number' ? req.details.renewalOf : null;
  const [mode, setMode] = useState<'pad' | 'slip'>('pad');
  const [png, setPng] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    if (!renewalOf && mode === 'pad' && !png) return setError(t('loan.issue.padEmpty'));
    setBusy(true);
    try {
      if (renewalOf) {
        const row = await call(api().loans.renew({ loanId: renewalOf, requestId: req.id }));
        void message.success(t('loan.renew.done', { at: time(row.dueAt) }));
      } else {
        const rows = await call(api().loans.issue({ requestId: req.id, signature: mode === 'pad' ? { kind: 'pad', pngBase64: png! } : { kind: 'slip' } }));
        void message.success(t('loan.issue.done', { n: rows.length }));
      }
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('loan.issue.title', { no: req.no })}
      okText={renewalOf ? t('loan.doRenew') : t('loan.issue')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <RequestSummaryView req={req} />
      {renewalOf ? (
        <Typography.Paragraph>{t('loan.req.renewalOf', { id: renewalOf })}</Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('loan.issue.signatureMode')}</Typography.Text>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'pad' | 'slip')}>
            <Radio value="pad">{t('loan.issue.pad')}</Radio>
            <Radio value="slip">{t('loan.issue.slip')}</Radio>
          </Radio.Group>
          {mode === 'pad' ? <SignaturePad onChange={setPng} /> : null}
          <Typography.Text type="secondary">{t('loan.issue.noLending')}</Typography.Text>
        </Space>
      )}
      {error ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={error} /> : null}
    </Modal>
  );
}
