// The loan request (R-LOAN-2), recorded by the operator from the paper form: borrower (staff or
// outsider with introduction letter / work ID), the items and copies, purpose, reason, intended
// return, urgency, the department stamp and head's signature as evidence. The contract's own
// schema validates it (useContractForm); the expected due time is shown as the form is filled.
// The engine's shared <RequestFields/> does not exist yet, so this is the loan's own form.
import { Alert, App, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoanRequestInput } from '../../electron/loans/contract/calls';
import { api, call } from '../api';
import { CheckboxField, DateField, NumberField, SelectField, TextField } from '../components/FormField';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { useTime } from './common';

interface ItemOption {
  value: number;
  label: string;
  no: string;
}

/** Items on the shelf, by 档号 or title (archive.search), plus the ones already picked. */
function useItemOptions(query: string, fixed: ItemOption[]) {
  const found = useLoad(
    async () => {
      const page = query.trim() ? await call(api().archive.search({ query, filter: { custodyState: 'onShelf' }, offset: 0, limit: 30 })) : null;
      if (page)
        return page.hits
          .filter((h) => h.kind === 'item')
          .map((h) => ({ value: h.id, no: h.itemArchiveNo ?? h.archiveNo, label: `${h.itemArchiveNo ?? h.archiveNo} ${h.title}` }));
      const idx = await call(api().archive.index({ filter: { custodyState: 'onShelf' }, offset: 0, limit: 100 }));
      return idx.rows.map((r) => ({ value: r.itemId, no: r.itemArchiveNo, label: `${r.itemArchiveNo} ${r.title}` }));
    },
    [query],
    { inline: true },
  ).data;
  const map = new Map<number, ItemOption>();
  for (const o of [...fixed, ...(found ?? [])]) map.set(o.value, o);
  return [...map.values()];
}

export function LoanRequestForm({
  onClose,
  onSaved,
  renewal,
}: {
  onClose: () => void;
  onSaved: () => void;
  /** a renewal: the register row it extends (borrower and item fixed) */
  renewal?: {
    loanId: number;
    itemId: number;
    itemArchiveNo: string;
    itemTitle: string;
    borrowerName: string;
    borrowerUnit: string;
    borrowerContact: string | null;
    borrowerKind: 'staff' | 'outsider';
  };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ItemOption[]>(
    renewal ? [{ value: renewal.itemId, no: renewal.itemArchiveNo, label: `${renewal.itemArchiveNo} ${renewal.itemTitle}` }] : [],
  );
  const defaults: LoanRequestInput = {
    applicant: renewal
      ? { kind: renewal.borrowerKind, name: renewal.borrowerName, unit: renewal.borrowerUnit, contact: renewal.borrowerContact }
      : { kind: 'staff', name: '', unit: '', contact: '' },
    items: renewal ? [{ itemId: renewal.itemId, copies: 1 }] : [],
    purpose: '',
    reason: '',
    urgency: 'normal',
    evidence: { stampPresent: false, headName: '' },
    intendedReturn: null,
    renewalOf: renewal?.loanId ?? null,
  };
  const cf = useContractForm('loans.request', {
    defaults,
    save: (v) => call(api().loans.request(v)),
    onSaved: (req) => {
      void message.success(t('loan.request.saved', { no: req.no }));
      onSaved();
    },
  });
  const { control } = cf.form;
  const kind = useWatch({ control, name: 'applicant.kind' });
  const items = useWatch({ control, name: 'items' }) ?? [];
  const options = useItemOptions(query, picked);
  const due = useLoad(() => call(api().loans.duePreview({})), [], { inline: true }).data;

  return (
    <FormModal title={renewal ? t('loan.request.renewTitle', { id: renewal.loanId }) : t('loan.request.title')} cf={cf} onClose={onClose} width={720}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('loan.request.formNote')}
      </Typography.Paragraph>
      <SelectField
        control={control}
        name="applicant.kind"
        form="loan"
        label={t('loan.request.applicantKind')}
        disabled={!!renewal}
        options={(['staff', 'outsider'] as const).map((k) => ({ value: k, label: t(`loan.request.kind.${k}`) }))}
      />
      <TextField control={control} name="applicant.name" form="loan" label={t('loan.request.name')} disabled={!!renewal} />
      <TextField control={control} name="applicant.unit" form="loan" label={t('loan.request.unit')} disabled={!!renewal} />
      <TextField control={control} name="applicant.contact" form="loan" label={t('loan.request.contact')} />
      {kind === 'outsider' ? (
        <>
          <SelectField
            control={control}
            name="applicant.idDocKind"
            form="loan"
            label={t('loan.request.idDocKind')}
            options={(['introLetter', 'workId'] as const).map((k) => ({ value: k, label: t(`loan.request.idDoc.${k}`) }))}
          />
          <TextField control={control} name="applicant.idDocNo" form="loan" label={t('loan.request.idDocNo')} />
          <TextField control={control} name="applicant.idDocIssuer" form="loan" label={t('loan.request.idDocIssuer')} />
        </>
      ) : null}
      <Controller
        control={control}
        name="items"
        render={({ field, fieldState }) => (
          <Form.Item
            label={t('loan.request.items')}
            htmlFor="loan-items"
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message ? t(fieldState.error.message) : fieldState.error?.root?.message ? t(fieldState.error.root.message) : undefined}
          >
            <Select
              id="loan-items"
              mode="multiple"
              showSearch
              filterOption={false}
              disabled={!!renewal}
              onSearch={setQuery}
              options={options}
              value={(field.value ?? []).map((i) => i.itemId)}
              onChange={(ids: number[]) => {
                setPicked(options.filter((o) => ids.includes(o.value)));
                const cur = field.value ?? [];
                field.onChange(ids.map((id) => cur.find((i) => i.itemId === id) ?? { itemId: id, copies: 1 }));
              }}
            />
          </Form.Item>
        )}
      />
      {items.map((it, i) => (
        <NumberField
          key={it.itemId}
          control={control}
          name={`items.${i}.copies`}
          form="loan"
          min={1}
          label={t('loan.request.copiesOf', { no: picked.find((p) => p.value === it.itemId)?.no ?? it.itemId })}
        />
      ))}
      <TextField control={control} name="purpose" form="loan" label={t('loan.request.purpose')} />
      <TextField control={control} name="reason" form="loan" label={t('loan.request.reason')} />
      <DateField control={control} name="intendedReturn" form="loan" label={t('loan.request.intendedReturn')} />
      <SelectField
        control={control}
        name="urgency"
        form="loan"
        label={t('loan.request.urgency')}
        options={(['normal', 'urgent'] as const).map((k) => ({ value: k, label: t(`loan.request.urgency.${k}`) }))}
      />
      <CheckboxField control={control} name="evidence.stampPresent">
        {t('loan.request.stamp')}
      </CheckboxField>
      <TextField control={control} name="evidence.headName" form="loan" label={t('loan.request.headName')} />
      {due ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('loan.request.dueHint', { at: time(due.dueAt), days: due.days })} /> : null}
    </FormModal>
  );
}
