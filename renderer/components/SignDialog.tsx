// The one "sign at the machine" dialog: a second person types their own login + password
// and the meaning of their signature; the main process signs with their Ed25519 key.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../electron/contract';
import type { SignatureRow } from '../../electron/contract/types';
import { api, applyIssues, call, CallError } from '../api';
import { PasswordField, SelectField, TextField } from './FormField';

type SignInput = z.input<(typeof contract)['signatures.sign']['input']>;
type RecordType = SignInput['recordType'];
const signForm = z.object({
  signerLogin: z.string().trim().min(1, 'v.required'),
  signerPassword: z.string().min(1, 'v.required'),
  meaning: z.enum(['reviewed', 'approved', 'rejected', 'witnessed']),
});
type SignForm = z.infer<typeof signForm>;

export function SignDialog(props: {
  open: boolean;
  recordType?: RecordType;
  recordId?: string;
  meanings?: SignForm['meaning'][];
  /** signing inside another call (e.g. a custodian handover, whose call takes the signer's login + password) */
  sign?: (v: SignForm) => Promise<void>;
  /** context shown above the signer's fields (what is being signed) */
  children?: ReactNode;
  /** when the call behind `sign` fixes the meaning itself (a handover is always a receipt) */
  hideMeaning?: boolean;
  onClose: () => void;
  onSigned?: (sig: SignatureRow) => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const meanings = props.meanings ?? ['reviewed', 'approved', 'rejected', 'witnessed'];
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignForm>({ resolver: zodResolver(signForm), defaultValues: { signerLogin: '', signerPassword: '', meaning: meanings[0] } });

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      if (props.sign) await props.sign(v);
      else {
        const sig = await call(api().signatures.sign({ recordType: props.recordType!, recordId: props.recordId!, ...v }));
        props.onSigned?.(sig);
      }
      form.reset({ signerLogin: '', signerPassword: '', meaning: meanings[0] });
      props.onDone?.();
    } catch (e) {
      if (!applyIssues(e, form.setError)) setError(e instanceof CallError ? e.message : String(e));
      form.setValue('signerPassword', '');
    }
  });

  return (
    <Modal
      open={props.open}
      title={t('sign.title')}
      okText={t('sign.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      confirmLoading={form.formState.isSubmitting}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('sign.intro')}</Typography.Paragraph>
      {props.children}
      <Form layout="vertical" component="div">
        <TextField control={form.control} name="signerLogin" label={t('sign.signerLogin')} form="sign" autoFocus />
        <PasswordField control={form.control} name="signerPassword" label={t('sign.signerPassword')} form="sign" />
        {props.hideMeaning ? null : (
          <SelectField
            control={form.control}
            name="meaning"
            label={t('field.meaning')}
            form="sign"
            options={meanings.map((m) => ({ value: m, label: t(`meaning.${m}`) }))}
          />
        )}
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
