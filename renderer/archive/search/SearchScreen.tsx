// 检索 (R-ARCH-3): one box over customers and items — Chinese substrings (1–2 characters too),
// 档号 prefixes, full pinyin and pinyin initials (zgyh → 中国银行). A hit opens the customer or
// the item (whose content stays gated, R-USE-1).
import { Input, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilter, SearchHit } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { VirtualDataTable, type Column } from '../../components/DataTable';
import { CustomerDetailDrawer } from '../customers/CustomerDetail';
import { ClassTag, CustodyTag, useClassLabels } from '../items/common';
import { ItemDetailDrawer } from '../items/ItemDetail';
import { ArchiveFilters } from '../index/ArchiveFilters';
import { locationText } from '../locationText';

/** Search as you type: a query is sent once typing pauses this long (Enter sends at once). */
export const SEARCH_DEBOUNCE_MS = 250;

export function SearchScreen() {
  const { t } = useTranslation();
  const labels = useClassLabels();
  const [open, setOpen] = useState<SearchHit | null>(null);
  // what is typed, and the query the table shows (the typed text once typing pauses)
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [total, setTotal] = useState<{ n: number; capped: boolean } | null>(null);
  // item filters drop customer hits (a customer has no classification or place)
  const [filter, setFilter] = useState<SearchFilter>({});

  useEffect(() => {
    const q = draft.trim();
    if (q === query) return;
    const timer = setTimeout(() => setQuery(q), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, query]);

  // the table pages through exactly `total` hits (capped totals included); a page for an older
  // query or filter is dropped by the table (reloadKey), so results are never stale
  const reloadKey = JSON.stringify([query, filter]);
  const shownKey = useRef(reloadKey);
  shownKey.current = reloadKey;
  const loadPage = useCallback(
    async (offset: number, limit: number) => {
      const key = JSON.stringify([query, filter]);
      const page = await call(api().archive.search({ query, filter, offset, limit }));
      if (key === shownKey.current) setTotal({ n: page.total, capped: page.capped === true });
      return { rows: page.hits, total: page.total };
    },
    [query, filter],
  );

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
    { key: 'customer', title: t('arch.f.customer'), render: (h) => h.customerName },
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
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setQuery(v.trim())}
          allowClear
          autoFocus
        />
        <Space wrap>
          <ArchiveFilters filter={filter} onChange={setFilter} labels={labels} />
        </Space>
        {query && total ? (
          <Typography.Text type="secondary" data-testid="search-total">
            {total.capped ? t('search.totalCapped', { n: total.n.toLocaleString() }) : t('search.total', { n: total.n })}
          </Typography.Text>
        ) : null}
        {query ? (
          <VirtualDataTable<SearchHit>
            ariaLabel={t('search.title')}
            columns={columns}
            rowKey={(h) => `${h.kind}-${h.id}`}
            loadPage={loadPage}
            reloadKey={reloadKey}
            onRowClick={setOpen}
          />
        ) : null}
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
