// Settings: language (everyone), own password (everyone), policy and archive policy (安全保密员 only).
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../electron/contract';
import type { Settings } from '../../electron/contract/types';
import { api, applyIssues, call } from '../api';
import { NumberField, PasswordField, TextField } from '../components/FormField';
import { setLocale } from '../i18n';
import { useSession } from '../session';
import { ArchivePolicyCard } from '../archive/settings/ArchivePolicyCard';

const pwSchema = contract['auth.changePassword'].input;
const policySchema = contract['settings.update'].input;
type PwIn = z.input<typeof pwSchema>;
type PolicyIn = z.input<typeof policySchema>;

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 640 }}>
      <Card title={t('settings.language')}>
        <Radio.Group
          aria-label={t('settings.language')}
          value={i18n.language === 'en' ? 'en' : 'zh-CN'}
          onChange={(e) => setLocale(e.target.value as 'zh-CN' | 'en')}
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Card>
      <ChangePassword />
      {session.roles.includes('securityOfficer') ? <Policy /> : null}
      {session.roles.includes('securityOfficer') ? <ArchivePolicyCard /> : null}
    </Space>
  );
}

/** Own password change; also the forced first sign-in screen (mustChangePassword). */
export function ChangePassword({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PwIn>({ resolver: zodResolver(pwSchema), defaultValues: { oldPassword: '', password: '', passwordConfirm: '' } });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await call(api().auth.changePassword(v));
      form.reset();
      void message.success(t('settings.passwordChanged'));
      onChanged?.();
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  return (
    <Card title={t('settings.changePassword')}>
      <Form layout="vertical" onFinish={() => void submit()}>
        <PasswordField control={form.control} name="oldPassword" label={t('field.oldPassword')} form="pw" />
        <PasswordField control={form.control} name="password" label={t('field.newPassword')} form="pw" />
        <PasswordField control={form.control} name="passwordConfirm" label={t('field.passwordConfirm')} form="pw" />
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
          {t('settings.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function Policy() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const form = useForm<PolicyIn>({ resolver: zodResolver(policySchema) });
  useEffect(() => {
    call(api().settings.get()).then(
      (s) => {
        setLoaded(s);
        form.reset(s);
      },
      (e: Error) => setError(e.message),
    );
  }, [form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      form.reset(await call(api().settings.update(v)));
      void message.success(t('common.saved'));
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  return (
    <Card title={t('settings.policy')} loading={!loaded && !error}>
      <Form layout="vertical" onFinish={() => void submit()}>
        <TextField control={form.control} name="orgName" label={t('field.orgName')} form="policy" />
        <NumberField control={form.control} name="idleLockMinutes" label={t('settings.idleLockMinutes')} form="policy" />
        <NumberField control={form.control} name="maxFailedAttempts" label={t('settings.maxFailedAttempts')} form="policy" />
        <Space wrap>
          {[0, 1, 2, 3].map((i) => (
            <TextField key={i} control={form.control} name={`classificationLabels.${i}` as 'classificationLabels.0'} label={t('settings.label', { n: i + 1 })} form="policy" />
          ))}
        </Space>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
