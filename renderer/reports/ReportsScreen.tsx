// 统计报表 (R-REP-1..5): the compiled reports (compile a new one for a period), the departments'
// requests (recorded here, signed by the CS manager and the GM in the request's chain, then compiled
// for), and the templates with their versions. A report opens in ReportView.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail, ReportRequestRow, ReportSummary } from '../../electron/reports/contract/calls';
import { api, call } from '../api';
import { RequestDrawer, useApprovalsChanged } from '../approvals';
import { DataTable, type Column } from '../components/DataTable';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useTime } from '../inspections/common';
import { CompileDialog, RequestDialog } from './dialogs';
import { ReportView } from './ReportView';
import { TemplatesTab } from './TemplatesTab';
import { STATUS_COLOR } from './common';

export function ReportsScreen() {
  const [openId, setOpenId] = useState<number | null>(null);
  return openId ? <ReportView id={openId} onBack={() => setOpenId(null)} /> : <Lists onOpen={setOpenId} />;
}

type Dialog = { kind: 'compile'; request?: ReportRequestRow } | { kind: 'request' };

function Lists({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const [tab, setTab] = useState('reports');
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [requestId, setRequestId] = useState<number | null>(null);
  const canCompile = useCan('reports.compile');
  const canRequest = useCan('reports.request');
  useApprovalsChanged(() => setVersion((n) => n + 1));
  const reports = useLoad(() => call(api().reports.list({})), [version]);
  const requests = useLoad(() => call(api().reports.requests({})), [version]);
  const templates = useLoad(() => call(api().reports.templates({})), [version]);
  const repCols: Column<ReportSummary>[] = [
    { key: 'no', title: t('rpt.no'), render: (r) => r.no },
    { key: 'template', title: t('rpt.template'), render: (r) => `${r.templateName}（${t('rpt.versionN', { n: r.templateVersion })}）` },
    { key: 'period', title: t('rpt.period'), render: (r) => `${r.period.from} – ${r.period.to}` },
    { key: 'request', title: t('rpt.request'), render: (r) => r.requestNo ?? '—' },
    { key: 'by', title: t('rpt.compiledBy'), render: (r) => `${r.compiledByName} ${time(r.compiledAt)}` },
    { key: 'status', title: t('rpt.status'), render: (r) => <Tag color={STATUS_COLOR[r.status]}>{t(`rpt.status.${r.status}`)}</Tag> },
    {
      key: 'actions',
      title: t('rpt.actions'),
      render: (r) => (
        <Button size="small" onClick={() => onOpen(r.id)} data-testid={`open-${r.no}`}>
          {t('rpt.open')}
        </Button>
      ),
    },
  ];
  const reqCols: Column<ReportRequestRow>[] = [
    { key: 'no', title: t('rpt.requestNo'), render: (r) => r.no },
    { key: 'dept', title: t('rpt.department'), render: (r) => `${r.department} ${r.requesterName}` },
    { key: 'period', title: t('rpt.period'), render: (r) => `${r.period.from} – ${r.period.to}（${t(`rpt.frequency.${r.frequency as 'monthly'}`)}）` },
    { key: 'copies', title: t('rpt.copiesN'), render: (r) => r.copies },
    { key: 'purpose', title: t('rpt.purpose'), render: (r) => r.purpose },
    {
      key: 'status',
      title: t('rpt.requestStatus'),
      render: (r) => (
        <Tag color={r.status === 'approved' ? 'green' : r.status === 'submitted' ? 'blue' : 'default'}>{t(`rpt.requestStatus.${r.status as 'approved'}`)}</Tag>
      ),
    },
    { key: 'reports', title: t('rpt.reportsOf'), render: (r) => r.reports.join('、') },
    {
      key: 'actions',
      title: t('rpt.actions'),
      render: (r) => (
        <Space size={4}>
          <Button size="small" onClick={() => setRequestId(r.id)} data-testid={`request-${r.no}`}>
            {t('rpt.open')}
          </Button>
          {r.status === 'approved' && canCompile && templates.data ? (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'compile', request: r })} data-testid={`compile-${r.no}`}>
              {t('rpt.compileFor')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  const compiled = (r: ReportDetail) => {
    setDialog(null);
    onOpen(r.id);
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rpt.title')}
        </Typography.Title>
        <Space>
          {canRequest && templates.data ? (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'request' })}>
              {t('rpt.newRequest')}
            </Button>
          ) : null}
          {canCompile && templates.data ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'compile' })}>
              {t('rpt.compile')}
            </Button>
          ) : null}
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'reports',
            label: t('rpt.tab.reports'),
            children: <DataTable ariaLabel={t('rpt.tab.reports')} columns={repCols} rowKey={(r) => r.id} rows={reports.data ?? []} loading={reports.loading} />,
          },
          {
            key: 'requests',
            label: t('rpt.tab.requests'),
            children: (
              <DataTable ariaLabel={t('rpt.tab.requests')} columns={reqCols} rowKey={(r) => r.id} rows={requests.data ?? []} loading={requests.loading} />
            ),
          },
          {
            key: 'templates',
            label: t('rpt.tab.templates'),
            children: <TemplatesTab templates={templates.data ?? []} onChanged={() => setVersion((n) => n + 1)} />,
          },
        ]}
      />
      {dialog?.kind === 'compile' ? (
        <CompileDialog templates={templates.data ?? []} request={dialog.request} onClose={() => setDialog(null)} onDone={compiled} />
      ) : null}
      {dialog?.kind === 'request' ? (
        <RequestDialog
          templates={templates.data ?? []}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setTab('requests');
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
      <RequestDrawer
        id={requestId}
        onClose={() => {
          setRequestId(null);
          setVersion((n) => n + 1);
        }}
        extra={() => {
          const x = requests.data?.find((q) => q.id === requestId);
          const tpl = templates.data?.find((q) => q.id === x?.templateId);
          return x ? (
            <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }} data-testid="report-request-details">
              <Descriptions.Item label={t('rpt.template')}>{tpl?.name ?? x.templateId}</Descriptions.Item>
              <Descriptions.Item label={t('rpt.frequency')}>{t(`rpt.frequency.${x.frequency as 'monthly'}`)}</Descriptions.Item>
              <Descriptions.Item label={t('rpt.period')}>
                {x.period.from} – {x.period.to}
              </Descriptions.Item>
              <Descriptions.Item label={t('rpt.copiesN')}>{x.copies}</Descriptions.Item>
            </Descriptions>
          ) : null;
        }}
      />
    </>
  );
}
