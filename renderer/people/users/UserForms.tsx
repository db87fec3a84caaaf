// The three user dialogs (create / edit / reset password), each validated by the contract's own schema.
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../electron/contract/roles';
import type { UserRow } from '../../../electron/contract/types';
import { api, call } from '../../api';
import { PasswordField, SelectField, SwitchField, TextField } from '../../components/FormField';
import { FormModal, useContractForm } from '../../kit/form';

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

export function CreateUserDialog({ onDone, onClose }: { onDone: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('users.create', {
    defaults: { login: '', displayName: '', roles: [], password: '', passwordConfirm: '' },
    save: (v) => call(api().users.create(v)),
    onSaved: onDone,
  });
  const { control } = cf.form;
  return (
    <FormModal title={t('users.createTitle')} cf={cf} onClose={onClose}>
      <TextField control={control} name="login" label={t('field.login')} form="ucreate" autoFocus />
      <TextField control={control} name="displayName" label={t('field.displayName')} form="ucreate" />
      <SelectField control={control} name="roles" label={t('field.roles')} form="ucreate" multiple options={useRoleOptions()} />
      <PasswordField control={control} name="password" label={t('field.password')} form="ucreate" />
      <PasswordField control={control} name="passwordConfirm" label={t('field.passwordConfirm')} form="ucreate" />
    </FormModal>
  );
}

export function EditUserDialog({ user, onDone, onClose }: { user: UserRow; onDone: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('users.update', {
    defaults: { id: user.id, displayName: user.displayName, roles: user.roles, disabled: user.disabled },
    save: (v) => call(api().users.update(v)),
    onSaved: onDone,
  });
  const { control } = cf.form;
  return (
    <FormModal title={`${t('users.editTitle')} — ${user.login}`} cf={cf} onClose={onClose}>
      <TextField control={control} name="displayName" label={t('field.displayName')} form="uedit" autoFocus />
      <SelectField control={control} name="roles" label={t('field.roles')} form="uedit" multiple options={useRoleOptions()} />
      <SwitchField control={control} name="disabled" label={t('field.disabled')} form="uedit" />
    </FormModal>
  );
}

export function ResetPasswordDialog({ user, onDone, onClose }: { user: UserRow; onDone: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('users.resetPassword', {
    defaults: { id: user.id, password: '', passwordConfirm: '' },
    save: (v) => call(api().users.resetPassword(v)),
    onSaved: onDone,
  });
  const { control } = cf.form;
  return (
    <FormModal title={`${t('users.resetTitle')} — ${user.login}`} cf={cf} onClose={onClose}>
      <PasswordField control={control} name="password" label={t('field.newPassword')} form="ureset" autoFocus />
      <PasswordField control={control} name="passwordConfirm" label={t('field.passwordConfirm')} form="ureset" />
    </FormModal>
  );
}
