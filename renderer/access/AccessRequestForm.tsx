// 新建查阅申请 (R-USE-2, R-USE-3): the engine's shared <RequestFields/> (applicant — staff or an
// outsider with introduction letter / work ID —, targets, purpose, reason, evidence) plus the
// access details: the window (empty: from approval until 18:00 the same day) and whether printing
// / downloading is allowed (copies, R-SEC-3). Validated by access.request's own contract schema
// in the form and again in main; submitted at once into the approval chain.
import { Alert, App, DatePicker, Divider, Form, Space } from 'antd';
import dayjs from 'dayjs';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { RequestFields, requestFieldDefaults } from '../approvals/RequestFields';
import { notifyApprovalsChanged } from '../approvals/common';
import { CheckboxField } from '../components/FormField';
import { FormModal, useContractForm, type FormValues } from '../kit/form';

type Values = FormValues<'access.request'>;

/** An ISO date-time with the workstation's offset (what the contract takes), picked to the minute. */
function DateTimeField({ control, name, label }: { control: Control<Values>; name: FieldPath<Values>; label: string }) {
  const { t } = useTranslation();
  const id = `acc-${name.replaceAll('.', '-')}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
        >
          <DatePicker
            id={id}
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 200 }}
            value={field.value ? dayjs(field.value as string) : null}
            onChange={(d) => field.onChange(d ? d.second(0).millisecond(0).format() : undefined)}
            onBlur={field.onBlur}
          />
        </Form.Item>
      )}
    />
  );
}

export function AccessRequestForm({ onClose, onSaved }: { onClose: () => void; onSaved: (no: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('access.request', {
    defaults: { ...requestFieldDefaults(), details: { allowPrint: false, allowDownload: false }, submit: true } as Values,
    save: (v) => call(api().access.request(v)),
    onSaved: (r) => {
      void message.success(t('acc.submitted', { no: r.no }));
      notifyApprovalsChanged();
      onSaved(r.no);
    },
  });
  const { control } = cf.form;
  return (
    <FormModal title={t('acc.requestTitle')} cf={cf} onClose={onClose} width={900}>
      <Alert type="info" showIcon title={t('acc.requestIntro')} style={{ marginBottom: 12 }} />
      <RequestFields control={control} form="acc" targets="items" />
      <Divider titlePlacement="start" plain>
        {t('acc.window')}
      </Divider>
      <Space wrap align="start">
        <DateTimeField control={control} name="details.validFrom" label={t('acc.validFrom')} />
        <DateTimeField control={control} name="details.validUntil" label={t('acc.validUntil')} />
        <CheckboxField control={control} name="details.allowPrint">
          {t('acc.allowPrint')}
        </CheckboxField>
        <CheckboxField control={control} name="details.allowDownload">
          {t('acc.allowDownload')}
        </CheckboxField>
      </Space>
    </FormModal>
  );
}
