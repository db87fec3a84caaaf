// 添加档案材料 (R-ARCH-5, R-SEC-2): the contract's item schema; non-durable writing media
// (圆珠笔/铅笔/热敏纸) show a warning at intake; 机密/绝密 needs a designated custodian.
import { Alert, Col, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CARRIERS,
  CLASSIFIED_FROM,
  NON_DURABLE_MEDIA,
  RETENTIONS,
  WRITING_MEDIA,
  type ItemCreated,
  type WritingMedium,
} from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { DateField, NumberField, SelectField, TextField } from '../../components/FormField';
import { FormModal, useContractForm } from '../../kit/form';
import { useClassLabels, useEnumOptions, useStaff } from './common';

export function ItemForm({
  customerId,
  archiveNo,
  onCreated,
  onClose,
}: {
  customerId: number;
  archiveNo: string;
  onCreated: (i: ItemCreated) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useClassLabels();
  const custodians = useStaff('custodian');
  const cf = useContractForm('items.create', {
    defaults: { customerId, title: '', docType: '', copies: 1, carrier: 'paper', writingMedium: 'print', retention: '30y', classification: 0 },
    save: (v) => call(api().items.create(v)),
    onSaved: onCreated,
  });
  const { form } = cf;
  const medium = useWatch({ control: form.control, name: 'writingMedium' });
  const level = useWatch({ control: form.control, name: 'classification' });
  const f = { control: form.control, form: 'item' };
  return (
    <FormModal title={t('item.createTitle', { no: archiveNo })} width={760} cf={cf} onClose={onClose}>
      <Row gutter={16}>
        <Col span={24}>
          <TextField {...f} name="title" label={t('arch.f.title')} autoFocus />
        </Col>
        <Col span={8}>
          <TextField {...f} name="docType" label={t('arch.f.docType')} />
        </Col>
        <Col span={8}>
          <DateField {...f} name="docDate" label={t('arch.f.docDate')} />
        </Col>
        <Col span={4}>
          <NumberField {...f} name="pages" label={t('arch.f.pages')} min={0} />
        </Col>
        <Col span={4}>
          <NumberField {...f} name="copies" label={t('arch.f.copies')} min={1} />
        </Col>
        <Col span={8}>
          <SelectField {...f} name="carrier" label={t('arch.f.carrier')} options={useEnumOptions('arch.carrier', CARRIERS)} />
        </Col>
        <Col span={8}>
          <SelectField {...f} name="writingMedium" label={t('arch.f.writingMedium')} options={useEnumOptions('arch.medium', WRITING_MEDIA)} />
        </Col>
        <Col span={8}>
          <SelectField {...f} name="retention" label={t('arch.f.retention')} options={useEnumOptions('arch.retention', RETENTIONS)} />
        </Col>
        {NON_DURABLE_MEDIA.includes(medium as WritingMedium) ? (
          <Col span={24}>
            <Alert type="warning" showIcon title={t('item.nonDurableWarning')} style={{ marginBottom: 16 }} data-testid="non-durable-warning" />
          </Col>
        ) : null}
        <Col span={12}>
          <SelectField {...f} name="classification" label={t('arch.f.classification')} options={labels.map((l, i) => ({ value: i, label: l }))} />
        </Col>
        <Col span={12}>
          {/* R-SEC-2: only from 机密 on is a custodian required; offered always (a 秘密 item may have one) */}
          <SelectField
            {...f}
            name="custodianId"
            label={`${t('arch.f.custodian')}${(level ?? 0) >= CLASSIFIED_FROM ? ' *' : ''}`}
            allowClear
            options={custodians.map((u) => ({ value: u.id, label: `${u.displayName}（${u.login}）` }))}
          />
        </Col>
        <Col span={24}>
          <TextField {...f} name="remarks" label={t('arch.f.remarks')} />
        </Col>
      </Row>
    </FormModal>
  );
}
