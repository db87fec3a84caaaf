// 新建库房 / 新建档案柜 (R-ARCH-4), each validated by the contract's schema.
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZONES, type RoomRow, type Zone } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { NumberField, SelectField, SwitchField, TextField } from '../../components/FormField';
import { FormModal, useContractForm } from '../../kit/form';
import { useEnumOptions } from '../items/common';

export function RoomForm({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('locations.createRoom', { defaults: { name: '' }, save: (v) => call(api().locations.createRoom(v)), onSaved: () => onDone() });
  return (
    <FormModal title={t('loc.createRoom')} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} form="room" name="name" label={t('arch.f.roomName')} autoFocus />
    </FormModal>
  );
}

export function RenameRoomForm({ room, onDone, onClose }: { room: { id: number; name: string }; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('locations.renameRoom', {
    defaults: { id: room.id, name: room.name },
    save: (v) => call(api().locations.renameRoom(v)),
    onSaved: () => onDone(),
  });
  return (
    <FormModal title={t('loc.renameRoomTitle')} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} form="room-rename" name="name" label={t('arch.f.roomName')} autoFocus />
    </FormModal>
  );
}

export function RenameCabinetForm({
  cabinet,
  onDone,
  onClose,
}: {
  cabinet: { id: number; code: string; name: string | null };
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cf = useContractForm('locations.renameCabinet', {
    defaults: { id: cabinet.id, name: cabinet.name ?? '' },
    save: (v) => call(api().locations.renameCabinet(v)),
    onSaved: () => onDone(),
  });
  return (
    <FormModal title={`${t('loc.renameCabinet')} — ${cabinet.code}`} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} form="cab-rename" name="name" label={t('arch.f.cabinetName')} autoFocus />
    </FormModal>
  );
}

export function CabinetForm({
  rooms,
  preset,
  onDone,
  onClose,
}: {
  rooms: RoomRow[];
  /** the zone a shelving panel found missing (issue 12: offered where the need shows) */
  preset?: { zone: Zone; segregated: boolean };
  onDone: (n: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cf = useContractForm('locations.createCabinet', {
    defaults: { roomId: rooms[0]?.id, code: '', zone: preset?.zone ?? 'general', segregated: preset?.segregated ?? false, shelves: 4, positions: 10 },
    save: (v) => call(api().locations.createCabinet(v)),
    onSaved: (r) => onDone(r.locations),
  });
  const f = { control: cf.form.control, form: 'cab' };
  return (
    <FormModal title={t('loc.createCabinet')} cf={cf} onClose={onClose}>
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
