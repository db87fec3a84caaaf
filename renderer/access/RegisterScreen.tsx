// 查阅登记 (R-USE-1): every consultation at the reading desk — who and their unit, which items,
// the grant / request number, time in, time out, the operator — filtered by date, with the time
// out for readers still in, printed as the 查阅登记簿 through the one register printer.
import { Button, Checkbox, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationRow, RegisterFilter } from '../../electron/access/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { itemsLine, ReaderKindTag, useTime } from './common';

export function RegisterScreen() {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [openOnly, setOpenOnly] = useState(false);
  const canDesk = useCan('access.consultationEnd');
  const filter: RegisterFilter = {
    ...(range?.[0] ? { from: range[0].format('YYYY-MM-DD') } : {}),
    ...(range?.[1] ? { to: range[1].format('YYYY-MM-DD') } : {}),
    ...(openOnly ? { open: true } : {}),
  };
  const key = JSON.stringify(filter);
  const rows = useLoad(() => call(api().access.register({ filter })), [key]);

  const columns: Column<ConsultationRow>[] = [
    { key: 'seq', title: '#', width: 50, render: (c) => (rows.data ?? []).indexOf(c) + 1 },
    {
      key: 'reader',
      title: t('acc.reader'),
      width: 130,
      render: (c) => (
        <Space size={4}>
          {c.readerName}
          <ReaderKindTag kind={c.readerKind} />
        </Space>
      ),
    },
    { key: 'unit', title: t('acc.unit'), width: 150, render: (c) => c.readerUnit ?? '' },
    { key: 'items', title: t('acc.items'), render: (c) => <Typography.Text ellipsis={{ tooltip: itemsLine(c.items) }}>{itemsLine(c.items)}</Typography.Text> },
    {
      key: 'class',
      title: t('acc.class'),
      width: 70,
      render: (c) => <ClassTag level={Math.max(0, ...c.items.map((i) => i.classification)) as 0} labels={labels} />,
    },
    { key: 'grant', title: t('acc.grantNo'), width: 120, render: (c) => c.grantNo },
    { key: 'in', title: t('acc.timeIn'), width: 130, render: (c) => time(c.timeIn) },
    {
      key: 'out',
      title: t('acc.timeOut'),
      width: 150,
      render: (c) =>
        c.timeOut ? (
          time(c.timeOut)
        ) : canDesk ? (
          <Button size="small" onClick={() => void call(api().access.consultationEnd({ id: c.id })).then(() => rows.reload())}>
            {t('acc.finish')}
          </Button>
        ) : (
          <Typography.Text type="danger">{t('acc.stillIn')}</Typography.Text>
        ),
    },
    { key: 'op', title: t('acc.operator'), width: 80, render: (c) => c.operatorName },
  ];

  return (
    <div data-testid="access-register">
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker aria-label={t('acc.from')} value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} />
        <Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)}>
          {t('acc.openOnly')}
        </Checkbox>
        <PrintButton label={t('acc.register')} print={(target) => api().access.printRegister({ filter, target })} />
      </Space>
      <DataTable ariaLabel={t('layout.accessRegister')} columns={columns} rowKey={(c) => c.id} rows={rows.data ?? []} loading={rows.loading} />
    </div>
  );
}
