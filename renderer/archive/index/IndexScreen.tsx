// 档案索引 (R-ARCH-3, R-SEC-2): every item across all archives, virtualised and paged from
// archive.index; the remarks column carries the 机密/绝密 mark. Filters: category,
// classification, cabinet, custody state. Print the index register, export .xlsx.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexRow, SearchFilter } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { VirtualDataTable, type Column } from '../../components/DataTable';
import { PrintButton } from '../../components/PrintButton';
import { ClassTag, CustodyTag, messageOf, remarksText, useClassLabels } from '../items/common';
import { ItemDetailDrawer } from '../items/ItemDetail';
import { ArchiveFilters } from './ArchiveFilters';
import { locationText } from '../locationText';
import { useRestorable } from '../../shell/restore';
import { useSession } from '../../session';

export function IndexScreen() {
  const { t, i18n } = useTranslation();
  // English words are longer (Classification, Awaiting shelving): wider columns, nothing cut off
  const en = i18n.language === 'en';
  const { message } = App.useApp();
  const labels = useClassLabels();
  const [filter, setFilter] = useRestorable<SearchFilter>('archive.index.filter', {});
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<IndexRow | null>(null);
  const [generation, setGeneration] = useState(0);
  const [exporting, setExporting] = useState(false);
  // a custodian's own views: what I keep, and what of it still waits to be shelved (issue 12)
  const { session } = useSession();
  const isCustodian = session.roles.includes('custodian');
  const view = filter.custodianId !== session.userId ? 'all' : filter.custodyState === 'intake' ? 'toShelve' : 'mine';
  const setView = (v: string) =>
    setFilter(
      v === 'all'
        ? { ...filter, custodianId: undefined, custodyState: undefined }
        : { ...filter, custodianId: session.userId, custodyState: v === 'toShelve' ? 'intake' : undefined },
    );

  // scrolling forward pages by cursor (keyset on archive number + item id, R-ARCH-3 at volume);
  // the first page and jumps page by offset. The total comes back either way.
  const loadPage = useCallback(
    async (offset: number, limit: number, prev?: IndexRow) =>
      call(api().archive.index({ filter, offset, limit, after: prev ? { archiveNo: prev.archiveNo, itemId: prev.itemId } : undefined })),
    [filter],
  );

  const columns: Column<IndexRow>[] = [
    // the item's 档号: archive number + item number (one line, one item)
    { key: 'no', title: t('arch.archiveNo'), width: 170, render: (r) => r.itemArchiveNo },
    // truncated cells say the whole text on hover (issue 12)
    { key: 'customer', title: t('arch.f.customer'), width: 150, render: (r) => <span title={r.customerName}>{r.customerName}</span> },
    { key: 'title', title: t('arch.f.title'), render: (r) => <span title={r.title}>{r.title}</span> },
    { key: 'class', title: t('arch.f.classification'), width: en ? 130 : 90, render: (r) => <ClassTag level={r.classification} labels={labels} /> },
    { key: 'loc', title: t('arch.f.location'), width: 250, render: (r) => locationText(t, r.location) ?? '—' },
    { key: 'state', title: t('arch.f.custodyState'), width: en ? 170 : 130, render: (r) => <CustodyTag state={r.custodyState} /> },
    {
      key: 'remarks',
      title: t('arch.f.remarks'),
      width: 120,
      render: (r) => <span className={r.classification >= 2 ? 'index-mark' : undefined}>{remarksText(labels, r.classification, r.note, i18n.language)}</span>,
    },
  ];

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const r = await call(api().archive.exportIndex({ filter }));
      void message.success(t('idx.exported', { path: r.path }));
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('idx.title')}
        </Typography.Title>
        <Space>
          <PrintButton label={t('idx.print')} print={(target) => api().archive.printIndex({ filter, target })} />
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('idx.export')}
          </Button>
        </Space>
      </Space>
      {isCustodian ? (
        <Segmented
          style={{ marginBottom: 12 }}
          value={view}
          onChange={(v) => setView(String(v))}
          options={[
            { value: 'all', label: t('idx.viewAll') },
            { value: 'mine', label: t('idx.viewMine') },
            { value: 'toShelve', label: t('idx.viewToShelve') },
          ]}
        />
      ) : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <ArchiveFilters filter={filter} onChange={setFilter} labels={labels} />
        {total !== null ? <Typography.Text type="secondary">{t('idx.total', { n: total })}</Typography.Text> : null}
      </Space>
      <VirtualDataTable<IndexRow>
        ariaLabel={t('idx.title')}
        columns={columns}
        rowKey={(r) => r.itemId}
        loadPage={loadPage}
        reloadKey={`${JSON.stringify(filter)}|${generation}`}
        onTotal={setTotal}
        onRowClick={setOpen}
      />
      {open ? (
        <ItemDetailDrawer
          itemId={open.itemId}
          line={{ itemArchiveNo: open.itemArchiveNo, title: open.title, customerName: open.customerName }}
          onClose={() => setOpen(null)}
          onChanged={() => setGeneration((g) => g + 1)}
        />
      ) : null}
    </>
  );
}
