// 借阅登记 (R-LOAN-1..4): the register (filters open / overdue / returned; struck-off rows struck
// through; return, renewal request and overdue notice per row; the bound book printed through the
// one register printer) and the loan requests (approve with the due time shown, issue).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRestorable } from '../shell/restore';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest, RequestSummary } from '../../electron/approvals/contract/calls';
import type { LoanFilter, LoanRow } from '../../electron/loans/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { useCan } from '../kit/can';
import { errorMessage, useLoad } from '../kit/useLoad';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { ApproveDialog } from './ApproveDialog';
import { IssueDialog } from './IssueDialog';
import { LoanRequestForm } from './LoanRequestForm';
import { ReturnDialog } from './ReturnDialog';
import { LoanState, Struck, useTime } from './common';
import { loansChanged } from './OverdueAlert';
import { notifyApprovalsChanged } from '../approvals';

type Dialog =
  | { kind: 'request' }
  | { kind: 'renew'; loan: LoanRow }
  | { kind: 'return'; loan: LoanRow }
  | { kind: 'approve'; req: ApprovalRequest }
  | { kind: 'issue'; req: ApprovalRequest };

export function LoansScreen() {
  const { t } = useTranslation();
  // tab and filter survive a lock and take a dashboard click-through (shell/navigate.ts)
  const [tab, setTab] = useRestorable('loans.tab', 'register');
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canRequest = useCan('loans.request');
  const done = () => {
    setDialog(null);
    setVersion((n) => n + 1);
    loansChanged();
    notifyApprovalsChanged();
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('loan.title')}
        </Typography.Title>
        {canRequest ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'request' })}>
            {t('loan.new')}
          </Button>
        ) : null}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'register', label: t('loan.tab.register'), children: <RegisterTab version={version} open={setDialog} /> },
          { key: 'requests', label: t('loan.tab.requests'), children: <RequestsTab version={version} open={setDialog} /> },
        ]}
      />
      {dialog?.kind === 'request' ? <LoanRequestForm onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'renew' ? (
        <LoanRequestForm renewal={{ ...dialog.loan, loanId: dialog.loan.id }} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
      {dialog?.kind === 'return' ? <ReturnDialog loan={dialog.loan} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'approve' ? <ApproveDialog req={dialog.req} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'issue' ? <IssueDialog req={dialog.req} onClose={() => setDialog(null)} onDone={done} /> : null}
    </>
  );
}

