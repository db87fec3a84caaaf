// <RequestFields/>: the common part of every request form (access, loan, copy, carry-out,
// external provision…), used inside each consumer's own form (useContractForm of its
// `<domain>.request` call, whose schema extends requestFieldsSchema). The applicant — a staff
// member (optionally their account: they may then not approve it) or an outsider with the
// introduction letter / work ID number and issuing body (R-USE-3, required before submission);
// the targets — chosen items, a whole customer archive, or all archives of a customer, the scope
// shown; purpose, reason, urgency; the paper form's evidence — department stamp, head's name,
// optional scans (R-USE-2, R-LOAN-2).
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Divider, Form, Input, Radio, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Controller, useController, useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ID_DOC_KINDS, SCAN_KINDS, URGENCIES, type RequestFieldsInput, type ScanInput, type TargetsInput } from '../../electron/approvals/contract/calls';
import { api, call } from '../api';
import { useStaff } from '../archive/items/common';
import { CheckboxField, SelectField, TextField } from '../components/FormField';
import { useLoad } from '../kit/useLoad';

/** Starting values of the common fields (spread into the consumer form's defaults). */
export const requestFieldDefaults = (): Omit<RequestFieldsInput, 'targets'> & { targets: TargetsInput } => ({
  applicant: { kind: 'staff', userId: null, name: '', unit: '', contact: '', idDocKind: null, idDocNo: '', idDocIssuer: '' },
  targets: { scope: 'items', itemIds: [] },
  purpose: '',
  reason: '',
  urgency: 'normal',
  evidence: { stampPresent: false, headName: '' },
  attachments: [],
});

const SCAN_MAX_BYTES = 10 * 1024 * 1024;

