// 上架 in the item drawer (R-ARCH-4, R-SEC-2), never a dead end (issue 12): main's advice says what
// this user can do — the proposed slot and 确认上架; or, for a 机密/绝密 item they do not keep, who
// must shelve it (no buttons that would only be refused); or which zone has no (free) cabinet, with
// 新建档案柜 for that zone right here.
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationRef, PlacementAdvice, RoomRow } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { useCan } from '../../kit/can';
import { useLoad } from '../../kit/useLoad';
import { CabinetForm } from '../locations/LocationForms';
import { locationText } from '../locationText';
import { messageOf } from './common';

export function PlacePanel({ itemId, onPlaced }: { itemId: number; onPlaced: () => Promise<void> }) {
  const { t } = useTranslation();
  const canCreateCabinet = useCan('locations.createCabinet');
  // asked once on opening: a 机密 item the caller does not keep shows who must shelve it at once
  const first = useLoad(() => call(api().locations.advise({ itemId })), [itemId], { inline: true });
  const [advice, setAdvice] = useState<PlacementAdvice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [rooms, setRooms] = useState<RoomRow[] | null>(null);

  const propose = async () => {
    setError(null);
    setDone(null);
    try {
      setAdvice(await call(api().locations.advise({ itemId })));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const place = async (slot: LocationRef) => {
    setBusy(true);
    setError(null);
    try {
      const at = await call(api().locations.place({ itemId, locationId: slot.locationId }));
      setAdvice(null);
      setDone(t('item.placed', { label: locationText(t, at.label) }));
      await onPlaced();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const openCabinetForm = async () => {
    try {
      setRooms(await call(api().locations.tree()));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (first.error) return <Alert type="error" showIcon title={first.error.message} role="alert" style={{ marginBottom: 16 }} />;
  if (!first.data) return null;
  if (first.data.kind === 'custodianOnly') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="place-panel"
        title={first.data.custodianName ? t('item.custodianOnly', { name: first.data.custodianName }) : t('item.custodianMissing')}
      />
    );
  }
  const missing = advice && (advice.kind === 'noCabinet' || advice.kind === 'full') ? advice : null;
  const zoneWords = missing ? { zone: t(`arch.zone.${missing.zone}`), seg: t(missing.segregated ? 'item.segregatedCabinet' : 'item.openCabinet') } : null;
  return (
    <div style={{ marginBottom: 16 }} data-testid="place-panel">
      <Space wrap>
        <Button onClick={() => void propose()}>{t('item.propose')}</Button>
        {advice?.kind === 'slot' ? (
          <>
            <Typography.Text strong data-testid="proposed-slot">
              {t('item.proposed', { label: locationText(t, advice.slot.label) })}
            </Typography.Text>
            <Button type="primary" loading={busy} onClick={() => void place(advice.slot)}>
              {t('item.placeConfirm')}
            </Button>
          </>
        ) : null}
      </Space>
      {missing && zoneWords ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          data-testid="no-cabinet"
          title={t(missing.kind === 'noCabinet' ? 'item.noCabinet' : 'item.zoneFull', zoneWords)}
          action={
            canCreateCabinet ? (
              <Button size="small" type="primary" onClick={() => void openCabinetForm()}>
                {t('item.createCabinetFor', zoneWords)}
              </Button>
            ) : undefined
          }
          description={canCreateCabinet ? undefined : t('item.askOperator')}
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginTop: 8 }} /> : null}
      {done ? <Alert type="success" showIcon title={done} style={{ marginTop: 8 }} /> : null}
      {rooms && missing ? (
        rooms.length === 0 ? (
          <Alert type="warning" showIcon title={t('loc.noRooms')} style={{ marginTop: 8 }} />
        ) : (
          <CabinetForm
            rooms={rooms}
            preset={{ zone: missing.zone, segregated: missing.segregated }}
            onClose={() => setRooms(null)}
            onDone={() => {
              setRooms(null);
              void propose();
            }}
          />
        )
      ) : null}
    </div>
  );
}
