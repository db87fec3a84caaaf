// Receiving a loan back (R-LOAN-4): how many copies, the page-by-page check (complete / damaged /
// missing pages, with the pages and a note), and where the item goes — its own position or a
// newly proposed one. The last copy back strikes the register row off (main does, never edits it).
import { Alert, App, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { LoanRow } from '../../electron/loans/contract/calls';
import { api, call } from '../api';
import { NumberField, SelectField, TextField } from '../components/FormField';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';

export function ReturnDialog({ loan, onClose, onDone }: { loan: LoanRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const proposed = useLoad(() => call(api().locations.proposeSlot({ itemId: loan.itemId })), [loan.itemId], { inline: true }).data;
  const cf = useContractForm('loans.return', {
    defaults: { loanId: loan.id, copies: loan.copiesOut, pageCheck: 'complete', missingPages: '', note: '', locationId: null },
    save: (v) => call(api().loans.return(v)),
    onSaved: (row) => {
      void message.success(row.struck ? t('loan.return.struckDone') : t('loan.return.done'));
      onDone();
    },
  });
  const { control, setValue } = cf.form;
  const check = useWatch({ control, name: 'pageCheck' });
  const copies = useWatch({ control, name: 'copies' });
  const locationId = useWatch({ control, name: 'locationId' });
  const last = copies === loan.copiesOut;
  return (
    <FormModal title={t('loan.return.title', { id: loan.id, no: loan.itemArchiveNo })} cf={cf} onClose={onClose} width={620}>
      <Typography.Paragraph>
        {loan.itemTitle} · {loan.borrowerName}（{loan.borrowerUnit}） · {t('loan.copiesOut', { n: loan.copiesOut })}
      </Typography.Paragraph>
      <NumberField control={control} name="copies" form="ret" min={1} max={loan.copiesOut} label={t('loan.return.copies')} />
      <SelectField
        control={control}
        name="pageCheck"
        form="ret"
        label={t('loan.return.pageCheck')}
        options={(['complete', 'damaged', 'missingPages'] as const).map((k) => ({ value: k, label: t(`loan.return.check.${k}`) }))}
      />
      {check === 'missingPages' ? <TextField control={control} name="missingPages" form="ret" label={t('loan.return.missingPages')} /> : null}
      <TextField control={control} name="note" form="ret" label={t('loan.return.note')} />
      {last ? (
        <Form.Item label={t('loan.return.location')}>
          <Radio.Group value={locationId ?? 0} onChange={(e) => setValue('locationId', e.target.value === 0 ? null : (e.target.value as number))}>
            <Radio value={0}>{t('loan.return.same', { label: loan.fromLocation ?? '—' })}</Radio>
            {proposed ? <Radio value={proposed.locationId}>{t('loan.return.proposed', { label: proposed.label })}</Radio> : null}
          </Radio.Group>
        </Form.Item>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('loan.return.partialNote')} />
      )}
    </FormModal>
  );
}
