// The three request forms (R-SEC-3..5), recorded by the operator from the paper form: the engine's
// shared <RequestFields/> (applicant — staff or outsider with introduction letter / work ID —,
// items, purpose, reason, urgency, the department stamp and head as evidence) and the type's details:
// copy (copies, full / excerpt, pages, for whom), carry-out (designated carrier, destination,
// security measures, expected return) or external provision (recipient organisation, legal basis /
// agreement, what, how). Validated by the engine's request schema with this domain's details
// schema — the very schemas main parses approvals.create with; submitted at once.
import { Alert, App, DatePicker, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { newRequestSchema, type ApprovalRequest } from '../../electron/approvals/contract/calls';
import {
  carryOutDetailsSchema,
  copyDetailsSchema,
  COPY_MODES,
  PROVISION_METHODS,
  provisionDetailsSchema,
  SECURITY_MEASURES,
} from '../../electron/copies/contract/calls';
import { api, call } from '../api';
import { RequestFields, requestFieldDefaults } from '../approvals';
import { NumberField, SelectField, TextField } from '../components/FormField';
import { FormModal } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { useSchemaForm } from './common';

export type CopiesRequestType = 'copy' | 'carryOut' | 'externalProvision';

const SCHEMAS = {
  copy: newRequestSchema.extend({ details: copyDetailsSchema }),
  carryOut: newRequestSchema.extend({ details: carryOutDetailsSchema }),
  externalProvision: newRequestSchema.extend({ details: provisionDetailsSchema }),
} as const;
type Values = z.input<(typeof SCHEMAS)['copy']> | z.input<(typeof SCHEMAS)['carryOut']> | z.input<(typeof SCHEMAS)['externalProvision']>;

const DETAILS_DEFAULTS: Record<CopiesRequestType, Record<string, unknown>> = {
  copy: { copies: 1, mode: 'full' },
  carryOut: { destination: '', measures: ['sealedEnvelope'] },
  externalProvision: { recipientOrg: '', legalBasis: '', providedWhat: '', method: 'paper' },
};

export function RequestForm({ type, onClose, onSaved }: { type: CopiesRequestType; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useSchemaForm<Values, ApprovalRequest>(SCHEMAS[type], {
    defaults: { ...requestFieldDefaults(), type, submit: true, details: DETAILS_DEFAULTS[type] } as never,
    save: (v) => call(api().approvals.create(v as never)),
    onSaved: (req) => {
      void message.success(t('cp.req.saved', { no: req.no }));
      onSaved();
    },
  });
  const control = cf.form.control as never as Control<Record<string, unknown>>;
  const f = `req-${type}`;
  return (
    <FormModal title={t(`cp.req.title.${type}`)} cf={cf} onClose={onClose} width={720}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('cp.req.note')}
      </Typography.Paragraph>
      <RequestFields control={control} form={f} targets="items" />
      {type === 'copy' ? <CopyDetailsFields control={control} f={f} /> : null}
      {type === 'carryOut' ? <CarryOutDetailsFields control={control} f={f} /> : null}
      {type === 'externalProvision' ? <ProvisionDetailsFields control={control} f={f} /> : null}
    </FormModal>
  );
}

type C = Control<Record<string, unknown>>;

function CopyDetailsFields({ control, f }: { control: C; f: string }) {
  const { t } = useTranslation();
  return (
    <>
      <NumberField control={control} name="details.copies" form={f} min={1} max={20} label={t('cp.copies')} />
      <SelectField
        control={control}
        name="details.mode"
        form={f}
        label={t('cp.mode')}
        options={COPY_MODES.map((m) => ({ value: m, label: t(`cp.mode.${m}`) }))}
      />
      <TextField control={control} name="details.pages" form={f} label={t('cp.pages')} />
      <TextField control={control} name="details.forWhom" form={f} label={t('cp.forWhom')} />
    </>
  );
}

function CarryOutDetailsFields({ control, f }: { control: C; f: string }) {
  const { t } = useTranslation();
  const carriers = useLoad(() => call(api().carryOuts.carriers({})), [], { inline: true }).data;
  return (
    <>
      {carriers && carriers.people.length === 0 ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('cp.noCarriers')} /> : null}
      <SelectField
        control={control}
        name="details.carrierId"
        form={f}
        label={t('cp.carrier')}
        options={(carriers?.people ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.login}）` }))}
      />
      <TextField control={control} name="details.destination" form={f} label={t('cp.destination')} />
      <SelectField
        control={control}
        name="details.measures"
        form={f}
        multiple
        label={t('cp.measures')}
        options={SECURITY_MEASURES.map((m) => ({ value: m, label: t(`cp.measure.${m}`) }))}
      />
      <TextField control={control} name="details.measuresNote" form={f} label={t('cp.measuresNote')} />
      <Controller
        control={control}
        name="details.expectedReturn"
        render={({ field, fieldState }) => (
          <Form.Item
            label={t('cp.expectedReturn')}
            htmlFor={`${f}-expectedReturn`}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          >
            <DatePicker
              id={`${f}-expectedReturn`}
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              value={field.value ? dayjs(field.value as string) : null}
              onChange={(d) => field.onChange(d ? d.second(0).millisecond(0).toISOString() : undefined)}
            />
          </Form.Item>
        )}
      />
    </>
  );
}

function ProvisionDetailsFields({ control, f }: { control: C; f: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField control={control} name="details.recipientOrg" form={f} label={t('cp.recipientOrg')} />
      <TextField control={control} name="details.legalBasis" form={f} label={t('cp.legalBasis')} />
      <TextField control={control} name="details.agreementRef" form={f} label={t('cp.agreementRef')} />
      <TextField control={control} name="details.providedWhat" form={f} label={t('cp.providedWhat')} />
      <SelectField
        control={control}
        name="details.method"
        form={f}
        label={t('cp.method')}
        options={PROVISION_METHODS.map((m) => ({ value: m, label: t(`cp.method.${m}`) }))}
      />
    </>
  );
}
