// R-SEC-1: the confidentiality rules (regulation Art. 17–27, incl. Art. 26's 三不准) must be
// acknowledged at first sign-in; nothing else is reachable before (the main process enforces it too).
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, call } from '../../api';
import { CheckboxField } from '../../components/FormField';
import { useLoad } from '../../kit/useLoad';
import { useSession } from '../../session';
import { confidentialityRules } from './regulation';

// the checkbox starts unticked (false), so the form accepts a boolean and requires true
const schema = z.object({ accepted: z.boolean().refine((v) => v, 'v.mustAccept') });
type RulesIn = z.infer<typeof schema>;

export function RulesScreen() {
  const { t, i18n } = useTranslation();
  const { setSession, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<RulesIn>({ resolver: zodResolver(schema), defaultValues: { accepted: false } });
  // R-GOV-1: a revision the GM approved replaces the shipped text (null: none yet)
  const revision = useLoad(() => call(api().auth.rulesText({})), []);
  const submit = form.handleSubmit(async () => {
    setError(null);
    try {
      setSession(await call(api().auth.acknowledgeRules({ accepted: true })));
    } catch (e) {
      setError((e as Error).message);
    }
  });
  return (
    <div className="gate">
      <Card
        className="gate-card wide"
        title={t('rules.title')}
        extra={
          <Button type="link" onClick={() => void signOut()}>
            {t('layout.signOut')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('rules.intro')}</Typography.Paragraph>
        <ol className="rules-list">
          {confidentialityRules(i18n.language, revision.data ?? null).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ol>
        <Form layout="vertical" onFinish={() => void submit()}>
          <CheckboxField control={form.control} name="accepted">
            {t('rules.accept')}
          </CheckboxField>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
          <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
            {t('rules.confirm')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
