// 检索 (R-ARCH-3): one box over customers and items — Chinese substrings (1–2 characters too),
// 档号 prefixes, full pinyin and pinyin initials (zgyh → 中国银行). A hit opens the customer or
// the item (whose content stays gated, R-USE-1).
import { Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilter, SearchHit } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { CustomerDetailDrawer } from '../customers/CustomerDetail';
import { ClassTag, CustodyTag, messageOf, useClassLabels } from '../items/common';
import { ItemDetailDrawer } from '../items/ItemDetail';
import { ArchiveFilters } from '../index/ArchiveFilters';
import { locationText } from '../locationText';

export function SearchScreen() {
  const { t } = useTranslation();
  const labels = useClassLabels();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<SearchHit | null>(null);
  const [query, setQuery] = useState('');
  // item filters drop customer hits (a customer has no classification or place)
  const [filter, setFilter] = useState<SearchFilter>({});

  const run = async (q: string) => {
    setQuery(q);
    if (!q.trim()) return;
    setLoading(true);
    setError(null);
    try {
      const page = await call(api().archive.search({ query: q, filter, offset: 0, limit: 200 }));
      setHits(page.hits);
      setTotal(page.total);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
  };
  // a changed filter re-runs the current query (only the filter triggers this)
  useEffect(() => {
    if (query.trim()) void run(query);
  }, [filter]);

  const columns: Column<SearchHit>[] = [
    {
      key: 'kind',
      title: t('arch.f.kind'),
      width: 70,
      render: (h) => <Tag color={h.kind === 'customer' ? 'blue' : 'default'}>{t(`arch.kind.${h.kind}`)}</Tag>,
    },
    // an item hit shows its own 档号 (archive number + item number), a customer hit the archive number
    { key: 'no', title: t('arch.archiveNo'), width: 170, render: (h) => h.itemArchiveNo ?? h.archiveNo },
    { key: 'title', title: `${t('arch.f.name')} / ${t('arch.f.title')}`, render: (h) => h.title },
    { key: 'customer', title: t('arch.f.customer'), render: (h) => (h.kind === 'item' ? h.customerName : t(`arch.category.${h.category}`)) },
    { key: 'class', title: t('arch.f.classification'), width: 80, render: (h) => <ClassTag level={h.classification} labels={labels} /> },
    { key: 'loc', title: t('arch.f.location'), render: (h) => locationText(t, h.location) ?? '' },
    { key: 'state', title: t('arch.f.custodyState'), width: 90, render: (h) => <CustodyTag state={h.custodyState} /> },
  ];
  return (
    <>
      <Typography.Title level={4}>{t('search.title')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.Search
          aria-label={t('search.title')}
          placeholder={t('search.placeholder')}
          size="large"
          enterButton={t('common.search')}
          loading={loading}
          onSearch={(v) => void run(v)}
          allowClear
          autoFocus
        />
        <Space wrap>
          <ArchiveFilters filter={filter} onChange={setFilter} labels={labels} />
        </Space>
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        {total !== null ? <Typography.Text type="secondary">{t('search.total', { n: total })}</Typography.Text> : null}
        <DataTable<SearchHit>
          ariaLabel={t('search.title')}
          columns={columns}
          rowKey={(h) => `${h.kind}-${h.id}`}
          rows={hits}
          loading={loading}
          onRowClick={setOpen}
        />
      </Space>
      {open?.kind === 'customer' ? <CustomerDetailDrawer customerId={open.customerId} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'item' ? (
        <ItemDetailDrawer
          itemId={open.id}
          line={{ itemArchiveNo: open.itemArchiveNo ?? open.archiveNo, title: open.title, customerName: open.customerName }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
