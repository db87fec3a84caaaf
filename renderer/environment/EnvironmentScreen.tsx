// 库房环境 (R-INSP-3): per room the limits (carrier policy), the latest reading and today's state;
// a reading entered by hand (temperature, RH, the 八防 checks) or a data logger's CSV imported; the
// chart (day / month / year, ECharts SVG made in main — the same one the monthly log prints) with
// the limit bands; the month's days (missing readings flagged, out-of-range readings and their
// actions) and the day closed once every out-of-range reading has its action.
import { App, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, Segmented, Space, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ALL_OK, EIGHT_CHECKS, type DayStatus, type ReadingRow, type RoomEnv } from '../../electron/environment/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { SvgChart } from '../components/SvgChart';
import { TextField } from '../components/FormField';
import { useCan } from '../kit/can';
import { FormModal, useContractForm } from '../kit/form';
import { errorMessage, useLoad } from '../kit/useLoad';
import { useTime } from '../inspections/common';
import { countsChanged } from '../inspections/changed';

/** The room's calendar day of an instant: China Standard Time (UTC+8), as main counts days. */
export const roomDay = (d: Date = new Date()): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function EnvironmentScreen() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const rooms = useLoad(() => call(api().environment.rooms()), [version]);
  const [roomId, setRoomId] = useState<number | null>(null);
  useEffect(() => {
    if (roomId === null && rooms.data?.[0]) setRoomId(rooms.data[0].roomId);
  }, [rooms.data, roomId]);
  const room = rooms.data?.find((r) => r.roomId === roomId);
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('env.title')}
      </Typography.Title>
      <Segmented
        style={{ marginBottom: 8 }}
        value={roomId ?? undefined}
        onChange={(v) => setRoomId(v as number)}
        options={(rooms.data ?? []).map((r) => ({ value: r.roomId, label: r.roomName }))}
      />
      {room ? (
        <Room
          key={room.roomId}
          room={room}
          version={version}
          changed={() => {
            setVersion((n) => n + 1);
            countsChanged();
          }}
        />
      ) : null}
    </>
  );
}

