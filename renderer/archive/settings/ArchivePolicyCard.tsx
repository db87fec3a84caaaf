// 档案策略 (安全保密员 only, R-ARCH-1 / R-USE-1): the archive-number pattern with a live preview of
// the format, and per classification level the business roles that may read item detail. The
// item's custodian always may; access grants (a later issue) widen this per user.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Descriptions, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { archivePolicySchema, CUSTOMER_CATEGORIES, type ArchivePolicy } from '../../../electron/archive/contract/calls';
import { expandArchiveScope, withArchiveSeq } from '../../../electron/archive/contract/archiveNumber';
import { BUSINESS_ROLES } from '../../../electron/contract/roles';
import { api, applyIssues, call } from '../../api';
import { SelectField, TextField } from '../../components/FormField';

type PolicyIn = z.input<typeof archivePolicySchema>;
const LEVELS = [0, 1, 2, 3] as const;

/** The format of a number under `pattern`, with sequence 1: creation takes the next unused one. */
function previewNo(pattern: string, category: (typeof CUSTOMER_CATEGORIES)[number]): string | null {
  if (!archivePolicySchema.shape.numberPattern.safeParse(pattern).success) return null;
  return withArchiveSeq(expandArchiveScope(pattern.trim(), category, new Date()), 1);
}

export function ArchivePolicyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<ArchivePolicy | null>(null);
  const [labels, setLabels] = useState<string[]>(['普通', '秘密', '机密', '绝密']);
  const form = useForm<PolicyIn>({ resolver: zodResolver(archivePolicySchema) });
  const pattern = useWatch({ control: form.control, name: 'numberPattern' }) ?? '';
  useEffect(() => {
    Promise.all([call(api().archive.policy({})), call(api().settings.get())]).then(
      ([p, s]) => {
        setLoaded(p);
        setLabels([...s.classificationLabels]);
        form.reset(p);
      },
      (e: Error) => setError(e.message),
    );
  }, [form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      form.reset(await call(api().archive.setPolicy(v)));
      void message.success(t('apol.saved'));
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  const roleOptions = BUSINESS_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <Card title={t('apol.title')} loading={!loaded && !error} data-testid="archive-policy">
      <Form layout="vertical" onFinish={() => void submit()}>
        <TextField control={form.control} name="numberPattern" label={t('apol.numberPattern')} form="apol" />
        <Typography.Paragraph type="secondary">{t('apol.patternHelp')}</Typography.Paragraph>
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="archive-no-preview" title={t('apol.preview')}>
          {CUSTOMER_CATEGORIES.map((c) => (
            <Descriptions.Item key={c} label={t(`arch.category.${c}`)}>
              {previewNo(pattern, c) ?? '—'}
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Paragraph type="secondary">{t('apol.contentHelp')}</Typography.Paragraph>
        {LEVELS.map((i) => (
          <SelectField
            key={i}
            control={form.control}
            name={`contentRoles.${i}` as 'contentRoles.0'}
            label={t('apol.contentRoles', { level: labels[i] })}
            form="apol"
            multiple
            options={roleOptions}
          />
        ))}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
          {t('apol.save')}
        </Button>
      </Form>
    </Card>
  );
}
