// 档案鉴定与销毁 (R-SEC-6): the appraisal list of expired items (destroy / keep N more years / keep
// permanently), the destruction batches (销毁清册) and one batch's page — approval, cooling-off,
// cancel, the execution recorded, the witnesses signing at the machine, confirmed; prints.
import { App, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_FILTERS, DECISIONS, type AppraisalFilter, type AppraisalRow, type BatchRow } from '../../electron/destruction/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { NumberField, SelectField, TextField } from '../components/FormField';
import { useCan } from '../kit/can';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { BatchView } from './BatchView';
import { BatchStateTag, useTime } from './common';

export function DestructionScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'appraisal' | 'batches'>('appraisal');
  const [openId, setOpenId] = useState<number | null>(null);
  if (openId) return <BatchView id={openId} onBack={() => setOpenId(null)} />;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('dx.title')}
      </Typography.Title>
      <Segmented
        style={{ marginBottom: 12 }}
        value={tab}
        onChange={(v) => setTab(v as typeof tab)}
        options={[
          { value: 'appraisal', label: t('dx.tab.appraisal') },
          { value: 'batches', label: t('dx.tab.batches') },
        ]}
      />
      {tab === 'appraisal' ? <AppraisalList onCreated={setOpenId} /> : <BatchList onOpen={setOpenId} />}
    </>
  );
}

