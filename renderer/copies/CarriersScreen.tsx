// 指定携带人 (R-SEC-4): the security officer names the roles and the people who may carry files
// out of the room (policy copies.carriers); the form is the call's own contract schema.
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUSINESS_ROLES } from '../../electron/contract/roles';
import { api, call } from '../api';
import { SelectField } from '../components/FormField';
import { FormCard, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';

export function CarriersScreen() {
  const { t } = useTranslation();
  const state = useLoad(() => call(api().carryOuts.carriers({})), []);
  const cf = useContractForm('carryOuts.setCarriers', {
    load: async () => {
      const c = await call(api().carryOuts.carriers({}));
      return { roles: c.roles, userIds: c.userIds };
    },
    save: (v) => call(api().carryOuts.setCarriers(v)),
    onSaved: () => state.reload(),
  });
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('cp.carriers.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cp.carriers.intro')}</Typography.Paragraph>
      <FormCard title={t('cp.carriers.title')} cf={cf} submitLabel={t('cp.carriers.save')} testId="carriers-form">
        <SelectField
          control={cf.form.control}
          name="roles"
          form="carriers"
          multiple
          label={t('cp.carriers.roles')}
          options={BUSINESS_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <SelectField
          control={cf.form.control}
          name="userIds"
          form="carriers"
          multiple
          label={t('cp.carriers.people')}
          options={(state.data?.candidates ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.login}）` }))}
        />
      </FormCard>
      <Card size="small" title={t('cp.carriers.now')} style={{ marginTop: 16 }}>
        <List size="small" dataSource={state.data?.people ?? []} renderItem={(p) => <List.Item>{`${p.name}（${p.login}）`}</List.Item>} />
      </Card>
    </>
  );
}
