// 审批 (R-GOV-1): the inbox — what waits for the signed-in user's roles, oldest first, overdue
// marked — and all requests (by type and status). A row opens the request page.
import { Button, Select, Space, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, type RequestStatus, type RequestSummary } from '../../electron/approvals/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { useLoad } from '../kit/useLoad';
import { notifyApprovalsChanged, StatusTag, useApprovalsChanged, usePick, useTime } from './common';
import { RequestDrawer } from './RequestView';

function useColumns(withStatus: boolean): Column<RequestSummary>[] {
  const { t } = useTranslation();
  const time = useTime();
  const pick = usePick();
  const labels = useClassLabels();
  return [
    { key: 'no', title: t('appr.no'), width: 140, render: (r) => r.no },
    { key: 'type', title: t('appr.type'), width: 120, render: (r) => pick(r.typeLabel) },
    {
      key: 'applicant',
      title: t('appr.applicant'),
      render: (r) => (
        <>
          {`${r.applicantName}（${r.applicantUnit}）`}
          {r.applicantKind === 'outsider' ? <Tag style={{ marginLeft: 4 }}>{t('appr.kind.outsider')}</Tag> : null}
        </>
      ),
    },
    { key: 'purpose', title: t('appr.purpose'), render: (r) => r.purpose },
    {
      key: 'items',
      title: t('appr.highest'),
      width: 120,
      render: (r) => (
        <>
          <ClassTag level={r.highestClassification} labels={labels} /> {t('appr.itemCount', { n: r.itemCount })}
        </>
      ),
    },
    ...(withStatus ? [{ key: 'status', title: t('appr.status'), width: 90, render: (r: RequestSummary) => <StatusTag status={r.status} /> }] : []),
    {
      key: 'step',
      title: t('appr.waitingStep'),
      width: 150,
      render: (r) => (
        <>
          {r.currentStep ? pick(r.currentStep.label) : '—'}
          {r.urgency === 'urgent' ? <Tag color="red">{t('appr.urgency.urgent')}</Tag> : null}
          {r.overdue ? (
            <Tag color="volcano" data-testid="request-overdue">
              {t('appr.overdue')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: 'at', title: t('appr.submittedAt'), width: 140, render: (r) => time(r.submittedAt ?? r.createdAt) },
  ];
}

function Inbox({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const list = useLoad(() => call(api().approvals.inbox({})), []);
  useApprovalsChanged(list.reload);
  const columns = useColumns(false);
  return (
    <div data-testid="approvals-inbox">
      <DataTable
        ariaLabel={t('appr.inbox')}
        columns={columns}
        rowKey={(r) => r.id}
        rows={list.data ?? []}
        loading={list.loading}
        onRowClick={(r) => onOpen(r.id)}
      />
    </div>
  );
}

function AllRequests({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const [type, setType] = useState<string | undefined>();
  const [status, setStatus] = useState<RequestStatus | undefined>();
  const types = useLoad(() => call(api().approvals.types({})), []).data ?? [];
  const list = useLoad(() => call(api().approvals.list({ type, status })), [type, status]);
  useApprovalsChanged(list.reload);
  const columns = useColumns(true);
  return (
    <div data-testid="approvals-all">
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('appr.allTypes')}
          value={type}
          onChange={setType}
          options={types.map((x) => ({ value: x.type, label: pick(x.label) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('appr.allStatuses')}
          value={status}
          onChange={setStatus}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`appr.st.${s}`) }))}
        />
        <Button onClick={() => void list.reload()}>{t('appr.refresh')}</Button>
      </Space>
      <DataTable
        ariaLabel={t('appr.all')}
        columns={columns}
        rowKey={(r) => r.id}
        rows={list.data ?? []}
        loading={list.loading}
        onRowClick={(r) => onOpen(r.id)}
      />
    </div>
  );
}

export function ApprovalsScreen() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const close = useCallback(() => setOpen(null), []);
  // opening 审批 refreshes the menu count at once (else it follows its 30 s poll)
  useEffect(() => notifyApprovalsChanged(), []);
  return (
    <>
      <Tabs
        items={[
          { key: 'inbox', label: t('appr.inbox'), children: <Inbox onOpen={setOpen} /> },
          { key: 'all', label: t('appr.all'), children: <AllRequests onOpen={setOpen} /> },
        ]}
      />
      <RequestDrawer id={open} onClose={close} />
    </>
  );
}
