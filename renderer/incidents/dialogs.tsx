// The incident dialogs (R-SEC-7): the report (what, when found, which items / customers, suspected
// channel, immediate measures — the call's own contract schema) and one step with its note.
import { App, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isAdminOnly, STEP_ROLES, type IncidentRow, type IncidentStep } from '../../electron/incidents/contract/calls';
import { api, call } from '../api';
import { useSearchOptions } from '../approvals/RequestFields';
import { FormModal, useContractForm } from '../kit/form';
import { useSession } from '../session';

function Field<T extends FieldValues>({
  control,
  name,
  label,
  id,
  render,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  id: string;
  render: (value: unknown, onChange: (v: unknown) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        // an array field's issue may sit on its first element
        const msg = fieldState.error?.message ?? (fieldState.error as unknown as { message?: string }[] | undefined)?.[0]?.message;
        return (
          <Form.Item label={label} htmlFor={id} validateStatus={msg ? 'error' : undefined} help={msg ? t(msg) : undefined}>
            {render(field.value, field.onChange)}
          </Form.Item>
        );
      }}
    />
  );
}

/** Items or customers found by archive.search, several picked. */
function SearchSelect({
  kind,
  id,
  value,
  onChange,
  placeholder,
}: {
  kind: 'item' | 'customer';
  id: string;
  value: number[];
  onChange: (v: number[]) => void;
  placeholder: string;
}) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<{ value: number; label: string }[]>([]);
  const options = useSearchOptions(kind, query, picked);
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={placeholder}
      value={value}
      options={options}
      onChange={(ids: number[]) => {
        setPicked(options.filter((o) => ids.includes(o.value)));
        onChange(ids);
      }}
    />
  );
}

export function ReportDialog({ onClose, onDone }: { onClose: () => void; onDone: (no: string) => void }) {
  const { t } = useTranslation();
  // 三员分立: the three administrators never see customer information, so they pick none
  const adminOnly = isAdminOnly(useSession().session.roles);
  const { message } = App.useApp();
  const cf = useContractForm('incidents.report', {
    defaults: { summary: '', foundAt: dayjs().second(0).millisecond(0).toISOString(), itemIds: [], customerIds: [], channel: '', measures: '' },
    save: (v) => call(api().incidents.report(v)),
    onSaved: (x) => {
      void message.success(t('inc.reported', { no: x.no }));
      onDone(x.no);
    },
  });
  const c = cf.form.control;
  const area = (name: 'summary' | 'channel' | 'measures', rows: number) => (
    <Field
      control={c}
      name={name}
      id={`inc-${name}`}
      label={t(`inc.${name}`)}
      render={(v, on) => <Input.TextArea id={`inc-${name}`} rows={rows} value={(v as string) ?? ''} onChange={(e) => on(e.target.value)} />}
    />
  );
  return (
    <FormModal title={t('inc.report')} cf={cf} onClose={onClose} width={640}>
      <Typography.Paragraph type="secondary">{t('inc.reportHint')}</Typography.Paragraph>
      {area('summary', 3)}
      <Field
        control={c}
        name="foundAt"
        id="inc-foundAt"
        label={t('inc.foundAt')}
        render={(v, on) => (
          <DatePicker
            id="inc-foundAt"
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={v ? dayjs(v as string) : null}
            onChange={(d) => on(d ? d.second(0).millisecond(0).toISOString() : undefined)}
          />
        )}
      />
      {adminOnly ? (
        <Typography.Paragraph type="secondary">{t('inc.reportAdminHint')}</Typography.Paragraph>
      ) : (
        <>
          <Field
            control={c}
            name="itemIds"
            id="inc-items"
            label={t('inc.items')}
            render={(v, on) => <SearchSelect kind="item" id="inc-items" value={(v as number[]) ?? []} onChange={on} placeholder={t('inc.pickItems')} />}
          />
          <Field
            control={c}
            name="customerIds"
            id="inc-customers"
            label={t('inc.customers')}
            render={(v, on) => (
              <SearchSelect kind="customer" id="inc-customers" value={(v as number[]) ?? []} onChange={on} placeholder={t('inc.pickCustomers')} />
            )}
          />
          <Typography.Paragraph type="secondary">{t('inc.itemsOptional')}</Typography.Paragraph>
        </>
      )}
      {area('channel', 1)}
      {area('measures', 3)}
    </FormModal>
  );
}

export function StepDialog({ row, step, onClose, onDone }: { row: IncidentRow; step: IncidentStep; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('incidents.step', {
    defaults: { incidentId: row.id, step, note: '' },
    save: (v) => call(api().incidents.step(v)),
    onSaved: () => {
      void message.success(t('common.saved'));
      onDone();
    },
  });
  return (
    <FormModal title={t('inc.stepTitle', { no: row.no, step: t(`inc.step.${step}`) })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>{row.summary}</Typography.Paragraph>
      <Field
        control={cf.form.control}
        name="note"
        id="inc-step-note"
        label={t(`inc.stepNote.${step}`)}
        render={(v, on) => <Input.TextArea id="inc-step-note" rows={3} autoFocus value={(v as string) ?? ''} onChange={(e) => on(e.target.value)} />}
      />
      <Typography.Text type="secondary">{t('inc.stepHint', { roles: STEP_ROLES[step].map((r) => t(`roles.${r}`)).join('、') })}</Typography.Text>
    </FormModal>
  );
}
