// The one form kit: `useContractForm(callName, { defaults | load, save })` is react-hook-form
// validated by the call's own contract input schema — the very schema the IPC boundary parses
// with, so the form and main refuse the same input with the same translated message. A save
// that main refuses with field issues (BAD_INPUT, or a domain error naming a field) puts them on
// those fields; anything else, and a failed load, shows in the form's Alert. FormModal and
// FormCard are the two shells (dialog / settings card) with the save button's busy state.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type CallInput, type CallName } from '../../electron/contract';
import { applyIssues } from '../api';
import { RequiredFields } from '../components/FormField';
import { errorMessage, useLoad } from './useLoad';

/** The form values of a call: its contract input. */
export type FormValues<N extends CallName> = CallInput<N> extends FieldValues ? CallInput<N> : never;

export interface ContractForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** the call's input schema (its required fields get antd's required mark) */
  schema?: unknown;
  /** validate, save, map main's field issues back: bind it to the save button */
  submit: () => Promise<void>;
  /** true while the save runs (the save button's busy state) */
  saving: boolean;
  /** the failed load, or a failed save that no field took, already translated */
  error: string | null;
  /** true until `load` answered */
  loading: boolean;
}

export interface ContractFormOptions<V extends FieldValues, R> {
  /** initial values (a create form) */
  defaults?: DefaultValues<V>;
  /** or the stored values (an edit card): the form resets to them once they arrive */
  load?: () => Promise<V>;
  /** usually `(v) => call(api().x.y(v))` */
  save: (values: V) => Promise<R>;
  /** after a successful save, e.g. close the dialog or reset the form to what main stored */
  onSaved?: (result: R, form: UseFormReturn<V>) => void | Promise<void>;
}

export function useContractForm<N extends CallName, R>(name: N, opts: ContractFormOptions<FormValues<N>, R>): ContractForm<FormValues<N>> {
  type V = FormValues<N>;
  const schema = contract[name].input as unknown as z.ZodType<FieldValues, FieldValues>;
  const form = useForm<V>({ resolver: zodResolver(schema) as unknown as Resolver<V>, defaultValues: opts.defaults });
  const [saveError, setSaveError] = useState<string | null>(null);
  const { load } = opts;
  const loaded = useLoad(
    async () => {
      if (!load) return null;
      const values = await load();
      form.reset(values);
      return values;
    },
    [],
    { inline: true },
  );
  const submit = form.handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const result = await opts.save(values);
      await opts.onSaved?.(result, form);
    } catch (e) {
      if (!applyIssues(e, form.setError)) setSaveError(errorMessage(e));
    }
  });
  return {
    form,
    schema,
    submit,
    saving: form.formState.isSubmitting,
    error: saveError ?? (loaded.error ? loaded.error.message : null),
    loading: load ? loaded.loading : false,
  };
}

/** A dialog with 保存 / 取消: the save button submits and spins while saving. */
export function FormModal<V extends FieldValues>({
  title,
  cf,
  onClose,
  children,
  width,
}: {
  title: string;
  cf: ContractForm<V>;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void cf.submit()}
      confirmLoading={cf.saving}
      onCancel={onClose}
      destroyOnHidden
      // a long form scrolls inside the dialog: 保存 stays on screen at 1366×768
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' } }}
    >
      <Form layout="vertical" component="div">
        <RequiredFields schema={cf.schema}>{children}</RequiredFields>
      </Form>
      {cf.error ? <Alert type="error" showIcon title={cf.error} role="alert" /> : null}
    </Modal>
  );
}

/** A card holding one form (settings): loading until `load` answered, its own submit button. */
export function FormCard<V extends FieldValues>({
  title,
  cf,
  submitLabel,
  children,
  testId,
}: {
  title: ReactNode;
  cf: ContractForm<V>;
  submitLabel: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card title={title} loading={cf.loading && !cf.error} data-testid={testId}>
      <Form layout="vertical" onFinish={() => void cf.submit()}>
        <RequiredFields schema={cf.schema}>{children}</RequiredFields>
        {cf.error ? <Alert type="error" showIcon title={cf.error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" loading={cf.saving}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
