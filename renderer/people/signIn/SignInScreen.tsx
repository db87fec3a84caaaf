// Sign-in (vault locked, no session). Errors are translated from their code: WRONG_PASSWORD,
// LOCKED_OUT (with the lockout end), ACCOUNT_DISABLED. The lock screen reuses this form.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import type { DemoSignIn, SessionInfo } from '../../../electron/contract/types';
import { api, applyIssues, call } from '../../api';
import { PasswordField, RequiredFields, TextField } from '../../components/FormField';
import { DemoSignInActions } from './DemoSignIns';

const schema = contract['auth.signIn'].input;
type SignInIn = z.input<typeof schema>;

export function SignInForm({
  login,
  submitLabel,
  onSignedIn,
  formId,
  fill,
}: {
  login?: string;
  submitLabel: string;
  onSignedIn: (s: SessionInfo) => void;
  formId: string;
  /** a demo sign-in picked from the list: fills both fields */
  fill?: { login: string; password: string };
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignInIn>({ resolver: zodResolver(schema), defaultValues: { login: login ?? '', password: '' } });
  useEffect(() => {
    if (fill) form.reset(fill);
  }, [fill, form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      onSignedIn(await call(api().auth.signIn(v)));
    } catch (e) {
      form.setValue('password', '');
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <RequiredFields schema={schema}>
        <TextField control={form.control} name="login" label={t('field.login')} form={formId} autoFocus={!login} autoComplete="username" />
        <PasswordField control={form.control} name="password" label={t('field.password')} form={formId} autoFocus={!!login} />
      </RequiredFields>
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" block loading={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}

export function SignInScreen({
  onSignedIn,
  onRecover,
  demo,
  onDemoSetAside,
}: {
  onSignedIn: (s: SessionInfo) => void;
  onRecover: () => void;
  /** a demo vault's published sign-ins (null: a real vault) */
  demo?: DemoSignIn[] | null;
  onDemoSetAside?: () => void;
}) {
  const { t } = useTranslation();
  const [fill, setFill] = useState<{ login: string; password: string } | undefined>();
  return (
    <div className="gate">
      <Card className="gate-card" title={t('signIn.title')}>
        <SignInForm submitLabel={t('signIn.submit')} onSignedIn={onSignedIn} formId="signin" fill={fill} />
        {demo ? (
          <DemoSignInActions signIns={demo} onPick={(s) => setFill({ login: s.login, password: s.password })} onSetAside={() => onDemoSetAside?.()} />
        ) : null}
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Button type="link" onClick={onRecover}>
            {t('signIn.forgot')}
          </Button>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
