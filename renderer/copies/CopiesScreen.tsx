// 复制、外出携带与对外提供 (R-SEC-3..5): one tab per register — 复制登记, 外出携带登记,
// 对外提供登记. Each tab: the new-request button, the requests awaiting approval (approve at the
// machine), the approved ones still to be recorded (record copies / departure / provision), the
// register itself (a copy's custody, the return check) and its print button (the one register
// printer).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../electron/approvals/contract/calls';
import type { ApprovedRequestSummary, CarryOutRow, CopyRow, ProvisionRow } from '../../electron/copies/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { RequestDrawer } from '../approvals';
import { useTime } from './common';
import { CopyStateDialog, DepartDialog, ProvideDialog, RecordCopiesDialog, ReturnDialog } from './dialogs';
import { RequestForm, type CopiesRequestType } from './RequestForm';

type Dialog =
  | { kind: 'request'; type: CopiesRequestType }
  | { kind: 'record'; req: ApprovedRequestSummary }
  | { kind: 'copyState'; copy: CopyRow; state: 'returned' | 'destroyed' }
  | { kind: 'depart'; req: ApprovedRequestSummary }
  | { kind: 'return'; row: CarryOutRow }
  | { kind: 'provide'; req: ApprovedRequestSummary };

export function CopiesScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<CopiesRequestType>('copy');
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const done = () => {
    setDialog(null);
    setVersion((n) => n + 1);
  };
  const props = { version, open: setDialog };
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('cp.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as CopiesRequestType)}
        items={[
          { key: 'copy', label: t('cp.tab.copies'), children: <CopyTab {...props} /> },
          { key: 'carryOut', label: t('cp.tab.carryOuts'), children: <CarryOutTab {...props} /> },
          { key: 'externalProvision', label: t('cp.tab.provisions'), children: <ProvisionTab {...props} /> },
        ]}
      />
      {dialog?.kind === 'request' ? <RequestForm type={dialog.type} onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'record' ? <RecordCopiesDialog req={dialog.req} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'copyState' ? <CopyStateDialog copy={dialog.copy} state={dialog.state} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'depart' ? <DepartDialog req={dialog.req} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'return' ? <ReturnDialog row={dialog.row} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'provide' ? <ProvideDialog req={dialog.req} onClose={() => setDialog(null)} onDone={done} /> : null}
    </>
  );
}

interface TabProps {
  version: number;
  open: (d: Dialog) => void;
}

/** New request, the pending ones (approve) and the approved ones still to record. */
function Requests({
  type,
  version,
  open,
  action,
}: TabProps & { type: CopiesRequestType; action: { label: string; run: (r: ApprovedRequestSummary) => void; can: boolean } }) {
  const { t } = useTranslation();
  const time = useTime();
  const canRequest = useCan('approvals.create');
  // the request page of the engine (chain, signatures and their verification, sign / reject)
  const [drawer, setDrawer] = useState<number | null>(null);
  const [seen, setSeen] = useState(0);
  const pending = useLoad(() => call(api().approvals.list({ type, status: 'submitted' })), [type, version, seen]);
  const approved = useLoad(() => call(api().copies.approved({ type })), [type, version, seen]);
  const pendingCols: Column<RequestSummary>[] = [
    { key: 'no', title: t('cp.requestNo'), width: 130, render: (r) => r.no },
    { key: 'applicant', title: t('cp.applicant'), render: (r) => `${r.applicantName}（${r.applicantUnit}）` },
    { key: 'purpose', title: t('cp.purpose'), render: (r) => r.purpose },
    { key: 'submitted', title: t('cp.status'), width: 200, render: (r) => `${t('cp.status.submitted')} ${time(r.submittedAt)}` },
    {
      key: 'act',
      title: t('common.actions'),
      width: 110,
      render: (r) => (
        <Button size="small" onClick={() => setDrawer(r.id)}>
          {t('cp.sign')}
        </Button>
      ),
    },
  ];
  const approvedCols: Column<ApprovedRequestSummary>[] = [
    { key: 'no', title: t('cp.requestNo'), width: 130, render: (r) => r.no },
    { key: 'applicant', title: t('cp.applicant'), render: (r) => `${r.applicantName}（${r.applicantUnit ?? ''}）` },
    { key: 'items', title: t('cp.items'), render: (r) => r.items.map((i) => `${i.archiveNo} ${i.title}`).join('；') },
    {
      key: 'act',
      title: t('common.actions'),
      width: 130,
      render: (r) =>
        r.recorded ? (
          <Tag color="green">{t('cp.recorded')}</Tag>
        ) : action.can ? (
          <Button size="small" type="primary" onClick={() => action.run(r)}>
            {action.label}
          </Button>
        ) : null,
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {canRequest ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'request', type })}>
          {t(`cp.new.${type}`)}
        </Button>
      ) : null}
      <RequestDrawer
        id={drawer}
        onClose={() => {
          setDrawer(null);
          setSeen((n) => n + 1);
        }}
      />
      <Card size="small" title={t('cp.pending')}>
        <DataTable ariaLabel={t('cp.pending')} columns={pendingCols} rowKey={(r) => r.id} rows={pending.data ?? []} loading={pending.loading} />
      </Card>
      <Card size="small" title={t('cp.approved')}>
        <DataTable
          ariaLabel={t('cp.approved')}
          columns={approvedCols}
          rowKey={(r) => r.id}
          rows={(approved.data ?? []).filter((r) => type === 'copy' || !r.recorded)}
          loading={approved.loading}
        />
      </Card>
    </Space>
  );
}

