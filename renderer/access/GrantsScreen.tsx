// 查阅授权 (R-USE-1): the grants approved access requests created — in force / upcoming, or
// ended — with the reader, items, window and what each allows; a new access request from here.
// A row opens the grant: the reading desk (time in / time out) and the items to open under it.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantRow } from '../../electron/access/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { AccessRequestForm } from './AccessRequestForm';
import { GrantDrawer } from './GrantDrawer';
import { GrantStateTag, itemsLine, ReaderKindTag, useTime } from './common';

export function GrantsScreen() {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const [state, setState] = useState<'current' | 'ended' | 'all'>('current');
  const [open, setOpen] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const canRequest = useCan('access.request');
  const grants = useLoad(() => call(api().access.grants({ state })), [state]);

  const columns: Column<GrantRow>[] = [
    { key: 'no', title: t('acc.no'), width: 120, render: (g) => <Typography.Text strong>{g.no}</Typography.Text> },
    {
      key: 'reader',
      title: t('acc.reader'),
      width: 130,
      render: (g) => (
        <Space size={4}>
          {g.readerName}
          <ReaderKindTag kind={g.readerKind} />
        </Space>
      ),
    },
    { key: 'unit', title: t('acc.unit'), width: 150, render: (g) => g.readerUnit ?? '' },
    { key: 'items', title: t('acc.items'), render: (g) => <Typography.Text ellipsis={{ tooltip: itemsLine(g.items) }}>{itemsLine(g.items)}</Typography.Text> },
    { key: 'class', title: t('acc.class'), width: 70, render: (g) => <ClassTag level={g.highestClassification} labels={labels} /> },
    { key: 'period', title: t('acc.period'), width: 250, render: (g) => `${time(g.validFrom)} – ${time(g.validUntil)}` },
    {
      key: 'allows',
      title: t('acc.allows'),
      width: 110,
      render: (g) => [t('acc.allow.view'), g.allowPrint && t('acc.allow.print'), g.allowDownload && t('acc.allow.download')].filter(Boolean).join('、'),
    },
    {
      key: 'state',
      title: t('acc.state'),
      width: 110,
      render: (g) => (
        <Space size={4}>
          <GrantStateTag state={g.state} />
          {g.openConsultation ? <Tag color="red">{t('acc.atDesk')}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="grants-screen">
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          value={state}
          onChange={(v) => setState(v as typeof state)}
          options={[
            { value: 'current', label: t('acc.current') },
            { value: 'ended', label: t('acc.ended') },
            { value: 'all', label: t('acc.all') },
          ]}
        />
        {canRequest ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)}>
            {t('acc.newRequest')}
          </Button>
        ) : null}
      </Space>
      <DataTable
        ariaLabel={t('layout.accessGrants')}
        columns={columns}
        rowKey={(g) => g.id}
        rows={grants.data ?? []}
        loading={grants.loading}
        onRowClick={(g) => setOpen(g.id)}
      />
      {asking ? <AccessRequestForm onClose={() => setAsking(false)} onSaved={() => setAsking(false)} /> : null}
      {open !== null ? <GrantDrawer id={open} onClose={() => setOpen(null)} onChanged={() => void grants.reload()} /> : null}
    </div>
  );
}
