// 泄密事件 (R-SEC-7): every incident by state — what, found when, reported by whom, the scope, the
// state and the next step's deadline (red when overdue); 确认收到 for the supervisor and CS manager
// until they have; the next step for whoever records it; the details (steps, acknowledgements, the
// evidence check, the holds) with the incident report printed.
import { Alert, Button, Descriptions, Modal, Segmented, Space, Tag, Timeline, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_FILTERS,
  STEP_ROLES,
  type IncidentFilter,
  type IncidentRow,
  type IncidentState,
  type IncidentStep,
} from '../../electron/incidents/contract/calls';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import { api, call, CallError } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useSession } from '../session';
import { useRestorable } from '../shell/restore';
import { incidentsChanged, useIncidentsVersion } from './changed';
import { ReportDialog, StepDialog } from './dialogs';

const STATE_COLOR: Record<IncidentState, string> = { reported: 'red', contained: 'orange', investigating: 'gold', resolved: 'blue', closed: 'green' };

function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const tz = workstationTimeZone();
  return (iso) => formatTime(iso, i18n.language === 'en' ? 'en' : 'zh-CN', tz, { seconds: false });
}

export function IncidentsScreen() {
  const { t } = useTranslation();
  const time = useTime();
  const { message } = App.useApp();
  const { roles } = useSession().session;
  const [filter, setFilter] = useRestorable<IncidentFilter>('incidents.filter', 'all');
  const version = useIncidentsVersion();
  const [reporting, setReporting] = useState(false);
  const [stepping, setStepping] = useState<{ row: IncidentRow; step: IncidentStep } | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const canReport = useCan('incidents.report');
  const canStep = useCan('incidents.step');
  const rows = useLoad(() => call(api().incidents.list({ filter })), [filter, version]);
  const mayStep = (s: IncidentStep) => canStep && roles.some((r) => STEP_ROLES[s].includes(r));
  const ack = async (id: number) => {
    try {
      await call(api().incidents.acknowledge({ incidentId: id }));
      void message.success(t('inc.acknowledged'));
    } catch (e) {
      void message.error(e instanceof CallError ? e.message : String(e));
    }
    incidentsChanged();
  };
  const cols: Column<IncidentRow>[] = [
    { key: 'no', title: t('inc.no'), width: 110, render: (r) => r.no },
    {
      key: 'summary',
      title: t('inc.summaryShort'),
      render: (r) => (
        <>
          <div>{r.summary}</div>
          {r.inspectionNo ? <Typography.Text type="secondary">{t('inc.fromInspection', { no: r.inspectionNo })}</Typography.Text> : null}
        </>
      ),
    },
    { key: 'foundAt', title: t('inc.foundAt'), width: 140, render: (r) => time(r.foundAt) },
    { key: 'reportedBy', title: t('inc.reportedBy'), width: 90, render: (r) => r.reportedByName },
    {
      key: 'scope',
      title: t('inc.scope'),
      width: 130,
      render: (r) =>
        [r.items.length ? t('inc.scopeItems', { n: r.items.length }) : null, r.customers.length ? t('inc.scopeCustomers', { n: r.customers.length }) : null]
          .filter(Boolean)
          .join('，') || t('inc.scopeNone'),
    },
    {
      key: 'state',
      title: t('inc.state'),
      width: 90,
      render: (r) => (
        <Tag color={STATE_COLOR[r.state]} data-testid={`incident-state-${r.no}`}>
          {t(`inc.state.${r.state}`)}
        </Tag>
      ),
    },
    {
      key: 'next',
      title: t('inc.next'),
      width: 170,
      render: (r) =>
        r.next ? (
          <span style={r.next.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>
            {t(`inc.step.${r.next.step}`)} · {time(r.next.dueAt)}
            {r.next.overdue ? ` · ${t('inc.overdue')}` : ''}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (r) => (
        <Space wrap size={4}>
          {r.mineToAck ? (
            <Button size="small" danger type="primary" onClick={() => void ack(r.id)}>
              {t('inc.acknowledge')}
            </Button>
          ) : null}
          {r.next && mayStep(r.next.step) ? (
            <Button size="small" type="primary" onClick={() => setStepping({ row: r, step: r.next!.step })}>
              {t(`inc.step.${r.next.step}`)}
            </Button>
          ) : null}
          <Button size="small" onClick={() => setDetail(r.id)}>
            {t('inc.detail')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('inc.title')}
        </Typography.Title>
        {canReport ? (
          <Button type="primary" danger onClick={() => setReporting(true)}>
            {t('inc.report')}
          </Button>
        ) : null}
      </Space>
      <Segmented
        style={{ marginBottom: 8 }}
        value={filter}
        onChange={(v) => setFilter(v as IncidentFilter)}
        options={INCIDENT_FILTERS.map((f) => ({ value: f, label: t(`inc.filter.${f}`) }))}
      />
      <DataTable ariaLabel={t('inc.title')} columns={cols} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
      {reporting ? (
        <ReportDialog
          onClose={() => setReporting(false)}
          onDone={() => {
            setReporting(false);
            incidentsChanged();
          }}
        />
      ) : null}
      {stepping ? (
        <StepDialog
          row={stepping.row}
          step={stepping.step}
          onClose={() => setStepping(null)}
          onDone={() => {
            setStepping(null);
            incidentsChanged();
          }}
        />
      ) : null}
      {detail !== null ? <IncidentDetailModal id={detail} version={version} onClose={() => setDetail(null)} /> : null}
    </>
  );
}

function IncidentDetailModal({ id, version, onClose }: { id: number; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const canPrint = useCan('incidents.print');
  const x = useLoad(() => call(api().incidents.get({ incidentId: id })), [id, version]).data;
  return (
    <Modal open width={820} title={x ? t('inc.detailTitle', { no: x.no }) : ''} onCancel={onClose} footer={null} destroyOnHidden>
      {x ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('inc.summaryShort')} span={2}>
              {x.summary}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.foundAt')}>{time(x.foundAt)}</Descriptions.Item>
            <Descriptions.Item label={t('inc.reportedBy')}>
              {x.reportedByName} · {time(x.reportedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.items')} span={2}>
              {x.items.length ? x.items.map((i) => `${i.archiveNo} ${i.title}`).join('；') : t('inc.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.customers')} span={2}>
              {x.customers.length ? x.customers.map((c) => c.name).join('；') : t('inc.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.channel')} span={2}>
              {x.channel}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.measures')} span={2}>
              {x.measures}
            </Descriptions.Item>
            <Descriptions.Item label={t('inc.acks')} span={2}>
              {x.acks.length ? x.acks.map((a) => `${a.userName} ${time(a.at)}`).join('；') : t('inc.noAcks')}
            </Descriptions.Item>
          </Descriptions>
          <Alert
            type={x.evidenceCheck.ok ? 'success' : 'error'}
            showIcon
            data-testid="incident-evidence"
            title={`${t('inc.evidence')}：${x.evidenceCheck.ok ? t('inc.evidenceOk') : t('inc.evidenceBad')}`}
            description={
              <>
                <Typography.Text code style={{ wordBreak: 'break-all' }}>
                  SHA-256 {x.evidenceSha256}
                </Typography.Text>
                <div>{x.unscoped ? t('inc.unscoped') : x.heldItems ? t('inc.held', { n: x.heldItems }) : t('inc.released')}</div>
              </>
            }
          />
          <Typography.Title level={5}>{t('inc.steps')}</Typography.Title>
          <Timeline
            items={[
              { color: 'red', content: `${t('inc.state.reported')} · ${time(x.reportedAt)} · ${x.reportedByName}` },
              ...x.steps.map((s) => ({
                color: s.late ? 'red' : 'green',
                content: `${t(`inc.state.${s.step}`)} · ${time(s.at)} · ${s.byName}：${s.note}${s.late ? `（${t('inc.late')}）` : ''}`,
              })),
              ...(x.next
                ? [{ color: 'gray', content: `${t(`inc.step.${x.next.step}`)} · ${time(x.next.dueAt)}${x.next.overdue ? ` · ${t('inc.overdue')}` : ''}` }]
                : []),
            ]}
          />
          {canPrint ? <PrintButton label={t('inc.print')} print={(target) => api().incidents.print({ incidentId: x.id, target })} /> : null}
        </Space>
      ) : null}
    </Modal>
  );
}
