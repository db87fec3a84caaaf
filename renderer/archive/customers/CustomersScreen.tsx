// 客户档案 (R-CUST-1, R-ARCH-1): the customer list (virtualised, paged from archive.search with
// kind=customer), a search box + category filter, 新建客户 and the customer detail drawer.
import { App, Button, Input, Select, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_CATEGORIES, type CustomerCategory, type SearchHit } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { VirtualDataTable, type Column } from '../../components/DataTable';
import { useCan } from '../../kit/can';
import { CustomerDetailDrawer } from './CustomerDetail';
import { CustomerForm } from './CustomerForm';
import { useRestorable } from '../../shell/restore';

export function CustomersScreen() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const canCreate = useCan('customers.create');
  // the search and the filter survive a lock (shell/restore.ts); the rows are loaded again
  const [draft, setDraft] = useRestorable('customers.draft', '');
  const [query, setQuery] = useRestorable('customers.query', '');
  const [category, setCategory] = useRestorable<CustomerCategory | undefined>('customers.category', undefined);
  const [total, setTotal] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);

  const loadPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await call(api().archive.search({ query, filter: { kind: 'customer', category }, offset, limit }));
      return { rows: page.hits, total: page.total };
    },
    [query, category],
  );
  const columns: Column<SearchHit>[] = [
    { key: 'no', title: t('arch.archiveNo'), width: 160, render: (h) => h.archiveNo },
    { key: 'name', title: t('arch.f.name'), render: (h) => h.title },
    { key: 'cat', title: t('arch.f.category'), width: 120, render: (h) => t(`arch.category.${h.category}`) },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cust.title')}
        </Typography.Title>
        {canCreate ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('cust.create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('cust.searchPlaceholder')}
          placeholder={t('cust.searchPlaceholder')}
          style={{ width: 320 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setQuery(v.trim())}
          enterButton={t('common.search')}
          allowClear
        />
        <Select
          aria-label={t('arch.f.category')}
          prefix={t('arch.filterPrefix', { label: t('arch.f.category') })}
          style={{ width: 210 }}
          value={category ?? 'all'}
          onChange={(v) => setCategory(v === 'all' ? undefined : (v as CustomerCategory))}
          options={[{ value: 'all', label: t('arch.all') }, ...CUSTOMER_CATEGORIES.map((c) => ({ value: c, label: t(`arch.category.${c}`) }))]}
        />
        {total !== null ? <Typography.Text type="secondary">{t('cust.total', { n: total })}</Typography.Text> : null}
      </Space>
      <VirtualDataTable<SearchHit>
        ariaLabel={t('cust.title')}
        columns={columns}
        rowKey={(h) => h.id}
        loadPage={loadPage}
        reloadKey={`${query}|${category ?? ''}|${generation}`}
        onTotal={setTotal}
        onRowClick={(h) => setOpenId(h.customerId)}
      />
      {creating ? (
        <CustomerForm
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setGeneration((g) => g + 1);
            // R-ARCH-1: the archive exists now; show its number and open it
            modal.success({
              title: t('cust.createdTitle'),
              content: <span data-testid="created-archive-no">{t('cust.created', { no: c.archiveNo })}</span>,
              okText: t('common.confirm'),
              onOk: () => setOpenId(c.customerId),
            });
          }}
        />
      ) : null}
      {openId !== null ? <CustomerDetailDrawer customerId={openId} onClose={() => setOpenId(null)} onChanged={() => setGeneration((g) => g + 1)} /> : null}
    </>
  );
}
