// The three user dialogs (create / edit / reset password), each validated by the contract's own schema.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { ROLES } from '../../../electron/contract/roles';
import type { UserRow } from '../../../electron/contract/types';
import { applyIssues } from '../../api';
import { PasswordField, SelectField, SwitchField, TextField } from '../../components/FormField';

const createSchema = contract['users.create'].input;
const updateSchema = contract['users.update'].input;
const resetSchema = contract['users.resetPassword'].input;
export type CreateIn = z.input<typeof createSchema>;
export type UpdateIn = z.input<typeof updateSchema>;
export type ResetIn = z.input<typeof resetSchema>;

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

/** Modal + submit wiring shared by the three dialogs: server BAD_INPUT lands on fields, other errors in an alert. */
export function FormModal<T extends FieldValues>({ title, form, onSubmit, onClose, children, width }: { title: string; form: UseFormReturn<T>; onSubmit: (v: T) => Promise<void>; onClose: () => void; children: React.ReactNode; width?: number }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await onSubmit(v);
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError((e as Error).message);
    }
  });
  return (
    <Modal open width={width} title={title} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void submit()} confirmLoading={form.formState.isSubmitting} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical" component="div">
        {children}
      </Form>
      {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
    </Modal>
  );
}

export function CreateUserDialog({ onSubmit, onClose }: { onSubmit: (v: CreateIn) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<CreateIn>({ resolver: zodResolver(createSchema), defaultValues: { login: '', displayName: '', roles: [], password: '', passwordConfirm: '' } });
  return (
    <FormModal title={t('users.createTitle')} form={form} onSubmit={onSubmit} onClose={onClose}>
      <TextField control={form.control} name="login" label={t('field.login')} form="ucreate" autoFocus />
      <TextField control={form.control} name="displayName" label={t('field.displayName')} form="ucreate" />
      <SelectField control={form.control} name="roles" label={t('field.roles')} form="ucreate" multiple options={useRoleOptions()} />
      <PasswordField control={form.control} name="password" label={t('field.password')} form="ucreate" />
      <PasswordField control={form.control} name="passwordConfirm" label={t('field.passwordConfirm')} form="ucreate" />
    </FormModal>
  );
}

export function EditUserDialog({ user, onSubmit, onClose }: { user: UserRow; onSubmit: (v: UpdateIn) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<UpdateIn>({ resolver: zodResolver(updateSchema), defaultValues: { id: user.id, displayName: user.displayName, roles: user.roles, disabled: user.disabled } });
  return (
    <FormModal title={`${t('users.editTitle')} — ${user.login}`} form={form} onSubmit={onSubmit} onClose={onClose}>
      <TextField control={form.control} name="displayName" label={t('field.displayName')} form="uedit" autoFocus />
      <SelectField control={form.control} name="roles" label={t('field.roles')} form="uedit" multiple options={useRoleOptions()} />
      <SwitchField control={form.control} name="disabled" label={t('field.disabled')} form="uedit" />
    </FormModal>
  );
}

export function ResetPasswordDialog({ user, onSubmit, onClose }: { user: UserRow; onSubmit: (v: ResetIn) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ResetIn>({ resolver: zodResolver(resetSchema), defaultValues: { id: user.id, password: '', passwordConfirm: '' } });
  return (
    <FormModal title={`${t('users.resetTitle')} — ${user.login}`} form={form} onSubmit={onSubmit} onClose={onClose}>
      <PasswordField control={form.control} name="password" label={t('field.newPassword')} form="ureset" autoFocus />
      <PasswordField control={form.control} name="passwordConfirm" label={t('field.passwordConfirm')} form="ureset" />
    </FormModal>
  );
}