function TextAreaField<T extends FieldValues>({ control, name, label, form }: { control: Control<T>; name: FieldPath<T>; label: string; form: string }) {
  const { t } = useTranslation();
  const id = `${form}-${String(name).replaceAll('.', '-')}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
        >
          <Input.TextArea id={id} rows={2} {...field} value={(field.value as string | undefined) ?? ''} />
        </Form.Item>
      )}
    />
  );
}

interface Option {
  value: number;
  label: string;
}

/** Items (archive.search hits) or customers, by 档号 / title / name; the picked ones stay listed. */
export function useSearchOptions(kind: 'item' | 'customer', query: string, picked: Option[]): Option[] {
  const found = useLoad(
    async () => {
      if (!query.trim()) return [];
      const page = await call(api().archive.search({ query, filter: {}, offset: 0, limit: 30 }));
      return page.hits
        .filter((h) => h.kind === kind)
        .map((h) => ({
          value: kind === 'item' ? h.id : h.customerId,
          label: kind === 'item' ? `${h.itemArchiveNo ?? h.archiveNo} ${h.title}` : `${h.customerName}（${h.archiveNo}）`,
        }));
    },
    [kind, query],
    { inline: true },
  ).data;
  const map = new Map<number, Option>();
  for (const o of [...picked, ...(found ?? [])]) map.set(o.value, o);
  return [...map.values()];
}

function TargetsField<T extends FieldValues>({ control, form, itemsOnly }: { control: Control<T>; form: string; itemsOnly?: boolean }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'targets' as FieldPath<T> });
  const value = (field.value as TargetsInput | undefined) ?? { scope: 'items', itemIds: [] };
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Option[]>([]);
  const [customer, setCustomer] = useState<Option | null>(null);
  const options = useSearchOptions(value.scope === 'items' ? 'item' : 'customer', query, value.scope === 'items' ? picked : customer ? [customer] : []);
  const error = fieldState.error?.message ?? (fieldState.error as { itemIds?: { message?: string } } | undefined)?.itemIds?.message;

  const pickCustomer = async (id: number | undefined, scope: 'archive' | 'customer') => {
    const o = options.find((x) => x.value === id) ?? null;
    setCustomer(o);
    if (id === undefined) return field.onChange({ scope, ...(scope === 'archive' ? { archiveId: undefined } : { customerId: undefined }) });
    if (scope === 'customer') return field.onChange({ scope, customerId: id });
    const c = await call(api().customers.get({ id }));
    field.onChange({ scope, archiveId: c.archiveId });
  };
  const customerId = customer?.value;

  return (
    <Form.Item label={t('appr.targets')} validateStatus={error ? 'error' : undefined} help={error ? t(error) : undefined} htmlFor={`${form}-targets`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {itemsOnly ? null : (
          <Radio.Group
            value={value.scope}
            onChange={(e) => {
              const scope = e.target.value as TargetsInput['scope'];
              setQuery('');
              if (scope === 'items') field.onChange({ scope, itemIds: picked.map((p) => p.value) });
              else void pickCustomer(customerId, scope);
            }}
            options={(['items', 'archive', 'customer'] as const).map((s) => ({ value: s, label: t(`appr.scope.${s}`) }))}
          />
        )}
        {value.scope === 'items' ? (
          <Select
            id={`${form}-targets`}
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setQuery }}
            placeholder={t('appr.pickItems')}
            value={value.itemIds}
            options={options}
            onChange={(ids: number[]) => {
              setPicked(options.filter((o) => ids.includes(o.value)));
              field.onChange({ scope: 'items', itemIds: ids });
            }}
            onBlur={field.onBlur}
          />
        ) : (
          <Select
            id={`${form}-targets`}
            showSearch={{ filterOption: false, onSearch: setQuery }}
            allowClear
            placeholder={t('appr.pickCustomer')}
            value={customerId}
            options={options}
            onChange={(id?: number) => void pickCustomer(id, value.scope === 'archive' ? 'archive' : 'customer')}
          />
        )}
        {value.scope !== 'items' && customer ? (
          <Tag color="blue">{t('appr.scopeOf', { scope: t(`appr.scope.${value.scope}`), name: customer.label })}</Tag>
        ) : null}
      </Space>
    </Form.Item>
  );
}

function ScansField<T extends FieldValues>({ control }: { control: Control<T> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { field } = useController({ control, name: 'attachments' as FieldPath<T> });
  const scans = (field.value as ScanInput[] | undefined) ?? [];
  const [kind, setKind] = useState<ScanInput['kind']>('introLetter');
  return (
    <Form.Item label={t('appr.scans')}>
      <Space wrap>
        <Select style={{ width: 140 }} value={kind} onChange={setKind} options={SCAN_KINDS.map((k) => ({ value: k, label: t(`appr.scanKind.${k}`) }))} />
        <Upload
          accept=".pdf,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > SCAN_MAX_BYTES) {
              void message.error(t('appr.scanTooLarge'));
              return Upload.LIST_IGNORE;
            }
            void file.arrayBuffer().then((buf) => {
              let bin = '';
              const bytes = new Uint8Array(buf);
              for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
              field.onChange([...scans, { kind, fileName: file.name, dataBase64: btoa(bin) }]);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('appr.scanAdd')}</Button>
        </Upload>
      </Space>
      <div>
        {scans.map((s, i) => (
          <Tag key={i} closable onClose={() => field.onChange(scans.filter((_, j) => j !== i))}>
            {`${t(`appr.scanKind.${s.kind}`)}：${s.fileName}`}
          </Tag>
        ))}
      </div>
    </Form.Item>
  );
}

export function RequestFields<T extends FieldValues>({
  control,
  form = 'req',
  targets = true,
  scans = true,
}: {
  control: Control<T>;
  /** id prefix of the inputs */
  form?: string;
  /** show the targets picker: true (items / archive / customer), 'items' (items only) or false (the consumer picks its own) */
  targets?: boolean | 'items';
  /** offer scan uploads */
  scans?: boolean;
}) {
  const { t } = useTranslation();
  const n = (s: string) => s as FieldPath<T>;
  const kind = useWatch({ control, name: n('applicant.kind') }) as 'staff' | 'outsider' | undefined;
  const staff = useStaff();
  const account = useController({ control, name: n('applicant.userId') });
  const name = useController({ control, name: n('applicant.name') });
  return (
    <div data-testid="request-fields">
      <Space wrap align="start">
        <SelectField
          control={control}
          name={n('applicant.kind')}
          label={t('appr.applicantKind')}
          form={form}
          options={(['staff', 'outsider'] as const).map((k) => ({ value: k, label: t(`appr.kind.${k}`) }))}
        />
        {kind === 'staff' ? (
          <Form.Item label={t('appr.applicant')} htmlFor={`${form}-applicant-userId`}>
            <Select
              id={`${form}-applicant-userId`}
              style={{ width: 200 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={(account.field.value as number | null | undefined) ?? undefined}
              options={staff.map((s) => ({ value: s.id, label: s.displayName }))}
              onChange={(id?: number) => {
                account.field.onChange(id ?? null);
                const s = staff.find((x) => x.id === id);
                if (s) name.field.onChange(s.displayName);
              }}
            />
          </Form.Item>
        ) : null}
        <TextField control={control} name={n('applicant.name')} label={t('appr.name')} form={form} />
        <TextField control={control} name={n('applicant.unit')} label={t(kind === 'outsider' ? 'appr.unit.outsider' : 'appr.unit.staff')} form={form} />
        <TextField control={control} name={n('applicant.contact')} label={t('appr.contact')} form={form} />
      </Space>
      {kind === 'outsider' ? (
        <Space wrap align="start">
          <SelectField
            control={control}
            name={n('applicant.idDocKind')}
            label={t('appr.idDocKind')}
            form={form}
            options={ID_DOC_KINDS.map((k) => ({ value: k, label: t(`appr.idDoc.${k}`) }))}
          />
          <TextField control={control} name={n('applicant.idDocNo')} label={t('appr.idDocNo')} form={form} />
          <TextField control={control} name={n('applicant.idDocIssuer')} label={t('appr.idDocIssuer')} form={form} />
        </Space>
      ) : null}
      {targets ? <TargetsField control={control} form={form} itemsOnly={targets === 'items'} /> : null}
      <Space wrap align="start">
        <TextField control={control} name={n('purpose')} label={t('appr.purpose')} form={form} />
        <SelectField
          control={control}
          name={n('urgency')}
          label={t('appr.urgency')}
          form={form}
          options={URGENCIES.map((u) => ({ value: u, label: t(`appr.urgency.${u}`) }))}
        />
      </Space>
      <TextAreaField control={control} name={n('reason')} label={t('appr.reason')} form={form} />
      <Divider titlePlacement="start" plain>
        {t('appr.evidence')}
      </Divider>
      <Space wrap align="start">
        <CheckboxField control={control} name={n('evidence.stampPresent')}>
          {t('appr.stampPresent')}
        </CheckboxField>
        <TextField control={control} name={n('evidence.headName')} label={t('appr.headName')} form={form} />
      </Space>
      {scans ? <ScansField control={control} /> : null}
    </div>
  );
}
