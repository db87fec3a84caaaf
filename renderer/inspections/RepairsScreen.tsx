// 档案修复 (R-INSP-2): the repair tasks (from inspections' findings or recorded by hand) by state,
// send to repair (the item leaves the shelf: custody 'in repair'), repaired (back on its shelf,
// what was done), verified at the next inspection; the repair register printed.
import { App, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRestorable } from '../shell/restore';
import { useTranslation } from 'react-i18next';
import { REPAIR_FILTERS, type RepairFilter, type RepairRow, type RepairState } from '../../electron/repairs/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { TextField } from '../components/FormField';
import { useCan } from '../kit/can';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { useTime } from './common';
import { countsChanged } from './changed';

const STATE_COLOR: Record<RepairState, string> = { open: 'orange', inRepair: 'blue', repaired: 'cyan', verified: 'green' };

export function RepairsScreen() {
  const { t } = useTranslation();
  const time = useTime();
  // survives a lock and takes a dashboard click-through (shell/navigate.ts)
  const [filter, setFilter] = useRestorable<RepairFilter>('repairs.filter', 'all');
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'start' | 'finish'; row: RepairRow } | null>(null);
  const canHandle = useCan('repairs.start');
  const rows = useLoad(() => call(api().repairs.list({ filter })), [filter, version]);
  const cols: Column<RepairRow>[] = [
    { key: 'no', title: t('rep.no'), width: 110, render: (r) => r.no },
    { key: 'archiveNo', title: t('insp.archiveNo'), width: 170, render: (r) => r.archiveNo },
    { key: 'title', title: t('insp.itemTitle'), render: (r) => r.title },
    { key: 'problem', title: t('rep.problem'), render: (r) => `${t(`insp.findingKind.${r.finding}`)}${r.findingNote ? `：${r.findingNote}` : ''}` },
    { key: 'source', title: t('rep.source'), render: (r) => (r.inspectionNo ? t('rep.fromInspection', { no: r.inspectionNo }) : t('rep.manual')) },
    { key: 'location', title: t('rep.location'), render: (r) => r.location ?? '—' },
    {
      key: 'history',
      title: t('rep.history'),
      render: (r) =>
        r.events.map((e) => (
          <div key={e.kind}>
            {t(`rep.event.${e.kind}`)} {time(e.at)} {e.byName}
            {e.note ? `：${e.note}` : ''}
            {e.inspectionNo ? `（${e.inspectionNo}）` : ''}
          </div>
        )),
    },
    {
      key: 'state',
      title: t('insp.state'),
      width: 110,
      render: (r) => (
        <Tag color={STATE_COLOR[r.state]} data-testid={`repair-state-${r.no}`}>
          {t(`rep.filter.${r.state}`)}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('insp.actions'),
      width: 110,
      render: (r) =>
        !canHandle ? null : r.state === 'open' ? (
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'start', row: r })}>
            {t('rep.start')}
          </Button>
        ) : r.state === 'inRepair' ? (
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'finish', row: r })}>
            {t('rep.finish')}
          </Button>
        ) : null,
    },
  ];
  const done = () => {
    setDialog(null);
    setVersion((n) => n + 1);
    countsChanged();
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rep.title')}
        </Typography.Title>
        <PrintButton label={t('rep.print')} print={(target) => api().repairs.print({ filter, target })} />
      </Space>
      <Segmented
        style={{ marginBottom: 8 }}
        value={filter}
        onChange={(v) => setFilter(v as RepairFilter)}
        options={REPAIR_FILTERS.map((f) => ({ value: f, label: t(`rep.filter.${f}`) }))}
      />
      <DataTable ariaLabel={t('rep.title')} columns={cols} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
      {dialog?.kind === 'start' ? <StartDialog row={dialog.row} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'finish' ? <FinishDialog row={dialog.row} onClose={() => setDialog(null)} onDone={done} /> : null}
    </>
  );
}

function StartDialog({ row, onClose, onDone }: { row: RepairRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('repairs.start', {
    defaults: { repairId: row.id, note: '' },
    save: (v) => call(api().repairs.start(v)),
    onSaved: () => {
      void message.success(t('common.saved'));
      onDone();
    },
  });
  return (
    <FormModal title={t('rep.startTitle', { no: row.no })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {row.archiveNo} {row.title}
      </Typography.Paragraph>
      <TextField control={cf.form.control} name="note" form="rstart" label={t('rep.startNote')} autoFocus />
      <Typography.Text type="secondary">{t('rep.startHint')}</Typography.Text>
    </FormModal>
  );
}

function FinishDialog({ row, onClose, onDone }: { row: RepairRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('repairs.finish', {
    defaults: { repairId: row.id, done: '' },
    save: (v) => call(api().repairs.finish(v)),
    onSaved: () => {
      void message.success(t('common.saved'));
      onDone();
    },
  });
  return (
    <FormModal title={t('rep.finishTitle', { no: row.no })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {row.archiveNo} {row.title} · {row.location}
      </Typography.Paragraph>
      <TextField control={cf.form.control} name="done" form="rfinish" label={t('rep.done')} autoFocus />
      <Typography.Text type="secondary">{t('rep.doneHint')}</Typography.Text>
    </FormModal>
  );
}
