// 客户档案 (R-CUST-1, R-ARCH-1): the customer list as antd admin users expect it (issue 12):
// server-sorted columns 档号 / 名称 / 类别 / 建档日期 (customers.list), pages of 50 whose count and
// reachable rows agree, an 操作 column, long names truncated with a tooltip; a search box +
// category filter, 新建客户 and the customer detail drawer.
import { Alert, App, Button, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_CATEGORIES, type CustomerCategory, type CustomerListRow, type CustomerListInput } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { useCan } from '../../kit/can';
import { useLoad } from '../../kit/useLoad';
import { CustomerDetailDrawer } from './CustomerDetail';
import { CustomerForm } from './CustomerForm';
import { useRestorable } from '../../shell/restore';

const PAGE_SIZE = 50;
type Sort = Pick<CustomerListInput, 'sort' | 'dir'>;

export function CustomersScreen() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const canCreate = useCan('customers.create');
  // the search, the filter and the sort survive a lock (shell/restore.ts); the rows are loaded again
  const [draft, setDraft] = useRestorable('customers.draft', '');
  const [query, setQuery] = useRestorable('customers.query', '');
  const [category, setCategory] = useRestorable<CustomerCategory | undefined>('customers.category', undefined);
  const [sort, setSort] = useRestorable<Sort>('customers.sort', { sort: 'archiveNo', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);

  const list = useLoad(
    () => call(api().customers.list({ query, category, ...sort, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })),
    [query, category, sort.sort, sort.dir, page, generation],
    { inline: true },
  );
  const total = list.data?.total ?? null;
  const order = (key: Sort['sort']) => (sort.sort === key ? (sort.dir === 'asc' ? 'ascend' : 'descend') : null);
  const onTable = (s: SorterResult<CustomerListRow> | SorterResult<CustomerListRow>[]) => {
    const one = Array.isArray(s) ? s[0] : s;
    const key = (one?.columnKey as Sort['sort'] | undefined) ?? 'archiveNo';
    setSort(one?.order ? { sort: key, dir: one.order === 'descend' ? 'desc' : 'asc' } : { sort: 'archiveNo', dir: 'asc' });
  };
  const open = (r: CustomerListRow) => setOpenId(r.customerId);

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
          style={{ width: i18n.language === 'en' ? 400 : 320 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => {
            setPage(1);
            setQuery(v.trim());
          }}
          enterButton={t('common.search')}
          allowClear
        />
        <Select
          aria-label={t('arch.f.category')}
          prefix={t('arch.filterPrefix', { label: t('arch.f.category') })}
          style={{ width: i18n.language === 'en' ? 270 : 210 }}
          value={category ?? 'all'}
          onChange={(v) => {
            setPage(1);
            setCategory(v === 'all' ? undefined : (v as CustomerCategory));
          }}
          options={[{ value: 'all', label: t('arch.all') }, ...CUSTOMER_CATEGORIES.map((c) => ({ value: c, label: t(`arch.category.${c}`) }))]}
        />
        {total !== null ? <Typography.Text type="secondary">{t(list.data?.capped ? 'cust.totalCapped' : 'cust.total', { n: total })}</Typography.Text> : null}
      </Space>
      {list.error ? <Alert type="error" showIcon role="alert" title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<CustomerListRow>
        aria-label={t('cust.title')}
        size="small"
        tableLayout="fixed"
        rowKey={(r) => r.customerId}
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        onRow={(r) => ({ onClick: () => open(r), style: { cursor: 'pointer' } })}
        onChange={(p, _f, s) => {
          if (p.current && p.current !== page) setPage(p.current);
          else {
            setPage(1);
            onTable(s);
          }
        }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: total ?? 0, showSizeChanger: false }}
        columns={[
          {
            key: 'archiveNo',
            title: t('arch.archiveNo'),
            width: 160,
            sorter: true,
            sortOrder: order('archiveNo'),
            className: 'nowrap',
            render: (_, r) => r.archiveNo,
          },
          {
            key: 'name',
            title: t('arch.f.name'),
            sorter: true,
            sortOrder: order('name'),
            ellipsis: { showTitle: false },
            render: (_, r) => (
              <Tooltip placement="topLeft" title={r.name}>
                <span data-testid="customer-name">{r.name}</span>
              </Tooltip>
            ),
          },
          {
            key: 'category',
            title: t('arch.f.category'),
            width: i18n.language === 'en' ? 280 : 190,
            sorter: true,
            sortOrder: order('category'),
            ellipsis: true,
            render: (_, r) => `${t(`arch.category.${r.category}`)} / ${t(`arch.subType.${r.subType}`)}`,
          },
          { key: 'openedAt', title: t('arch.f.openedAt'), width: 120, sorter: true, sortOrder: order('openedAt'), render: (_, r) => r.openedAt.slice(0, 10) },
          { key: 'items', title: t('arch.f.itemCount'), width: 90, align: 'right', render: (_, r) => r.itemCount },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  open(r);
                }}
              >
                {t('cust.open')}
              </Button>
            ),
          },
        ]}
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
