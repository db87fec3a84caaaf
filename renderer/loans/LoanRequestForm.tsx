// The loan request (R-LOAN-2), recorded by the operator from the paper form: borrower (staff or
// outsider with introduction letter / work ID), the items and copies, purpose, reason, intended
// return, urgency, the department stamp and head's signature as evidence. The contract's own
// schema validates it (useContractForm); the common fields are the engine's shared
// <RequestFields/>, the loan adds the items with their copies and the intended return; the
// expected due time is shown as the form is filled.
import { Alert, App, Form, Select } from 'antd';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoanRequestInput } from '../../electron/loans/contract/calls';
import { api, call } from '../api';
import { RequestFields, requestFieldDefaults } from '../approvals';
import { DateField, NumberField } from '../components/FormField';
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
  // the loan's items are its targets: the common defaults without their own
  const { targets: _targets, ...common } = requestFieldDefaults();
  const defaults: LoanRequestInput = {
    ...common,
    applicant: renewal
      ? { ...common.applicant, kind: renewal.borrowerKind, name: renewal.borrowerName, unit: renewal.borrowerUnit, contact: renewal.borrowerContact }
      : common.applicant,
    items: renewal ? [{ itemId: renewal.itemId, copies: 1 }] : [],
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
  const items = useWatch({ control, name: 'items' }) ?? [];
  const options = useItemOptions(query, picked);
  const due = useLoad(() => call(api().loans.duePreview({})), [], { inline: true }).data;

  return (
    <FormModal title={renewal ? t('loan.request.renewTitle', { id: renewal.loanId }) : t('loan.request.title')} cf={cf} onClose={onClose} width={720}>
      <RequestFields control={control} form="loan" targets={false} />
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
      <DateField control={control} name="intendedReturn" form="loan" label={t('loan.request.intendedReturn')} />
      {due ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('loan.request.dueHint', { at: time(due.dueAt), days: due.days })} /> : null}
    </FormModal>
  );
}