function RegisterTab({ version, open }: { version: number; open: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const [filter, setFilter] = useRestorable<LoanFilter>('loans.filter', 'open');
  const canReturn = useCan('loans.return');
  const canRenew = useCan('loans.request');
  const canPrint = useCan('loans.print');
  const loans = useLoad(() => call(api().loans.list({ filter })), [filter, version]);
  const columns: Column<LoanRow>[] = [
    { key: 'no', title: t('loan.no'), width: 56, render: (l) => <Struck loan={l}>{l.id}</Struck> },
    {
      key: 'borrower',
      title: t('loan.borrower'),
      width: 150,
      render: (l) => (
        <Struck loan={l}>
          {l.borrowerName}
          <br />
          <Typography.Text type="secondary">{l.borrowerUnit}</Typography.Text>
        </Struck>
      ),
    },
    {
      key: 'item',
      title: `${t('loan.archiveNo')} / ${t('loan.itemTitle')}`,
      width: 250,
      render: (l) => (
        <Struck loan={l}>
          {l.itemArchiveNo} <ClassTag level={l.classification as 0 | 1 | 2 | 3} labels={labels} />
          <br />
          {l.itemTitle}
        </Struck>
      ),
    },
    {
      key: 'copies',
      title: t('loan.copies'),
      width: 80,
      render: (l) => (
        <Struck loan={l}>
          {l.copies}
          {l.copiesOut && l.copiesOut !== l.copies ? <div>{t('loan.copiesOut', { n: l.copiesOut })}</div> : null}
        </Struck>
      ),
    },
    { key: 'out', title: t('loan.outAt'), width: 130, render: (l) => <Struck loan={l}>{time(l.outAt)}</Struck> },
    {
      key: 'due',
      title: t('loan.dueAt'),
      width: 150,
      render: (l) => (
        <Struck loan={l}>
          <span style={l.overdueDays > 0 ? { color: '#cf1322', fontWeight: 600 } : undefined}>{time(l.dueAt)}</span>
          {l.renewals.map((r) => (
            <div key={r.id}>
              <Typography.Text type="secondary">{t('loan.renewed', { no: r.requestNo, at: time(r.dueAt) })}</Typography.Text>
            </div>
          ))}
        </Struck>
      ),
    },
    { key: 'approver', title: t('loan.approver'), width: 110, render: (l) => <Struck loan={l}>{l.approver}</Struck> },
    {
      key: 'state',
      title: t('loan.state'),
      width: 170,
      render: (l) => (
        <>
          <LoanState loan={l} />
          {l.struck ? <div style={{ fontSize: 12 }}>{t('loan.struckAt', { at: time(l.struck.at), by: l.struck.byName })}</div> : null}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (l) =>
        l.struck ? null : (
          <Space wrap size={4}>
            {canReturn ? (
              <Button size="small" type="primary" onClick={() => open({ kind: 'return', loan: l })}>
                {t('loan.return')}
              </Button>
            ) : null}
            {canRenew ? (
              <Button size="small" onClick={() => open({ kind: 'renew', loan: l })}>
                {t('loan.renew')}
              </Button>
            ) : null}
            {l.overdueDays > 0 && canPrint ? (
              <PrintButton label={t('loan.notice')} print={(target) => api().loans.printNotice({ loanId: l.id, target })} />
            ) : null}
          </Space>
        ),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Segmented<LoanFilter>
          value={filter}
          onChange={setFilter}
          options={(['open', 'overdue', 'returned', 'all'] as const).map((f) => ({ value: f, label: t(`loan.filter.${f}`) }))}
        />
        {canPrint ? <PrintButton label={t('loan.printRegister')} print={(target) => api().loans.print({ filter, target })} /> : null}
      </Space>
      <DataTable ariaLabel={t('loan.title')} columns={columns} rowKey={(l) => l.id} rows={loans.data ?? []} loading={loans.loading} />
    </>
  );
}

function RequestsTab({ version, open }: { version: number; open: (d: Dialog) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const canSign = useCan('approvals.sign');
  const canIssue = useCan('loans.issue');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const reqs = useLoad(() => call(api().approvals.list({ type: 'loan' })), [version]);
  const loans = useLoad(() => call(api().loans.list({ filter: 'all' })), [version]);
  const used = new Set((loans.data ?? []).flatMap((l) => [l.requestId, ...l.renewals.map((r) => r.requestId)]));
  const act = async (id: number, kind: 'approve' | 'issue') => {
    try {
      const req = await call(api().approvals.get({ id }));
      open({ kind, req });
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const columns: Column<RequestSummary>[] = [
    { key: 'no', title: t('loan.req.no'), width: 130, render: (r) => r.no },
    { key: 'who', title: t('loan.borrower'), width: 180, render: (r) => `${r.applicantName}（${r.applicantUnit}）` },
    { key: 'purpose', title: t('loan.request.purpose'), render: (r) => r.purpose },
    { key: 'items', title: t('loan.req.items'), width: 60, render: (r) => r.itemCount },
    { key: 'at', title: t('loan.req.createdAt'), width: 130, render: (r) => time(r.createdAt) },
    {
      key: 'status',
      title: t('loan.req.status'),
      width: 170,
      render: (r) => (
        <>
          <Tag color={r.status === 'approved' ? 'green' : r.status === 'submitted' ? 'orange' : 'default'}>{t(`loan.req.status.${r.status}`)}</Tag>
          {used.has(r.id) ? <Tag color="blue">{t('loan.req.issued')}</Tag> : null}
          {r.currentStep ? <div>{t('loan.req.waiting', { step: r.currentStep.label[lang] })}</div> : null}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (r) => (
        <Space size={4}>
          {r.status === 'submitted' && canSign ? (
            <Button size="small" type="primary" onClick={() => void act(r.id, 'approve')}>
              {t('loan.approve')}
            </Button>
          ) : null}
          {r.status === 'approved' && !used.has(r.id) && canIssue ? (
            <Button size="small" type="primary" onClick={() => void act(r.id, 'issue')}>
              {t('loan.issue')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return <DataTable ariaLabel={t('loan.tab.requests')} columns={columns} rowKey={(r) => r.id} rows={reqs.data ?? []} loading={reqs.loading} />;
}
