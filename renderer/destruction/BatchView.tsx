// One destruction batch (销毁清册, R-SEC-6): its items, approvals and cooling-off; cancel while it
// may be; after the cooling-off the execution is recorded (method, place), each witness signs at
// the machine (the one SignDialog), the executor confirms; the register and the certificate print.
import { App, Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METHODS, type BatchDetail, type BatchItemRow } from '../../electron/destruction/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { SelectField, TextField } from '../components/FormField';
import { PrintButton } from '../components/PrintButton';
import { SignDialog } from '../components/SignDialog';
import { useCan } from '../kit/can';
import { FormModal, useContractForm } from '../kit/form';
import { errorMessage, useLoad } from '../kit/useLoad';
import { BatchStateTag, useTime } from './common';

export function BatchView({ id, onBack }: { id: number; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const { message, modal } = App.useApp();
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<'cancel' | 'record' | 'witness' | 'approve' | null>(null);
  const canMake = useCan('destruction.cancel');
  const canExecute = useCan('destruction.execute');
  const canApprove = useCan('approvals.sign');
  const loaded = useLoad(() => call(api().destruction.get({ batchId: id })), [id, version]);
  const b = loaded.data;
  const refresh = () => {
    setDialog(null);
    setVersion((n) => n + 1);
  };
  if (!b) return <Button onClick={onBack}>{t('dx.back')}</Button>;
  const cols: Column<BatchItemRow>[] = [
    { key: 'archiveNo', title: t('dx.archiveNo'), width: 180, render: (r) => r.archiveNo },
    { key: 'title', title: t('dx.itemTitle'), render: (r) => r.title },
    { key: 'class', title: t('dx.classification'), width: 70, render: (r) => <ClassTag level={r.classification as 0} labels={labels} /> },
    { key: 'docDate', title: t('dx.docDate'), width: 100, render: (r) => r.docDate ?? '—' },
    { key: 'until', title: t('dx.retentionUntil'), width: 100, render: (r) => r.retentionUntil ?? '—' },
    { key: 'appraisal', title: t('dx.last'), render: (r) => `${r.appraisal.reason}（${r.appraisal.byName}）` },
    {
      key: 'custody',
      title: t('dx.custody'),
      width: 120,
      render: (r) => (
        <Space direction="vertical" size={2}>
          <Tag color={r.custodyState === 'destroyed' ? 'red' : 'green'}>{t(r.custodyState === 'destroyed' ? 'dx.custody.destroyed' : 'dx.custody.other')}</Tag>
          {r.holds.map((h) => (
            <Tag key={h.ref} color="purple">
              {t('dx.hold', { reason: h.reason, ref: h.ref })}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  const execute = () =>
    modal.confirm({
      title: t('dx.execute'),
      content: t('dx.executeConfirm', { no: b.no, n: b.items.length }),
      okText: t('dx.execute'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call(api().destruction.execute({ batchId: b.id }));
          void message.success(t('dx.executed'));
          refresh();
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Button onClick={onBack}>{t('dx.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dx.tab.batches')} {b.no}
          </Typography.Title>
          <BatchStateTag state={b.state} no={b.no} />
        </Space>
        <Space wrap>
          {canApprove && b.state === 'pending' && b.waitingStep ? (
            <Button type="primary" onClick={() => setDialog('approve')}>
              {t('dx.approve')}
            </Button>
          ) : null}
          {canMake && ['pending', 'coolingOff', 'ready'].includes(b.state) ? <Button onClick={() => setDialog('cancel')}>{t('dx.cancel')}</Button> : null}
          {canExecute && b.state === 'ready' ? (
            <Button type="primary" onClick={() => setDialog('record')}>
              {t('dx.record')}
            </Button>
          ) : null}
          {canExecute && b.state === 'witnessing' ? <Button onClick={() => setDialog('witness')}>{t('dx.witness')}</Button> : null}
          {canExecute && b.state === 'witnessing' ? (
            <Button type="primary" danger onClick={execute}>
              {t('dx.execute')}
            </Button>
          ) : null}
          <PrintButton label={t('dx.printRegister')} print={(target) => api().destruction.print({ batchId: b.id, kind: 'register', target })} />
          {b.state === 'executed' ? (
            <PrintButton label={t('dx.printCertificate')} print={(target) => api().destruction.print({ batchId: b.id, kind: 'certificate', target })} />
          ) : null}
        </Space>
      </Space>
      {b.state === 'coolingOff' ? (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('dx.coolingOffNotice', { at: time(b.coolingOffEnds) })} />
      ) : null}
      <Facts b={b} />
      <Typography.Title level={5}>{t('dx.items')}</Typography.Title>
      <DataTable ariaLabel={t('dx.items')} columns={cols} rowKey={(r) => r.itemId} rows={b.items} />
      {dialog === 'cancel' ? <CancelDialog b={b} onClose={() => setDialog(null)} onDone={refresh} /> : null}
      {dialog === 'record' ? <RecordDialog b={b} onClose={() => setDialog(null)} onDone={refresh} /> : null}
      <SignDialog
        open={dialog === 'approve'}
        hideMeaning
        onClose={() => setDialog(null)}
        sign={async (v) => {
          await call(
            api().approvals.sign({ requestId: b.requestId, meaning: 'approved', reason: null, signerLogin: v.signerLogin, signerPassword: v.signerPassword }),
          );
          refresh();
        }}
      >
        <Typography.Paragraph>
          {t('dx.approveIntro', { step: b.waitingStep ? (i18n.language === 'en' ? b.waitingStep.en : b.waitingStep.zh) : '' })}
        </Typography.Paragraph>
      </SignDialog>
      <SignDialog
        open={dialog === 'witness'}
        hideMeaning
        onClose={() => setDialog(null)}
        sign={async (v) => {
          await call(api().destruction.witness({ batchId: b.id, signerLogin: v.signerLogin, signerPassword: v.signerPassword }));
          refresh();
        }}
      >
        <Typography.Paragraph>{t('dx.witnessIntro')}</Typography.Paragraph>
      </SignDialog>
    </>
  );
}

function Facts({ b }: { b: BatchDetail }) {
  const { t } = useTranslation();
  const time = useTime();
  return (
    <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('dx.batchReason')} span={2}>
        {b.reason}
      </Descriptions.Item>
      <Descriptions.Item label={t('dx.createdBy')}>{`${b.createdByName} ${time(b.createdAt)}`}</Descriptions.Item>
      <Descriptions.Item label={t('dx.coolingOffEnds')}>{b.coolingOffEnds ? time(b.coolingOffEnds) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('dx.approvers')} span={2}>
        {b.approvers.length ? b.approvers.map((a) => `${a.step} ${a.name} ${time(a.at)}`).join('；') : t('dx.noApprovers')}
      </Descriptions.Item>
      {b.cancelledAt ? (
        <Descriptions.Item label={t('dx.state.cancelled')} span={2}>{`${b.cancelledByName} ${time(b.cancelledAt)}：${b.cancelReason}`}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('dx.execution')} span={2}>
        {b.method
          ? `${t(`dx.method.${b.method}`)} · ${b.place} · ${t('dx.executor')} ${b.executorName}${b.executedAt ? ` · ${t('dx.executedAt')} ${time(b.executedAt)}` : ''}`
          : t('dx.notRecorded')}
      </Descriptions.Item>
      <Descriptions.Item label={t('dx.witnesses')} span={2}>
        <span data-testid="dx-witnesses">
          {b.witnesses.length
            ? b.witnesses.map((w) => `${w.name} ${time(w.at)}（${t(w.valid ? 'dx.witnessValid' : 'dx.witnessInvalid')}）`).join('；')
            : t('dx.noWitnesses')}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}

function CancelDialog({ b, onClose, onDone }: { b: BatchDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('destruction.cancel', {
    defaults: { batchId: b.id, reason: '' },
    save: (v) => call(api().destruction.cancel(v)),
    onSaved: onDone,
  });
  return (
    <FormModal title={t('dx.cancelTitle', { no: b.no })} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} name="reason" form="dxx" label={t('dx.cancelReason')} autoFocus />
    </FormModal>
  );
}

function RecordDialog({ b, onClose, onDone }: { b: BatchDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('destruction.record', {
    defaults: { batchId: b.id, method: 'shred', place: '' },
    save: (v) => call(api().destruction.record(v)),
    onSaved: onDone,
  });
  return (
    <FormModal title={t('dx.recordTitle', { no: b.no })} cf={cf} onClose={onClose}>
      <SelectField
        control={cf.form.control}
        name="method"
        form="dxr"
        label={t('dx.method')}
        options={METHODS.map((m) => ({ value: m, label: t(`dx.method.${m}`) }))}
      />
      <Typography.Paragraph type="secondary">{t('dx.methodHint')}</Typography.Paragraph>
      <TextField control={cf.form.control} name="place" form="dxr" label={t('dx.place')} autoFocus />
    </FormModal>
  );
}
