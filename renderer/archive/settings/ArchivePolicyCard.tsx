// 档案策略 (安全保密员 only, R-ARCH-1 / R-USE-1): the archive-number pattern with a live preview of
// the format, and per classification level the business roles that may read item detail. The
// item's custodian always may; access grants (a later issue) widen this per user.
import { App, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { archivePolicySchema, CUSTOMER_CATEGORIES } from '../../../electron/archive/contract/calls';
import { expandArchiveScope, withArchiveSeq } from '../../../electron/archive/contract/archiveNumber';
import { BUSINESS_ROLES } from '../../../electron/contract/roles';
import { api, call } from '../../api';
import { SelectField, TextField } from '../../components/FormField';
import { FormCard, useContractForm } from '../../kit/form';

const LEVELS = [0, 1, 2, 3] as const;

/** The format of a number under `pattern`, with sequence 1: creation takes the next unused one. */
function previewNo(pattern: string, category: (typeof CUSTOMER_CATEGORIES)[number]): string | null {
  if (!archivePolicySchema.shape.numberPattern.safeParse(pattern).success) return null;
  return withArchiveSeq(expandArchiveScope(pattern.trim(), category, new Date()), 1);
}

export function ArchivePolicyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [labels, setLabels] = useState<string[]>(['普通', '秘密', '机密', '绝密']);
  const cf = useContractForm('archive.setPolicy', {
    load: async () => {
      const [p, s] = await Promise.all([call(api().archive.policy({})), call(api().settings.get())]);
      setLabels([...s.classificationLabels]);
      return p;
    },
    save: (v) => call(api().archive.setPolicy(v)),
    onSaved: (stored, form) => {
      form.reset(stored);
      void message.success(t('apol.saved'));
    },
  });
  const { form } = cf;
  const pattern = useWatch({ control: form.control, name: 'numberPattern' }) ?? '';
  const roleOptions = BUSINESS_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <FormCard title={t('apol.title')} cf={cf} submitLabel={t('apol.save')} testId="archive-policy">
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
    </FormCard>
  );
}