function Room({ room, version, changed }: { room: RoomEnv; version: number; changed: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const { message } = App.useApp();
  const canRecord = useCan('environment.record');
  const [month, setMonth] = useState(roomDay().slice(0, 7));
  const [day, setDay] = useState(roomDay());
  const [period, setPeriod] = useState<'day' | 'month' | 'year'>('month');
  const [dialog, setDialog] = useState<{ kind: 'record' } | { kind: 'action'; reading: ReadingRow } | null>(null);
  const days = useLoad(() => call(api().environment.days({ roomId: room.roomId, month })), [room.roomId, month, version]);
  const readings = useLoad(() => call(api().environment.readings({ roomId: room.roomId, from: day, to: day })), [room.roomId, day, version]);
  const chart = useLoad(
    () =>
      call(
        api().environment.chart({
          roomId: room.roomId,
          period,
          date: period === 'day' ? day : period === 'month' ? month : month.slice(0, 4),
          width: 1100,
          height: 300,
        }),
      ),
    [room.roomId, period, day, month, version],
  );
  const l = room.limits;
  const importCsv = async (file: File) => {
    try {
      const r = await call(api().environment.importCsv({ roomId: room.roomId, csv: await file.text() }));
      void message.success(t('env.imported', { ...r }));
      changed();
    } catch (e) {
      void message.error(errorMessage(e));
    }
    return false;
  };
  const closeDay = async (d: string) => {
    try {
      await call(api().environment.closeDay({ roomId: room.roomId, day: d }));
      void message.success(t('env.closed', { day: d }));
      changed();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const dayCols: Column<DayStatus>[] = [
    { key: 'day', title: t('env.day'), render: (d) => d.day },
    { key: 'readings', title: t('env.readings'), render: (d) => d.readings },
    { key: 'missing', title: t('env.missing'), render: (d) => (d.missing ? <Tag color="red">{t('env.missingN', { n: d.missing })}</Tag> : '') },
    { key: 'out', title: t('env.outOfRange'), render: (d) => (d.outOfRange ? <Tag color="orange">{d.outOfRange}</Tag> : '') },
    { key: 'unresolved', title: t('env.unresolved'), render: (d) => (d.unresolved ? <Tag color="red">{t('env.unresolvedN', { n: d.unresolved })}</Tag> : '') },
    { key: 'closed', title: t('env.closedCol'), render: (d) => (d.closed ? `${d.closed.byName} ${time(d.closed.at)}` : '') },
    {
      key: 'actions',
      title: t('insp.actions'),
      render: (d) => (
        <Space size={4}>
          <Button size="small" onClick={() => setDay(d.day)}>
            {t('env.show')}
          </Button>
          {canRecord && !d.closed ? (
            <Button size="small" onClick={() => void closeDay(d.day)} data-testid={`close-${d.day}`}>
              {t('env.closeDay')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  const readingCols: Column<ReadingRow>[] = [
    { key: 'at', title: t('env.at'), render: (r) => time(r.at) },
    { key: 't', title: '°C', render: (r) => r.temperature },
    { key: 'rh', title: '%RH', render: (r) => r.humidity },
    {
      key: 'checks',
      title: t('env.checks'),
      render: (r) =>
        EIGHT_CHECKS.filter((c) => !r.checks[c]).map((c) => (
          <Tag key={c} color="red">
            {t(`env.check.${c}`)}
          </Tag>
        )),
    },
    { key: 'source', title: t('env.source'), render: (r) => t(`env.source.${r.source}`) },
    {
      key: 'problems',
      title: t('env.problems'),
      render: (r) =>
        r.problems.map((p) => (
          <Tag key={p} color="orange">
            {t(`env.problem.${p}`)}
          </Tag>
        )),
    },
    { key: 'action', title: t('env.action'), render: (r) => r.actions.map((a, i) => <div key={i}>{`${a.action}（${a.byName}）`}</div>) },
    {
      key: 'ops',
      title: t('insp.actions'),
      render: (r) =>
        canRecord && r.problems.length && !r.actions.length ? (
          <Button size="small" type="primary" danger onClick={() => setDialog({ kind: 'action', reading: r })}>
            {t('env.addAction')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Card size="small" style={{ marginBottom: 8 }}>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('env.carrier')}>{t(`env.carrier.${room.carrier}`)}</Descriptions.Item>
          <Descriptions.Item label={t('env.limits')}>{`${l.tMin}–${l.tMax} °C · ${l.rhMin}–${l.rhMax} %RH`}</Descriptions.Item>
          <Descriptions.Item label={t('env.latest')}>
            {room.latest ? `${time(room.latest.at)} ${room.latest.temperature} °C / ${room.latest.humidity} %RH` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('env.today')}>
            {t('env.todayState', { n: room.today.readings })}
            {room.today.missing ? <Tag color="red">{t('env.missingN', { n: room.today.missing })}</Tag> : null}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {canRecord ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'record' })}>
              {t('env.record')}
            </Button>
          ) : null}
          {canRecord ? (
            <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={(f) => importCsv(f)}>
              <Button>{t('env.importCsv')}</Button>
            </Upload>
          ) : null}
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            aria-label={t('env.month')}
          />
          <PrintButton label={t('env.printMonth')} print={(target) => api().environment.printMonth({ roomId: room.roomId, month, target })} />
          <PrintButton
            label={t('env.printYear', { year: month.slice(0, 4) })}
            print={(target) => api().environment.printYear({ roomId: room.roomId, year: Number(month.slice(0, 4)), target })}
          />
        </Space>
      </Card>
      <Card
        size="small"
        style={{ marginBottom: 8 }}
        title={t('env.chart')}
        extra={
          <Segmented
            value={period}
            onChange={(v) => setPeriod(v as typeof period)}
            options={(['day', 'month', 'year'] as const).map((p) => ({ value: p, label: t(`env.period.${p}`) }))}
          />
        }
      >
        {chart.data ? (
          // inline, not an <img>: an image cannot use the page's bundled CJK font (tofu labels)
          <div className="chart-fluid">
            <SvgChart svg={chart.data.svg} alt={t('env.chart')} testId="env-chart" />
          </div>
        ) : null}
      </Card>
      <Card size="small" title={t('env.dayTitle', { day })} style={{ marginBottom: 8 }}>
        <DataTable ariaLabel={t('env.dayTitle', { day })} columns={readingCols} rowKey={(r) => r.id} rows={readings.data ?? []} loading={readings.loading} />
      </Card>
      <Card size="small" title={t('env.monthTitle', { month })}>
        <DataTable
          ariaLabel={t('env.monthTitle', { month })}
          columns={dayCols}
          rowKey={(d) => d.day}
          rows={[...(days.data ?? [])].reverse()}
          loading={days.loading}
        />
      </Card>
      {dialog?.kind === 'record' ? (
        <RecordDialog
          roomId={room.roomId}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            setDay(roomDay(new Date(r.at)));
            setMonth(roomDay(new Date(r.at)).slice(0, 7));
            if (r.problems.length) void message.warning(t('env.needsAction'));
            changed();
          }}
        />
      ) : null}
      {dialog?.kind === 'action' ? (
        <ActionDialog
          reading={dialog.reading}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      ) : null}
    </>
  );
}

function RecordDialog({ roomId, onClose, onDone }: { roomId: number; onClose: () => void; onDone: (r: ReadingRow) => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('environment.record', {
    defaults: { roomId, at: dayjs().second(0).millisecond(0).toISOString(), checks: { ...ALL_OK }, note: '' } as never,
    save: (v) => call(api().environment.record(v)),
    onSaved: (r) => onDone(r),
  });
  const { control } = cf.form;
  return (
    <FormModal title={t('env.record')} cf={cf} onClose={onClose} width={620}>
      <Controller
        control={control}
        name="at"
        render={({ field, fieldState }) => (
          <Form.Item
            label={t('env.at')}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowClear={false}
              value={field.value ? dayjs(field.value) : null}
              onChange={(d: Dayjs | null) => field.onChange(d ? d.second(0).millisecond(0).toISOString() : undefined)}
            />
          </Form.Item>
        )}
      />
      <Space size="large">
        <Controller
          control={control}
          name="temperature"
          render={({ field, fieldState }) => (
            <Form.Item
              label={t('env.temperature')}
              htmlFor="env-t"
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
            >
              <InputNumber id="env-t" step={0.1} value={field.value} onChange={(v) => field.onChange(v ?? undefined)} addonAfter="°C" />
            </Form.Item>
          )}
        />
        <Controller
          control={control}
          name="humidity"
          render={({ field, fieldState }) => (
            <Form.Item
              label={t('env.humidity')}
              htmlFor="env-h"
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
            >
              <InputNumber id="env-h" step={0.5} value={field.value} onChange={(v) => field.onChange(v ?? undefined)} addonAfter="%RH" />
            </Form.Item>
          )}
        />
      </Space>
      <Form.Item label={t('env.checksHint')}>
        <Controller
          control={control}
          name="checks"
          render={({ field }) => (
            <Space wrap>
              {EIGHT_CHECKS.map((c) => (
                <Checkbox key={c} checked={field.value?.[c] ?? true} onChange={(e) => field.onChange({ ...field.value, [c]: e.target.checked })}>
                  {t(`env.checkOk.${c}`)}
                </Checkbox>
              ))}
            </Space>
          )}
        />
      </Form.Item>
      <TextField control={control} name="note" form="env" label={t('insp.note')} />
    </FormModal>
  );
}

function ActionDialog({ reading, onClose, onDone }: { reading: ReadingRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const cf = useContractForm('environment.addAction', {
    defaults: { readingId: reading.id, action: '' },
    save: (v) => call(api().environment.addAction(v)),
    onSaved: () => onDone(),
  });
  return (
    <FormModal title={t('env.actionTitle')} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {time(reading.at)} · {reading.temperature} °C / {reading.humidity} %RH · {reading.problems.map((p) => t(`env.problem.${p}`)).join('、')}
      </Typography.Paragraph>
      <Controller
        control={cf.form.control}
        name="action"
        render={({ field, fieldState }) => (
          <Form.Item
            label={t('env.actionLabel')}
            htmlFor="env-action"
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message ? t(fieldState.error.message) : undefined}
          >
            <Input.TextArea id="env-action" rows={3} {...field} value={field.value ?? ''} autoFocus />
          </Form.Item>
        )}
      />
    </FormModal>
  );
}
