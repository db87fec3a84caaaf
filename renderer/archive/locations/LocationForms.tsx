// 新建库房 / 新建档案柜 (R-ARCH-4), each validated by the contract's schema.
import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { cabinetInputSchema, ZONES, type RoomRow } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { NumberField, SelectField, SwitchField, TextField } from '../../components/FormField';
import { FormModal } from '../../people/users/UserForms';
import { useEnumOptions } from '../items/common';

const roomSchema = contract['locations.createRoom'].input;
type RoomIn = z.input<typeof roomSchema>;
type CabinetIn = z.input<typeof cabinetInputSchema>;

export function RoomForm({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<RoomIn>({ resolver: zodResolver(roomSchema), defaultValues: { name: '' } });
  return (
    <FormModal title={t('loc.createRoom')} form={form} onClose={onClose} onSubmit={async (v) => {
      await call(api().locations.createRoom(v));
      onDone();
    }}>
      <TextField control={form.control} form="room" name="name" label={t('arch.f.roomName')} autoFocus />
    </FormModal>
  );
}

export function CabinetForm({ rooms, onDone, onClose }: { rooms: RoomRow[]; onDone: (n: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<CabinetIn>({
    resolver: zodResolver(cabinetInputSchema),
    defaultValues: { roomId: rooms[0]?.id, code: '', zone: 'general', segregated: false, shelves: 4, positions: 10 },
  });
  const f = { control: form.control, form: 'cab' };
  return (
    <FormModal title={t('loc.createCabinet')} form={form} onClose={onClose} onSubmit={async (v) => onDone((await call(api().locations.createCabinet(v))).locations)}>
      <Row gutter={16}>
        <Col span={12}>
          <SelectField {...f} name="roomId" label={t('arch.f.room')} options={rooms.map((r) => ({ value: r.id, label: r.name }))} />
        </Col>
        <Col span={12}>
          <TextField {...f} name="code" label={t('arch.f.cabinetCode')} autoFocus />
        </Col>
        <Col span={12}>
          <TextField {...f} name="name" label={t('arch.f.cabinetName')} />
        </Col>
        <Col span={12}>
          <SelectField {...f} name="zone" label={t('arch.f.zone')} options={useEnumOptions('arch.zone', ZONES)} />
        </Col>
        <Col span={8}>
          <NumberField {...f} name="shelves" label={t('arch.f.shelves')} min={1} max={20} />
        </Col>
        <Col span={8}>
          <NumberField {...f} name="positions" label={t('arch.f.positions')} min={1} max={100} />
        </Col>
        <Col span={8}>
          <SwitchField {...f} name="segregated" label={t('arch.f.segregated')} />
        </Col>
      </Row>
    </FormModal>
  );
}
