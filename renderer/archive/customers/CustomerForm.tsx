// 新建客户 / 编辑客户 (R-CUST-1): validated by the contract's own schema (ID checksums included),
// so the form and the IPC boundary refuse the same input with the same Chinese message. Creating
// the customer opens its archive at once (R-ARCH-1); the caller shows the generated 档号. Editing
// uses the same fields with the category locked: the 档号 carries the category code, and the
// backend refuses a change anyway (v.categoryFixed); the backend audits the changed fields.
import { Col, Row } from 'antd';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CUSTOMER_CATEGORIES,
  CUSTOMER_SUB_TYPES,
  type customerInputSchema,
  ID_KINDS,
  PARTY_KINDS,
  type CustomerCreated,
  type CustomerDetail,
  type CustomerView,
} from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { DateField, SelectField, TextField } from '../../components/FormField';
import { FormModal, useContractForm } from '../../kit/form';
import { useEnumOptions, useStaff } from '../items/common';

type CustomerIn = z.input<typeof customerInputSchema>;

/** The stored customer as form values (null → absent, which the optional fields expect). */
function editValues(c: CustomerDetail): CustomerIn {
  const opt = <V,>(v: V | null) => v ?? undefined;
  return {
    category: c.category,
    subType: c.subType,
    partyKind: c.partyKind,
    name: c.name,
    idKind: c.idKind,
    idNumber: c.idNumber ?? '',
    contactPerson: opt(c.contactPerson),
    phone: opt(c.phone),
    email: opt(c.email),
    address: opt(c.address),
    relationshipOwnerId: opt(c.relationshipOwnerId),
    firstContactDate: opt(c.firstContactDate),
    remarks: opt(c.remarks),
  };
}

type Props = { onClose: () => void } & (
  { customer?: undefined; onCreated: (c: CustomerCreated) => void } | { customer: CustomerDetail; onSaved: (c: CustomerView) => void }
);

export function CustomerForm(props: Props) {
  const { onClose } = props;
  const { t } = useTranslation();
  const editing = props.customer;
  // the update schema is the create schema plus the id, which rides along in the values
  const cf = useContractForm(editing ? 'customers.update' : 'customers.create', {
    defaults: editing
      ? { ...editValues(editing), id: editing.id }
      : { category: 'general', subType: 'distributor', partyKind: 'institution', name: '', idKind: 'uscc', idNumber: '' },
    save: async (v) => {
      if (props.customer) props.onSaved(await call(api().customers.update({ ...v, id: props.customer.id })));
      else props.onCreated(await call(api().customers.create(v)));
    },
  });
  const { form } = cf;
  const category = useWatch({ control: form.control, name: 'category' });
  // the sub-type list follows the category (Art. 3); keep the choice only if it still belongs
  useEffect(() => {
    const allowed = CUSTOMER_SUB_TYPES[category] as readonly string[];
    if (!allowed.includes(form.getValues('subType'))) form.setValue('subType', allowed[0] as CustomerIn['subType']);
  }, [category, form]);
  const owners = useStaff();
  const f = { control: form.control, form: 'cust' };
  return (
    <FormModal title={editing ? t('cust.editTitle', { no: editing.archiveNo }) : t('cust.createTitle')} width={760} cf={cf} onClose={onClose}>
      <Row gutter={16}>
        <Col span={12}>
          <SelectField
            {...f}
            name="category"
            label={t('arch.f.category')}
            options={useEnumOptions('arch.category', CUSTOMER_CATEGORIES)}
            disabled={!!editing}
          />
        </Col>
        <Col span={12}>
          <SelectField {...f} name="subType" label={t('arch.f.subType')} options={useEnumOptions('arch.subType', CUSTOMER_SUB_TYPES[category])} />
        </Col>
        <Col span={12}>
          <SelectField {...f} name="partyKind" label={t('arch.f.partyKind')} options={useEnumOptions('arch.party', PARTY_KINDS)} />
        </Col>
        <Col span={12}>
          <TextField {...f} name="name" label={t('arch.f.name')} autoFocus />
        </Col>
        <Col span={12}>
          <SelectField {...f} name="idKind" label={t('arch.f.idKind')} options={useEnumOptions('arch.idKind', ID_KINDS)} />
        </Col>
        <Col span={12}>
          <TextField {...f} name="idNumber" label={t('arch.f.idNumber')} />
        </Col>
        <Col span={8}>
          <TextField {...f} name="contactPerson" label={t('arch.f.contactPerson')} />
        </Col>
        <Col span={8}>
          <TextField {...f} name="phone" label={t('arch.f.phone')} />
        </Col>
        <Col span={8}>
          <TextField {...f} name="email" label={t('arch.f.email')} />
        </Col>
        <Col span={24}>
          <TextField {...f} name="address" label={t('arch.f.address')} />
        </Col>
        <Col span={12}>
          <SelectField
            {...f}
            name="relationshipOwnerId"
            label={t('arch.f.relationshipOwner')}
            allowClear
            options={owners.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Col>
        <Col span={12}>
          <DateField {...f} name="firstContactDate" label={t('arch.f.firstContactDate')} />
        </Col>
        <Col span={24}>
          <TextField {...f} name="remarks" label={t('arch.f.remarks')} />
        </Col>
      </Row>
    </FormModal>
  );
}
