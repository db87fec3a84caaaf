// 库位 (R-ARCH-4): rooms → cabinets (zone, segregated flag, free count) and the shelf map of the
// selected cabinet: shelves top→bottom, positions left→right, each cell coloured by the
// classification of the item it holds, with its 档号.
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomRow } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { useCan } from '../../kit/can';
import { useLoad } from '../../kit/useLoad';
import { messageOf, useClassLabels } from '../items/common';
import { CabinetForm, RenameCabinetForm, RenameRoomForm, RoomForm } from './LocationForms';

export function LocationsScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canCreateRoom = useCan('locations.createRoom');
  const canCreateCabinet = useCan('locations.createCabinet');
  const [rooms, setRooms] = useState<RoomRow[]>([]);
  const [cabinetId, setCabinetId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'room' | 'cabinet' | null>(null);
  const [renaming, setRenaming] = useState<{ room: RoomRow } | { cabinet: RoomRow['cabinets'][number] } | null>(null);
  const canEdit = useCan('locations.renameRoom');
  const cabinet = rooms.flatMap((r) => r.cabinets).find((c) => c.id === cabinetId) ?? null;

  const reload = useCallback(async () => {
    try {
      const tree = await call(api().locations.tree());
      setRooms(tree);
      setCabinetId((id) => id ?? tree.flatMap((r) => r.cabinets)[0]?.id ?? null);
    } catch (e) {
      void message.error(messageOf(e));
    }
  }, [message]);
  useEffect(() => void reload(), [reload]);

  // removal is refused by main unless the room/cabinet is empty; the refusal says why (ROOM_NOT_EMPTY…)
  const remove = async (what: 'room' | 'cabinet', id: number) => {
    try {
      await call(what === 'room' ? api().locations.removeRoom({ id }) : api().locations.removeCabinet({ id }));
      void message.success(t('loc.removed'));
      if (what === 'cabinet') setCabinetId(null);
      await reload();
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  const renamed = () => {
    setRenaming(null);
    void message.success(t('loc.renamed'));
    void reload();
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('loc.title')}
        </Typography.Title>
        {canCreateRoom || canCreateCabinet ? (
          <Space>
            {canCreateRoom ? <Button onClick={() => setDialog('room')}>{t('loc.createRoom')}</Button> : null}
            {canCreateCabinet ? (
              <Button type="primary" disabled={rooms.length === 0} onClick={() => setDialog('cabinet')}>
                {t('loc.createCabinet')}
              </Button>
            ) : null}
          </Space>
        ) : null}
      </Space>
      {rooms.length === 0 ? <Empty description={t('loc.noRooms')} /> : null}
      <Space direction="vertical" style={{ width: '100%' }}>
        {rooms.map((r) => (
          <Card
            key={r.id}
            size="small"
            title={r.name}
            data-testid={`room-${r.name}`}
            extra={
              canEdit ? (
                <Space size="small">
                  <Button size="small" type="link" onClick={() => setRenaming({ room: r })}>
                    {t('loc.renameRoom')}
                  </Button>
                  <Popconfirm
                    title={t('loc.removeRoomConfirm', { name: r.name })}
                    description={t('loc.removeOnlyEmpty')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove('room', r.id)}
                  >
                    <Button size="small" type="link" danger>
                      {t('loc.removeRoom')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null
            }
          >
            <Space wrap>
              {r.cabinets.map((c) => (
                <Button key={c.id} type={c.id === cabinetId ? 'primary' : 'default'} onClick={() => setCabinetId(c.id)} data-testid={`cabinet-${c.code}`}>
                  {c.code}
                  {c.name ? ` ${c.name}` : ''} · {t(`arch.zone.${c.zone}`)} · {c.shelves}×{c.positions} · {t('arch.f.free')} {c.free}
                  {c.segregated ? (
                    <Tag color="red" style={{ marginLeft: 6 }}>
                      {t('loc.segregatedTag')}
                    </Tag>
                  ) : null}
                </Button>
              ))}
            </Space>
          </Card>
        ))}
      </Space>
      {cabinet !== null ? (
        <ShelfMapView
          cabinetId={cabinet.id}
          key={`${cabinet.id}-${rooms.map((r) => r.cabinets.map((c) => c.free).join()).join()}`}
          extra={
            canEdit ? (
              <Space size="small">
                <Button size="small" onClick={() => setRenaming({ cabinet })}>
                  {t('loc.renameCabinet')}
                </Button>
                <Popconfirm
                  title={t('loc.removeCabinetConfirm', { code: cabinet.code, n: cabinet.shelves * cabinet.positions })}
                  description={t('loc.removeOnlyEmpty')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove('cabinet', cabinet.id)}
                >
                  <Button size="small" danger>
                    {t('loc.removeCabinet')}
                  </Button>
                </Popconfirm>
              </Space>
            ) : null
          }
        />
      ) : null}
      {renaming && 'room' in renaming ? <RenameRoomForm room={renaming.room} onClose={() => setRenaming(null)} onDone={renamed} /> : null}
      {renaming && 'cabinet' in renaming ? <RenameCabinetForm cabinet={renaming.cabinet} onClose={() => setRenaming(null)} onDone={renamed} /> : null}
      {dialog === 'room' ? (
        <RoomForm
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void message.success(t('loc.roomCreated'));
            void reload();
          }}
        />
      ) : null}
      {dialog === 'cabinet' ? (
        <CabinetForm
          rooms={rooms}
          onClose={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            void message.success(t('loc.cabinetCreated', { n }));
            void reload();
          }}
        />
      ) : null}
    </>
  );
}

function ShelfMapView({ cabinetId, extra }: { cabinetId: number; extra?: ReactNode }) {
  const { t } = useTranslation();
  const labels = useClassLabels();
  const { data: map, error } = useLoad(() => call(api().locations.shelfMap({ cabinetId })), [cabinetId], { inline: true });
  if (error) return <Alert type="error" showIcon title={error.message} role="alert" style={{ marginTop: 16 }} />;
  if (!map) return null;
  return (
    <Card size="small" style={{ marginTop: 16 }} title={`${t('loc.map')} — ${map.code}`} extra={extra} data-testid="shelf-map">
      <div className="shelf-map">
        {map.shelves.map((row, i) => (
          <div key={i} className="shelf-row">
            <div className="shelf-label">{t('loc.shelf', { n: i + 1 })}</div>
            {row.map((cell) => (
              <Tooltip key={cell.locationId} title={cell.itemId ? `${cell.itemArchiveNo ?? cell.archiveNo} ${cell.title ?? ''}` : t('loc.empty')}>
                <div
                  className={`shelf-cell ${cell.itemId ? `occupied class-${cell.classification ?? 0}` : 'free'}`}
                  data-testid={`cell-${cell.shelf}-${cell.position}`}
                >
                  <div className="shelf-pos">{cell.position}</div>
                  {cell.itemId ? (
                    <>
                      <div className="shelf-no">{cell.archiveNo}</div>
                      {cell.classification !== null && cell.classification > 0 ? <div className="shelf-class">{labels[cell.classification]}</div> : null}
                    </>
                  ) : null}
                </div>
              </Tooltip>
            ))}
          </div>
        ))}
      </div>
    </Card>
  );
}
