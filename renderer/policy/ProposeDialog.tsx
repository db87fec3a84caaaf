// 提出策略变更 (R-GOV-1): the new value — a number, a record field by field, the rules text line by
// line, or anything else as JSON — the date it is to apply from, and why. Main checks it against
// the value's own registered schema; its field issues (value.days …) land on the fields here.
import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useFormState, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PolicyValueView, PolicyVersionRow, ProposalInput } from '../../electron/policy/contract/calls';
import { api, call } from '../api';
import { DateField, NumberField, TextField } from '../components/FormField';
import { FormModal, useContractForm } from '../kit/form';
import { localToday, usePick } from './common';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const flat = (v: unknown): v is Record<string, string | number | boolean> =>
  isObj(v) && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');

/** The first error anywhere under `value` (a JSON or rules value has no field per path). */
function useValueError(control: Control<ProposalInput>): string | undefined {
  const { errors } = useFormState({ control, name: 'value' });
  const first = (e: unknown): string | undefined => {
    if (!e || typeof e !== 'object') return undefined;
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m;
    for (const [k, x] of Object.entries(e))
      if (k !== 'ref' && k !== 'type') {
        const f = first(x);
        if (f) return f;
      }
    return undefined;
  };
  return first(errors.value);
}

function JsonField({ control, initial }: { control: Control<ProposalInput>; initial: unknown }) {
  const { t } = useTranslation();
  const valueError = useValueError(control);
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [bad, setBad] = useState(false);
  return (
    <Controller
      control={control}
      name="value"
      render={({ field }) => (
        <Form.Item
          label={t('pol.jsonValue')}
          htmlFor="policy-json"
          validateStatus={bad || valueError ? 'error' : undefined}
          help={bad ? t('pol.jsonInvalid') : valueError ? t(valueError) : undefined}
        >
          <Input.TextArea
            id="policy-json"
            rows={8}
            value={text}
            style={{ fontFamily: 'monospace' }}
            onChange={(e) => {
              setText(e.target.value);
              try {
                field.onChange(JSON.parse(e.target.value));
                setBad(false);
              } catch {
                setBad(true);
              }
            }}
          />
        </Form.Item>
      )}
    />
  );
}

function RulesField({ control, initial }: { control: Control<ProposalInput>; initial: unknown }) {
  const { t } = useTranslation();
  const valueError = useValueError(control);
  const start = isObj(initial) ? initial : { zhCN: [], en: [] };
  const [zh, setZh] = useState(((start.zhCN as string[]) ?? []).join('\n'));
  const [en, setEn] = useState(((start.en as string[]) ?? []).join('\n'));
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  return (
    <Controller
      control={control}
      name="value"
      render={({ field }) => {
        const set = (z: string, e: string) => field.onChange({ zhCN: lines(z), en: lines(e) });
        return (
          <>
            <Form.Item label={t('pol.rulesZh')} validateStatus={valueError ? 'error' : undefined} help={valueError ? t(valueError) : undefined}>
              <Input.TextArea id="policy-rules-zh" rows={6} value={zh} onChange={(e) => (setZh(e.target.value), set(e.target.value, en))} />
            </Form.Item>
            <Form.Item label={t('pol.rulesEn')} htmlFor="policy-rules-en">
              <Input.TextArea id="policy-rules-en" rows={6} value={en} onChange={(e) => (setEn(e.target.value), set(zh, e.target.value))} />
            </Form.Item>
          </>
        );
      }}
    />
  );
}

export function ProposeDialog({ item, onClose, onDone }: { item: PolicyValueView; onClose: () => void; onDone: (row: PolicyVersionRow) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cf = useContractForm('policy.propose', {
    defaults: { key: item.key, value: item.value, effectiveFrom: localToday(), reason: '' },
    save: (v) => call(api().policy.propose(v)),
    onSaved: (row) => onDone(row),
  });
  const c = cf.form.control;
  const v = item.value;
  return (
    <FormModal title={t('pol.proposeTitle', { label: pick(item.label) })} cf={cf} onClose={onClose} width={640}>
      {item.key === 'rules.text' ? (
        <RulesField control={c} initial={v} />
      ) : typeof v === 'number' ? (
        <NumberField control={c} name="value" form="pp" label={`${t('pol.newValue')}${item.unit ? `（${pick(item.unit)}）` : ''}`} />
      ) : flat(v) ? (
        Object.entries(v).map(([k, x]) =>
          typeof x === 'number' ? (
            <NumberField key={k} control={c} name={`value.${k}` as 'value'} form="pp" label={t(`pol.field.${k}`, { defaultValue: k })} />
          ) : (
            <TextField key={k} control={c} name={`value.${k}` as 'value'} form="pp" label={t(`pol.field.${k}`, { defaultValue: k })} />
          ),
        )
      ) : (
        <JsonField control={c} initial={v} />
      )}
      <DateField control={c} name="effectiveFrom" form="pp" label={t('pol.effectiveFrom')} />
      <Typography.Paragraph type="secondary">{t('pol.effectiveHint')}</Typography.Paragraph>
      <TextField control={c} name="reason" form="pp" label={t('pol.reason')} />
    </FormModal>
  );
}
