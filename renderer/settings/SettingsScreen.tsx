// Settings: language (everyone), own password (everyone), policy and archive policy (安全保密员 only).
import { Anchor, App, Card, Col, Form, Radio, Row, Space, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api';
import { NumberField, PasswordField, TextField } from '../components/FormField';
import { setLocale } from '../i18n';
import { useCan } from '../kit/can';
import { FormCard, useContractForm } from '../kit/form';
import { ArchivePolicyCard } from '../archive/settings/ArchivePolicyCard';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const canSetPolicy = useCan('settings.update');
  const canSetArchivePolicy = useCan('archive.setPolicy');
  // a title and sections with anchors instead of one long column (issue 12)
  const sections = [
    {
      key: 'language',
      title: t('settings.language'),
      node: (
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
      ),
    },
    { key: 'password', title: t('settings.changePassword'), node: <ChangePassword /> },
    ...(canSetPolicy ? [{ key: 'policy', title: t('settings.policy'), node: <Policy /> }] : []),
    ...(canSetArchivePolicy ? [{ key: 'archive', title: t('apol.title'), node: <ArchivePolicyCard /> }] : []),
  ];
  return (
    <>
      <Typography.Title level={4}>{t('settings.title')}</Typography.Title>
      <Row gutter={24} wrap={false}>
        <Col flex="auto" style={{ maxWidth: 720 }}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {sections.map((s) => (
              <section key={s.key} id={`settings-${s.key}`}>
                {s.node}
              </section>
            ))}
          </Space>
        </Col>
        <Col flex="200px">
          <Anchor affix offsetTop={24} items={sections.map((s) => ({ key: s.key, href: `#settings-${s.key}`, title: s.title }))} />
        </Col>
      </Row>
    </>
  );
}

/** Own password change; also the forced first sign-in screen (mustChangePassword). */
export function ChangePassword({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('auth.changePassword', {
    defaults: { oldPassword: '', password: '', passwordConfirm: '' },
    save: (v) => call(api().auth.changePassword(v)),
    onSaved: (_, form) => {
      form.reset();
      void message.success(t('settings.passwordChanged'));
      onChanged?.();
    },
  });
  const { control } = cf.form;
  return (
    <FormCard title={t('settings.changePassword')} cf={cf} submitLabel={t('settings.changePassword')}>
      <PasswordField control={control} name="oldPassword" label={t('field.oldPassword')} form="pw" />
      <PasswordField control={control} name="password" label={t('field.newPassword')} form="pw" />
      <PasswordField control={control} name="passwordConfirm" label={t('field.passwordConfirm')} form="pw" />
    </FormCard>
  );
}

function Policy() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('settings.update', {
    load: () => call(api().settings.get()),
    save: (v) => call(api().settings.update(v)),
    onSaved: (stored, form) => {
      form.reset(stored);
      void message.success(t('common.saved'));
    },
  });
  const { control } = cf.form;
  const idle = useWatch({ control, name: 'idleLockMinutes' });
  return (
    <FormCard title={t('settings.policy')} cf={cf} submitLabel={t('common.save')}>
      <TextField control={control} name="orgName" label={t('field.orgName')} form="policy" />
      {/* R-GOV-1: a policy value, changed on the 策略 page under GM approval; sent back unchanged */}
      <Form.Item label={t('settings.idleLockMinutes')} extra={t('common.policyViaProposal')}>
        <span data-testid="idle-lock-minutes">{idle}</span>
      </Form.Item>
      <NumberField control={control} name="maxFailedAttempts" label={t('settings.maxFailedAttempts')} form="policy" />
      <Space wrap>
        {[0, 1, 2, 3].map((i) => (
          <TextField
            key={i}
            control={control}
            name={`classificationLabels.${i}` as 'classificationLabels.0'}
            label={t('settings.label', { n: i + 1 })}
            form="policy"
          />
        ))}
      </Space>
    </FormCard>
  );
}
