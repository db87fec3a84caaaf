// The copies dialogs: the record-copies dialog, a copy's custody change, the carrier's departure
// (pledge signed at the machine by the carrier with the SignDialog, or on paper), the return
// check, and recording an external provision. Each validates with its call's own contract schema.
import { Alert, App, Descriptions, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETURN_CHECKS, type ApprovedRequestSummary, type CarryOutDetails, type CarryOutRow, type CopyRow } from '../../electron/copies/contract/calls';
import { api, call } from '../api';
import { NumberField, SelectField, TextField } from '../components/FormField';
import { SignDialog } from '../components/SignDialog';
import { FormModal, useContractForm } from '../kit/form';
import { errorMessage } from '../kit/useLoad';
import { useTime } from './common';

/** 登记复制件: how many copies of which item were made now (numbered after those made). */
export function RecordCopiesDialog({ req, onClose, onDone }: { req: ApprovedRequestSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const allowed = (req.details as { copies: number }).copies;
  const first = req.items.find((i) => i.made < allowed) ?? req.items[0]!;
  const cf = useContractForm('copies.record', {
    defaults: { requestId: req.id, itemId: first.id, count: 1 },
    save: (v) => call(api().copies.record(v)),
    onSaved: (rows) => {
      void message.success(t('cp.recorded.copies', { n: rows.length }));
      onDone();
    },
  });
  const { control } = cf.form;
  return (
    <FormModal title={t('cp.recordTitle', { no: req.no })} cf={cf} onClose={onClose}>
      <SelectField
        control={control}
        name="itemId"
        form="rec"
        label={t('cp.recordItem')}
        options={req.items.map((i) => ({ value: i.id, label: `${i.archiveNo} ${i.title}（${t('cp.recordMade', { made: i.made, allowed })}）` }))}
      />
      <NumberField control={control} name="count" form="rec" min={1} max={20} label={t('cp.recordCount')} />
      <TextField control={control} name="note" form="rec" label={t('cp.recordNote')} />
    </FormModal>
  );
}

/** A copy comes back or is destroyed (with a note). */
export function CopyStateDialog({ copy, state, onClose, onDone }: { copy: CopyRow; state: 'returned' | 'destroyed'; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('copies.setState', {
    defaults: { copyId: copy.id, state },
    save: (v) => call(api().copies.setState(v)),
    onSaved: onDone,
  });
  return (
    <FormModal title={t('cp.stateTitle', { ref: copy.refNo, no: copy.itemArchiveNo, n: copy.copyNo, state: t(`cp.state.${state}`) })} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} name="note" form="cst" label={t('cp.stateNote')} />
    </FormModal>
  );
}

/** The carrier leaves: the pledge signed by the carrier at this machine, or on paper. */
export function DepartDialog({ req, onClose, onDone }: { req: ApprovedRequestSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const d = req.details as CarryOutDetails;
  const [how, setHow] = useState<'signed' | 'paper'>('signed');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  const facts = (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('cp.items')}>
        {req.items.map((i) => (
          <div key={i.id}>{`${i.archiveNo} ${i.title}`}</div>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('cp.destination')}>{d.destination}</Descriptions.Item>
      <Descriptions.Item label={t('cp.measures')}>
        {d.measures.map((m) => t(`cp.measure.${m}`)).join('、')}
        {d.measuresNote ? `（${d.measuresNote}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('cp.expectedReturn')}>{time(d.expectedReturn)}</Descriptions.Item>
    </Descriptions>
  );
  const paper = async () => {
    setError(null);
    setBusy(true);
    try {
      await call(api().carryOuts.depart({ requestId: req.id, pledge: { kind: 'paper', note } }));
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (signing)
    return (
      <SignDialog
        open
        hideMeaning
        meanings={['approved']}
        sign={async (v) => {
          await call(api().carryOuts.depart({ requestId: req.id, pledge: { kind: 'signed', signerLogin: v.signerLogin, signerPassword: v.signerPassword } }));
        }}
        onClose={() => setSigning(false)}
        onDone={onDone}
      >
        {facts}
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cp.pledgeSign')} description={t('cp.pledgeText')} />
      </SignDialog>
    );
  return (
    <Modal
      open
      title={t('cp.departTitle', { no: req.no })}
      okText={how === 'signed' ? t('cp.pledgeSign') : t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => (how === 'signed' ? setSigning(true) : void paper())}
      onCancel={onClose}
      destroyOnHidden
    >
      {facts}
      <Typography.Paragraph>{t('cp.pledgeText')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('cp.pledge')}>
          <Radio.Group value={how} onChange={(e) => setHow(e.target.value as 'signed' | 'paper')}>
            <Radio value="signed">{t('cp.pledge.signed')}</Radio>
            <Radio value="paper">{t('cp.pledge.paper')}</Radio>
          </Radio.Group>
        </Form.Item>
        {how === 'paper' ? (
          <Form.Item label={t('cp.pledgeNote')} htmlFor="dep-note">
            <Input id="dep-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
        ) : null}
      </Form>
      {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
    </Modal>
  );
}

/** 返回检查情况: the check closes the row. */
export function ReturnDialog({ row, onClose, onDone }: { row: CarryOutRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('carryOuts.return', {
    defaults: { id: row.id, check: 'intact' },
    save: (v) => call(api().carryOuts.return(v)),
    onSaved: onDone,
  });
  return (
    <FormModal title={t('cp.returnTitle', { no: row.requestNo })} cf={cf} onClose={onClose}>
      <SelectField
        control={cf.form.control}
        name="check"
        form="ret"
        label={t('cp.check')}
        options={RETURN_CHECKS.map((c) => ({ value: c, label: t(`cp.check.${c}`) }))}
      />
      <TextField control={cf.form.control} name="note" form="ret" label={t('cp.checkNote')} />
    </FormModal>
  );
}

/** Record what left under an approved external-provision request. */
export function ProvideDialog({ req, onClose, onDone }: { req: ApprovedRequestSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const d = req.details as { recipientOrg: string; providedWhat: string; method: string };
  const cf = useContractForm('provisions.record', {
    defaults: { requestId: req.id },
    save: (v) => call(api().provisions.record(v)),
    onSaved: onDone,
  });
  return (
    <FormModal title={t('cp.provideTitle', { no: req.no })} cf={cf} onClose={onClose}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('cp.recipientOrg')}>{d.recipientOrg}</Descriptions.Item>
        <Descriptions.Item label={t('cp.providedWhat')}>{d.providedWhat}</Descriptions.Item>
        <Descriptions.Item label={t('cp.method')}>{t(`cp.method.${d.method}`)}</Descriptions.Item>
      </Descriptions>
      <TextField control={cf.form.control} name="receivedBy" form="prov" label={t('cp.receivedBy')} />
      <TextField control={cf.form.control} name="note" form="prov" label={t('cp.note')} />
    </FormModal>
  );
}
