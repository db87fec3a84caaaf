// The whole chain of a request (R-GOV-1): each step, who may sign it, its signature and whether
// that signature verifies against the request as it is now (已验证 / 验证失败), and — for the
// waiting step — the sign button: the one SignDialog, meaning approved or rejected, a rejection
// with its reason. The step's transition happens in main, in the signature's own transaction.
import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest, ChainEntry } from '../../electron/approvals/contract/calls';
import { api, call, CallError } from '../api';
import { SignDialog } from '../components/SignDialog';
import { useCan } from '../kit/can';
import { notifyApprovalsChanged, usePick, useTime } from './common';

const STEP_STATUS = { waiting: 'wait', current: 'process', approved: 'finish', rejected: 'error', closed: 'wait' } as const;

function StepDescription({ step }: { step: ChainEntry }) {
  const { t } = useTranslation();
  const time = useTime();
  const roles = step.anyOf.map((r) => t(`roles.${r}`)).join(' / ');
  return (
    <Space orientation="vertical" size={2} data-testid={`chain-step-${step.index}`}>
      <Typography.Text type="secondary">{t('appr.stepRoles', { roles })}</Typography.Text>
      <span>
        <Tag>{t(`appr.step.${step.state}`)}</Tag>
      </span>
      {step.signature ? (
        <span>
          {t('appr.signedBy', { name: step.signature.signerName, at: time(step.signature.at) })}{' '}
          {step.signature.valid ? (
            <Tag icon={<CheckCircleOutlined />} color="success" data-testid="signature-verified">
              {t('appr.verified')}
            </Tag>
          ) : (
            <Tag icon={<CloseCircleOutlined />} color="error" data-testid="signature-invalid">
              {t('appr.verifyFailed')}
            </Tag>
          )}
        </span>
      ) : null}
    </Space>
  );
}

export function RequestChain({ request, onChanged }: { request: ApprovalRequest; onChanged?: (r: ApprovalRequest) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const canSign = useCan('approvals.sign');
  const [signing, setSigning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const current = request.currentStep === null ? null : request.chain[request.currentStep]!;

  return (
    <div data-testid="request-chain">
      {!request.verified ? <Alert type="error" showIcon icon={<WarningOutlined />} title={t('appr.tampered')} style={{ marginBottom: 12 }} /> : null}
      {request.chain.length ? (
        <Steps
          orientation="vertical"
          size="small"
          current={request.currentStep ?? request.chain.length}
          items={request.chain.map((s) => ({ title: pick(s.label), status: STEP_STATUS[s.state], description: <StepDescription step={s} /> }))}
        />
      ) : null}
      {current && canSign ? (
        <Button type="primary" onClick={() => setSigning(true)} data-testid="request-sign">
          {t('appr.sign')}：{pick(current.label)}
        </Button>
      ) : null}
      <SignDialog
        open={signing}
        meanings={['approved', 'rejected']}
        onClose={() => setSigning(false)}
        sign={async (v) => {
          setReasonError(null);
          const meaning = v.meaning === 'rejected' ? 'rejected' : 'approved';
          if (meaning === 'rejected' && !reason.trim()) {
            setReasonError(t('v.rejectReason'));
            throw new Error(t('v.rejectReason'));
          }
          try {
            const r = await call(
              api().approvals.sign({
                requestId: request.id,
                meaning,
                reason: reason.trim() || null,
                signerLogin: v.signerLogin,
                signerPassword: v.signerPassword,
              }),
            );
            onChanged?.(r);
          } catch (e) {
            const issue = e instanceof CallError ? e.error.issues?.find((i) => i.path === 'reason') : undefined;
            if (issue) setReasonError(issue.message);
            throw e;
          }
        }}
        onDone={() => {
          setSigning(false);
          setReason('');
          notifyApprovalsChanged();
        }}
      >
        {current ? (
          <Typography.Paragraph strong>
            {t('appr.title', { no: request.no })} · {pick(current.label)}
          </Typography.Paragraph>
        ) : null}
        <Form layout="vertical" component="div">
          <Form.Item label={t('appr.rejectReason')} extra={t('appr.rejectReasonHint')} validateStatus={reasonError ? 'error' : undefined} help={reasonError}>
            <Input.TextArea id="sign-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      </SignDialog>
    </div>
  );
}
