// The one form-field kit: binds a react-hook-form Controller to an antd input and shows the
// translated zod message (messages are i18n keys from electron/contract/schemas.ts).
import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The fields a schema refuses to leave empty (undefined fails): they carry antd's required mark. */
export function requiredOf(schema: unknown): Set<string> {
  const shape = (schema as { shape?: Record<string, { safeParse: (v: unknown) => { success: boolean } }> } | null)?.shape;
  if (!shape) return new Set();
  return new Set(Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success));
}
const Required = createContext<Set<string>>(new Set());
/** Wraps a form's fields so each knows from the form's own schema whether it is required. */
export function RequiredFields({ schema, children }: { schema: unknown; children: ReactNode }) {
  const set = useMemo(() => requiredOf(schema), [schema]);
  return <Required.Provider value={set}>{children}</Required.Provider>;
}

interface BaseProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: ReactNode;
  /** id prefix, so two forms on one page never share an input id */
  form?: string;
}

function FieldShell<T extends FieldValues>({
  control,
  name,
  label,
  form,
  render,
}: BaseProps<T> & { render: (field: ControllerRenderProps<T, FieldPath<T>>, id: string) => ReactNode }) {
  const { t } = useTranslation();
  const id = `${form ?? 'f'}-${String(name).replaceAll('.', '-')}`;
  const required = useContext(Required).has(String(name));
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          required={required}
          htmlFor={id}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
        >
          {render(field, id)}
        </Form.Item>
      )}
    />
  );
}

export function TextField<T extends FieldValues>(p: BaseProps<T> & { autoFocus?: boolean; autoComplete?: string; disabled?: boolean; className?: string }) {
  return (
    <FieldShell
      {...p}
      render={(f, id) => (
        <Input
          id={id}
          {...f}
          value={f.value ?? ''}
          autoFocus={p.autoFocus}
          autoComplete={p.autoComplete ?? 'off'}
          disabled={p.disabled}
          className={p.className}
        />
      )}
    />
  );
}

export function PasswordField<T extends FieldValues>(p: BaseProps<T> & { autoFocus?: boolean }) {
  return <FieldShell {...p} render={(f, id) => <Input.Password id={id} {...f} value={f.value ?? ''} autoFocus={p.autoFocus} autoComplete="off" />} />;
}

export function NumberField<T extends FieldValues>(p: BaseProps<T> & { min?: number; max?: number }) {
  return (
    <FieldShell
      {...p}
      // no min/max on the input: antd would clamp what was typed (50 → 20, −3 → 0) without a word;
      // the contract schema refuses it with a field error naming the allowed range instead
      render={(f, id) => <InputNumber id={id} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} />}
    />
  );
}

export function SelectField<T extends FieldValues>(
  p: BaseProps<T> & { options: { value: string | number; label: ReactNode }[]; multiple?: boolean; allowClear?: boolean; disabled?: boolean },
) {
  return (
    <FieldShell
      {...p}
      render={(f, id) => (
        <Select
          id={id}
          mode={p.multiple ? 'multiple' : undefined}
          options={p.options}
          value={f.value}
          onChange={(v) => f.onChange(v ?? undefined)}
          onBlur={f.onBlur}
          optionFilterProp="label"
          allowClear={p.allowClear}
          disabled={p.disabled}
        />
      )}
    />
  );
}

const isIsoDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).format('YYYY-MM-DD') === v;

/** The picker drops text it cannot parse on blur; the wrapper keeps what was typed (input events bubble). */
function DateInput({ id, value, onChange, onBlur }: { id: string; value: unknown; onChange: (v: string | undefined) => void; onBlur: () => void }) {
  const typed = useRef<string | null>(null);
  const valid = isIsoDay(value);
  // a bad date stays as typed, in a plain box the user corrects or clears (the picker cannot show it)
  if (typeof value === 'string' && value !== '' && !valid) {
    return (
      <Input
        id={id}
        value={value}
        status="error"
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        style={{ width: 160 }}
        onChange={(e) => onChange(e.target.value.trim() === '' ? undefined : e.target.value)}
        onBlur={onBlur}
      />
    );
  }
  return (
    <div
      style={{ display: 'inline-block' }}
      onInput={(e) => {
        typed.current = (e.target as HTMLInputElement).value.trim();
      }}
      onBlur={() => {
        const text = typed.current;
        typed.current = null;
        if (text && !isIsoDay(text)) onChange(text);
        else if (text === '' && value && !valid) onChange(undefined); // the bad date typed away
        onBlur();
      }}
    >
      <DatePicker
        id={id}
        placeholder="YYYY-MM-DD"
        format="YYYY-MM-DD"
        value={valid ? dayjs(value) : null}
        status={value && !valid ? 'error' : undefined}
        onChange={(d) => {
          typed.current = null;
          onChange(d ? d.format('YYYY-MM-DD') : undefined);
        }}
      />
    </div>
  );
}

/** A calendar date as the contract's ISO 'YYYY-MM-DD' string (undefined when cleared). A typed
 * date that does not parse (2030-13-45) is handed to the schema as typed, so it is refused with a
 * field error naming the format instead of being dropped on blur. */
export function DateField<T extends FieldValues>(p: BaseProps<T>) {
  return <FieldShell {...p} render={(f, id) => <DateInput id={id} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />} />;
}

export function SwitchField<T extends FieldValues>(p: BaseProps<T>) {
  return <FieldShell {...p} render={(f, id) => <Switch id={id} checked={!!f.value} onChange={f.onChange} />} />;
}

export function CheckboxField<T extends FieldValues>({ control, name, children }: { control: Control<T>; name: FieldPath<T>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message ? t(fieldState.error.message) : undefined}>
          <Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)}>
            {children}
          </Checkbox>
        </Form.Item>
      )}
    />
  );
}
