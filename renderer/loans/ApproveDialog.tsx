// Approving a loan request at the machine (R-LOAN-2/3): the approver reads who borrows what, the
// chain so far and — as the rule asks — the due time if the items went out today, then signs the
// waiting step with their own login and password (the one SignDialog → approvals.sign).
import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import { api, call } from '../api';
import { SignDialog } from '../components/SignDialog';
import { useLoad } from '../kit/useLoad';
import { useTime } from './common';

export function RequestSummaryView({ req }: { req: ApprovalRequest }) {
  const { t, i18n } = useTranslation();
  const time = useTime();
  const due = useLoad(() => call(api().loans.duePreview({ requestId: req.id })), [req.id], { inline: true }).data;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item
          label={t('loan.borrower')}
        >{`${req.applicant.name}（${req.applicant.unit}）${req.applicant.contact ? ` ${req.applicant.contact}` : ''}`}</Descriptions.Item>
        <Descriptions.Item label={t('loan.req.items')}>
          {req.targets.map((x) => (
            <div key={x.itemId}>{`${x.itemNo} ${x.title}`}</div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('loan.reason')}>{req.reason}</Descriptions.Item>
        <Descriptions.Item label={t('loan.req.chain')}>
          {req.chain.map((s) => (
            <Tag key={s.index} color={s.signature ? 'green' : s.state === 'current' ? 'orange' : 'default'}>
              {s.label[lang]}
              {s.signature ? ` ✓ ${s.signature.signerName}` : ''}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      {due ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="approve-due" title={t('loan.approve.due', { at: time(due.dueAt) })} />
      ) : null}
      {due && due.unavailable.length ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('loan.approve.unavailable', { n: due.unavailable.length })} />
      ) : null}
    </>
  );
}

export function ApproveDialog({ req, onClose, onDone }: { req: ApprovalRequest; onClose: () => void; onDone: () => void }) {
  return (
    <SignDialog
      open
      meanings={['approved']}
      hideMeaning
      sign={async (v) => {
        await call(
          api().approvals.sign({ requestId: req.id, meaning: 'approved', reason: null, signerLogin: v.signerLogin, signerPassword: v.signerPassword }),
        );
      }}
      onClose={onClose}
      onDone={onDone}
    >
      <RequestSummaryView req={req} />
    </SignDialog>
  );
}
