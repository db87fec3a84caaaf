// Small pieces the copies screens share: times in the workstation's zone (as on the printed
// registers), a ContractForm over a given zod schema (the engine's request schema with this
// domain's details schema — the very schemas main parses with).
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import { applyIssues } from '../api';
import type { ContractForm } from '../kit/form';
import { errorMessage } from '../kit/useLoad';

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tz = workstationTimeZone();
  return (iso) => formatTime(iso, locale, tz, { seconds: false });
}

/** A form validated by `schema` (the same schema main parses the call with), shaped for FormModal. */
export function useSchemaForm<V extends FieldValues, R>(
  schema: z.ZodType,
  opts: { defaults: DefaultValues<V>; save: (v: V) => Promise<R>; onSaved?: (r: R) => void },
): ContractForm<V> {
  const form = useForm<V>({ resolver: zodResolver(schema as never) as unknown as Resolver<V>, defaultValues: opts.defaults });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      opts.onSaved?.(await opts.save(v));
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError(errorMessage(e));
    }
  });
  return { form, schema, submit, saving: form.formState.isSubmitting, error, loading: false };
}