function CopyTab(p: TabProps) {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const canRecord = useCan('copies.record');
  const canSetState = useCan('copies.setState');
  const copies = useLoad(() => call(api().copies.list({})), [p.version]);
  const columns: Column<CopyRow>[] = [
    { key: 'ref', title: t('cp.requestNo'), width: 120, render: (c) => c.refNo },
    { key: 'item', title: t('cp.items'), render: (c) => `${c.itemArchiveNo} ${c.itemTitle}` },
    { key: 'cls', title: '', width: 64, render: (c) => <ClassTag level={c.classification as 0 | 1 | 2 | 3} labels={labels} /> },
    { key: 'no', title: t('cp.copyNo'), width: 80, render: (c) => t('cp.copyNoN', { n: c.copyNo }) },
    { key: 'kind', title: t('cp.kind'), width: 130, render: (c) => `${t(`cp.kind.${c.kind}`)}${c.pages ? `（${c.pages}）` : ''}` },
    { key: 'made', title: t('cp.madeAt'), width: 150, render: (c) => `${time(c.madeAt)} ${c.madeByName}` },
    { key: 'for', title: t('cp.forWhomCol'), width: 150, render: (c) => c.forWhom },
    { key: 'state', title: t('cp.state'), width: 90, render: (c) => <Tag color={c.state === 'issued' ? 'blue' : 'default'}>{t(`cp.state.${c.state}`)}</Tag> },
    {
      key: 'act',
      title: t('common.actions'),
      width: 130,
      render: (c) =>
        canSetState && c.state !== 'destroyed' ? (
          <Space size={4}>
            {c.state === 'issued' ? (
              <Button size="small" onClick={() => p.open({ kind: 'copyState', copy: c, state: 'returned' })}>
                {t('cp.returnCopy')}
              </Button>
            ) : null}
            <Button size="small" danger onClick={() => p.open({ kind: 'copyState', copy: c, state: 'destroyed' })}>
              {t('cp.destroyCopy')}
            </Button>
          </Space>
        ) : null,
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Requests {...p} type="copy" action={{ label: t('cp.record'), can: canRecord, run: (req) => p.open({ kind: 'record', req }) }} />
      <Card size="small" title={t('cp.tab.copies')} extra={<PrintButton label={t('cp.reg.copies')} print={(target) => api().copies.print({ target })} />}>
        <Typography.Paragraph type="secondary">{t('cp.downloadHint')}</Typography.Paragraph>
        <DataTable ariaLabel={t('cp.tab.copies')} columns={columns} rowKey={(c) => c.id} rows={copies.data ?? []} loading={copies.loading} />
      </Card>
    </Space>
  );
}

function CarryOutTab(p: TabProps) {
  const { t } = useTranslation();
  const time = useTime();
  const canDepart = useCan('carryOuts.depart');
  const canReturn = useCan('carryOuts.return');
  const rows = useLoad(() => call(api().carryOuts.list({})), [p.version]);
  const columns: Column<CarryOutRow>[] = [
    { key: 'no', title: t('cp.requestNo'), width: 120, render: (r) => r.requestNo },
    { key: 'carrier', title: t('cp.carrier'), width: 90, render: (r) => r.carrierName },
    { key: 'items', title: t('cp.items'), render: (r) => r.items.map((i) => `${i.archiveNo} ${i.title}`).join('；') },
    { key: 'dest', title: t('cp.destination'), width: 150, render: (r) => r.destination },
    { key: 'measures', title: t('cp.measures'), width: 140, render: (r) => r.measures.map((m) => t(`cp.measure.${m}`)).join('、') },
    {
      key: 'pledge',
      title: t('cp.pledge'),
      width: 120,
      render: (r) => (r.pledge === 'signed' ? `${r.pledgeSignature?.signerName ?? ''} ${r.pledgeSignature?.valid ? '✓' : '✗'}` : t('cp.pledge.paper')),
    },
    { key: 'out', title: t('cp.outAt'), width: 140, render: (r) => time(r.outAt) },
    {
      key: 'ret',
      title: t('cp.returned'),
      width: 170,
      render: (r) =>
        r.returnedAt ? (
          `${time(r.returnedAt)} ${r.returnCheck ? t(`cp.check.${r.returnCheck}`) : ''}`
        ) : (
          <Space size={4}>
            <Tag color={r.overdue ? 'red' : 'orange'}>{r.overdue ? t('cp.overdue') : t('cp.notReturned')}</Tag>
            {canReturn ? (
              <Button size="small" onClick={() => p.open({ kind: 'return', row: r })}>
                {t('cp.return')}
              </Button>
            ) : null}
          </Space>
        ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Requests {...p} type="carryOut" action={{ label: t('cp.depart'), can: canDepart, run: (req) => p.open({ kind: 'depart', req }) }} />
      <Card
        size="small"
        title={t('cp.tab.carryOuts')}
        extra={<PrintButton label={t('cp.reg.carryOuts')} print={(target) => api().carryOuts.print({ target })} />}
      >
        <DataTable ariaLabel={t('cp.tab.carryOuts')} columns={columns} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
      </Card>
    </Space>
  );
}

function ProvisionTab(p: TabProps) {
  const { t } = useTranslation();
  const time = useTime();
  const canRecord = useCan('provisions.record');
  const rows = useLoad(() => call(api().provisions.list({})), [p.version]);
  const columns: Column<ProvisionRow>[] = [
    { key: 'no', title: t('cp.requestNo'), width: 120, render: (r) => r.requestNo },
    { key: 'org', title: t('cp.recipientOrg'), width: 160, render: (r) => r.recipientOrg },
    { key: 'basis', title: t('cp.legalBasis'), width: 170, render: (r) => `${r.legalBasis}${r.agreementRef ? ` / ${r.agreementRef}` : ''}` },
    { key: 'what', title: t('cp.providedWhat'), render: (r) => `${r.providedWhat}（${r.items.map((i) => i.archiveNo).join('、')}）` },
    { key: 'method', title: t('cp.method'), width: 100, render: (r) => t(`cp.method.${r.method}`) },
    { key: 'at', title: t('cp.providedAt'), width: 150, render: (r) => `${time(r.providedAt)} ${r.providedByName}` },
    {
      key: 'appr',
      title: t('cp.approvals'),
      width: 200,
      render: (r) =>
        r.approvals.map((a) => (
          <div key={`${a.step}-${a.signerName}`}>
            {a.step}：{a.signerName} {a.valid ? '✓' : '✗'}
          </div>
        )),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Requests {...p} type="externalProvision" action={{ label: t('cp.provide'), can: canRecord, run: (req) => p.open({ kind: 'provide', req }) }} />
      <Card
        size="small"
        title={t('cp.tab.provisions')}
        extra={<PrintButton label={t('cp.reg.provisions')} print={(target) => api().provisions.print({ target })} />}
      >
        <DataTable ariaLabel={t('cp.tab.provisions')} columns={columns} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
      </Card>
    </Space>
  );
}