function AppraisalList({ onCreated }: { onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const [filter, setFilter] = useState<AppraisalFilter>('due');
  const [version, setVersion] = useState(0);
  const [appraising, setAppraising] = useState<AppraisalRow | null>(null);
  const [creating, setCreating] = useState(false);
  const canAppraise = useCan('destruction.appraise');
  const canCreate = useCan('destruction.create');
  const rows = useLoad(() => call(api().destruction.appraisals({ filter })), [filter, version]);
  const cols: Column<AppraisalRow>[] = [
    { key: 'archiveNo', title: t('dx.archiveNo'), width: 180, render: (r) => r.archiveNo },
    { key: 'title', title: t('dx.itemTitle'), render: (r) => r.title },
    { key: 'class', title: t('dx.classification'), width: 70, render: (r) => <ClassTag level={r.classification as 0} labels={labels} /> },
    { key: 'docDate', title: t('dx.docDate'), width: 100, render: (r) => r.docDate ?? '—' },
    { key: 'retention', title: t('dx.retention'), width: 84, render: (r) => t(`dx.retention.${r.retention}`) },
    { key: 'until', title: t('dx.retentionUntil'), width: 100, render: (r) => r.retentionUntil },
    {
      key: 'last',
      title: t('dx.last'),
      render: (r) =>
        r.last
          ? t('dx.lastLine', {
              decision: t(`dx.decision.${r.last.decision}`) + (r.last.years ? ` ${r.last.years}` : ''),
              reason: r.last.reason,
              by: r.last.byName,
              at: time(r.last.at),
            })
          : '—',
    },
    {
      key: 'status',
      title: t('dx.status'),
      width: 150,
      render: (r) => (
        <Space direction="vertical" size={2}>
          <Tag color={r.status === 'due' ? 'orange' : r.status === 'toDestroy' ? 'red' : 'blue'}>
            {r.status === 'inBatch' ? t('dx.status.inBatch', { no: r.batchNo }) : t(`dx.status.${r.status}`)}
          </Tag>
          {r.holds.map((h) => (
            <Tag key={h.ref} color="purple">
              {t('dx.hold', { reason: h.reason, ref: h.ref })}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (r) =>
        canAppraise && r.status !== 'inBatch' ? (
          <Button size="small" onClick={() => setAppraising(r)}>
            {t('dx.appraise')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as AppraisalFilter)}
          options={APPRAISAL_FILTERS.map((f) => ({ value: f, label: t(`dx.filter.${f}`) }))}
        />
        {canCreate ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('dx.newBatch')}
          </Button>
        ) : null}
      </Space>
      <DataTable ariaLabel={t('dx.tab.appraisal')} columns={cols} rowKey={(r) => r.itemId} rows={rows.data ?? []} loading={rows.loading} />
      {appraising ? (
        <AppraiseDialog
          row={appraising}
          onClose={() => setAppraising(null)}
          onDone={() => {
            setAppraising(null);
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
      {creating ? (
        <CreateBatchDialog
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            onCreated(id);
          }}
        />
      ) : null}
    </>
  );
}

function AppraiseDialog({ row, onClose, onDone }: { row: AppraisalRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('destruction.appraise', {
    defaults: { itemId: row.itemId, decision: 'destroy', reason: '' },
    save: (v) => call(api().destruction.appraise(v)),
    onSaved: () => {
      void message.success(t('common.saved'));
      onDone();
    },
  });
  const decision = cf.form.watch('decision');
  return (
    <FormModal title={t('dx.appraiseTitle', { no: row.archiveNo })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {row.title} · {t('dx.retention')} {t(`dx.retention.${row.retention}`)} · {t('dx.retentionUntil')} {row.retentionUntil}
      </Typography.Paragraph>
      <SelectField
        control={cf.form.control}
        name="decision"
        form="dxa"
        label={t('dx.decision')}
        options={DECISIONS.map((d) => ({ value: d, label: t(`dx.decision.${d}`) }))}
      />
      {decision === 'extend' ? <NumberField control={cf.form.control} name="years" form="dxa" label={t('dx.years')} /> : null}
      <TextField control={cf.form.control} name="reason" form="dxa" label={t('dx.reason')} />
    </FormModal>
  );
}

function CreateBatchDialog({ onClose, onDone }: { onClose: () => void; onDone: (id: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const candidates = useLoad(() => call(api().destruction.appraisals({ filter: 'toDestroy' })), []);
  const policy = useLoad(() => call(api().destruction.policy({})), []);
  const cf = useContractForm('destruction.create', {
    defaults: { itemIds: [], reason: '' },
    save: (v) => call(api().destruction.create(v)),
    onSaved: (b) => {
      void message.success(t('common.saved'));
      onDone(b.id);
    },
  });
  const options = (candidates.data ?? []).filter((r) => r.status === 'toDestroy').map((r) => ({ value: r.itemId, label: `${r.archiveNo} ${r.title}` }));
  return (
    <FormModal title={t('dx.newBatchTitle')} cf={cf} onClose={onClose} width={640}>
      <SelectField control={cf.form.control} name="itemIds" form="dxc" label={t('dx.batchItems')} options={options} multiple />
      <TextField control={cf.form.control} name="reason" form="dxc" label={t('dx.batchReason')} />
      <Typography.Text type="secondary">{t('dx.batchHint', { days: policy.data?.coolingOffDays ?? '—' })}</Typography.Text>
    </FormModal>
  );
}

function BatchList({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const rows = useLoad(() => call(api().destruction.batches({})), []);
  const cols: Column<BatchRow>[] = [
    { key: 'no', title: t('dx.batchNo'), width: 130, render: (r) => r.no },
    { key: 'n', title: t('dx.itemCount'), width: 60, render: (r) => r.itemCount },
    { key: 'reason', title: t('dx.batchReason'), render: (r) => r.reason },
    { key: 'created', title: t('dx.createdBy'), width: 170, render: (r) => `${r.createdByName} ${time(r.createdAt)}` },
    { key: 'cooling', title: t('dx.coolingOffEnds'), width: 140, render: (r) => (r.coolingOffEnds ? time(r.coolingOffEnds) : '—') },
    { key: 'executed', title: t('dx.executedAt'), width: 140, render: (r) => (r.executedAt ? time(r.executedAt) : '—') },
    { key: 'state', title: t('dx.state'), width: 140, render: (r) => <BatchStateTag state={r.state} no={r.no} /> },
    {
      key: 'open',
      title: t('common.actions'),
      width: 70,
      render: (r) => (
        <Button size="small" onClick={() => onOpen(r.id)}>
          {t('dx.open')}
        </Button>
      ),
    },
  ];
  return <DataTable ariaLabel={t('dx.tab.batches')} columns={cols} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />;
}
