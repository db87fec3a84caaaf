// First run: create the vault and its first system administrator, show the recovery code once,
// make the operator type it back (vault.confirmRecovery) — or create the demo vault instead.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import type { DemoSignIn } from '../../../electron/contract/types';
import { api, applyIssues, call } from '../../api';
import { DemoSignInTable } from '../signIn/DemoSignIns';
import { PasswordField, TextField } from '../../components/FormField';

const createSchema = contract['vault.create'].input;
const confirmSchema = contract['vault.confirmRecovery'].input;
type CreateIn = z.input<typeof createSchema>;
type ConfirmIn = z.input<typeof confirmSchema>;

/** 32 characters in groups of four, so it can be copied by hand without losing place */
export const groupCode = (code: string) => code.replace(/[^A-Z0-9]/gi, '').replace(/(.{4})(?=.)/g, '$1-');

export function SetupScreen({ recoveryPending, onDone, onDemoCreated }: { recoveryPending: boolean; onDone: () => void; onDemoCreated?: () => void }) {
  const [code, setCode] = useState<string | null>(null);
  const [stage, setStage] = useState<'create' | 'show' | 'confirm'>(recoveryPending ? 'confirm' : 'create');
  const [demo, setDemo] = useState<DemoSignIn[] | null>(null);
  if (demo) return <DemoDone signIns={demo} onDone={onDone} />;
  if (stage === 'create')
    return (
      <CreateForm
        onCreated={(c) => {
          setCode(c);
          setStage('show');
        }}
        onDemo={(s) => {
          setDemo(s);
          onDemoCreated?.();
        }}
      />
    );
  if (stage === 'show' && code) return <ShowCode code={code} onNext={() => setStage('confirm')} />;
  return <ConfirmCode onDone={onDone} />;
}

function CreateForm({ onCreated, onDemo }: { onCreated: (code: string) => void; onDemo: (s: DemoSignIn[]) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [demoBusy, setDemoBusy] = useState(false);
  const form = useForm<CreateIn>({
    resolver: zodResolver(createSchema),
    defaultValues: { orgName: '', adminLogin: 'admin', adminName: '', password: '', passwordConfirm: '' },
  });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const r = await call(api().vault.create(v));
      onCreated(r.recoveryCode);
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  const demo = async () => {
    setDemoBusy(true);
    setError(null);
    try {
      onDemo((await call(api().vault.createDemo())).signIns);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setDemoBusy(false);
    }
  };
  return (
    <div className="gate">
      <Card className="gate-card" title={t('setup.title')}>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        <Form layout="vertical" component="form" onFinish={() => void submit()}>
          <TextField control={form.control} name="orgName" label={t('field.orgName')} form="setup" autoFocus />
          <TextField control={form.control} name="adminLogin" label={t('field.adminLogin')} form="setup" />
          <TextField control={form.control} name="adminName" label={t('field.adminName')} form="setup" />
          <PasswordField control={form.control} name="password" label={t('field.password')} form="setup" />
          <PasswordField control={form.control} name="passwordConfirm" label={t('field.passwordConfirm')} form="setup" />
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
              {t('setup.create')}
            </Button>
            <Button onClick={() => void demo()} loading={demoBusy}>
              {t('setup.demo')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}

function ShowCode({ code, onNext }: { code: string; onNext: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <Card className="gate-card wide" title={t('setup.recoveryTitle')}>
        <Alert type="warning" showIcon title={t('setup.recoveryWarning')} style={{ marginBottom: 16 }} />
        <div className="recovery-code" data-testid="recovery-code" aria-label={t('field.recoveryCode')}>
          {groupCode(code)}
        </div>
        <div style={{ marginTop: 24, textAlign: 'right' }}>
          <Button type="primary" onClick={onNext}>
            {t('setup.recoveryWritten')}
          </Button>
        </div>
      </Card>
    </div>
  );
}

function ConfirmCode({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ConfirmIn>({ resolver: zodResolver(confirmSchema), defaultValues: { recoveryCode: '' } });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await call(api().vault.confirmRecovery(v));
      onDone();
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError(t('setup.confirmWrong'));
    }
  });
  return (
    <div className="gate">
      <Card className="gate-card" title={t('setup.confirmTitle')}>
        <Typography.Paragraph type="secondary">{t('setup.confirmIntro')}</Typography.Paragraph>
        <Form layout="vertical" component="form" onFinish={() => void submit()}>
          <TextField control={form.control} name="recoveryCode" label={t('field.recoveryCode')} form="confirm" autoFocus />
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
            {t('setup.confirmButton')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

function DemoDone({ signIns, onDone }: { signIns: DemoSignIn[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <Card className="gate-card wide" title={t('setup.demoTitle')}>
        <DemoSignInTable signIns={signIns} />
        <div style={{ marginTop: 16, textAlign: 'right' }}>
          <Button type="primary" onClick={onDone}>
            {t('setup.toSignIn')}
          </Button>
        </div>
      </Card>
    </div>
  );
}
