// Lost password: the recovery code (kept in the safe) unwraps the vault key and re-keys one user's slot.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { api, applyIssues, call } from '../../api';
import { PasswordField, TextField } from '../../components/FormField';

const schema = contract['vault.recover'].input;
type RecoverIn = z.input<typeof schema>;

export function RecoverScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<RecoverIn>({ resolver: zodResolver(schema), defaultValues: { recoveryCode: '', login: '', password: '', passwordConfirm: '' } });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await call(api().vault.recover(v));
      void message.success(t('recover.done'));
      onDone();
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  return (
    <div className="gate">
      <Card className="gate-card" title={t('recover.title')}>
        <Form layout="vertical" onFinish={() => void submit()}>
          <TextField control={form.control} name="recoveryCode" label={t('field.recoveryCode')} form="recover" autoFocus />
          <TextField control={form.control} name="login" label={t('field.login')} form="recover" />
          <PasswordField control={form.control} name="password" label={t('field.newPassword')} form="recover" />
          <PasswordField control={form.control} name="passwordConfirm" label={t('field.passwordConfirm')} form="recover" />
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
              {t('recover.submit')}
            </Button>
            <Button onClick={onDone}>{t('recover.back')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
