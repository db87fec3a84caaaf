// 客户详情 drawer: the customer's fields, its 档号, and the items in its archive
// (archive.search filtered to this customer), with 添加档案材料 for operators.
import { Alert, App, Button, Descriptions, Drawer, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail, CustomerView, SearchHit } from '../../../electron/archive/contract/calls';
import { api, call } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { PrintButton } from '../../components/PrintButton';
import { useCan } from '../../kit/can';
import { ClassTag, CustodyTag, messageOf, useClassLabels, useStaff } from '../items/common';
import { ItemDetailDrawer } from '../items/ItemDetail';
import { ItemForm } from '../items/ItemForm';
import { CustomerForm } from './CustomerForm';
import { MaskedValue } from './Masked';
import { locationText } from '../locationText';

export function CustomerDetailDrawer({ customerId, onClose, onChanged }: { customerId: number; onClose: () => void; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canPrintLabels = useCan('archive.printLabels');
  const canEdit = useCan('customers.update');
  const canAddItem = useCan('items.create');
  const labels = useClassLabels();
  const staff = useStaff();
  const [c, setC] = useState<CustomerView | null>(null);
  // the editor needs the real values: the masked ones are revealed first (each audited)
  const [editing, setEditing] = useState<CustomerDetail | null>(null);
  const edit = async () => {
    if (!c) return;
    try {
      const full: CustomerDetail = { ...c };
      for (const f of c.masked) full[f] = (await call(api().customers.reveal({ id: c.id, field: f }))).value;
      setEditing(full);
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  const [items, setItems] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<SearchHit | null>(null);

  const load = useCallback(async () => {
    try {
      setC(await call(api().customers.get({ id: customerId })));
      const page = await call(api().archive.search({ query: '', filter: { customerId, kind: 'item' }, offset: 0, limit: 500 }));
      setItems(page.hits);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [customerId]);
  useEffect(() => void load(), [load]);

  const cols: Column<SearchHit>[] = [
    { key: 'no', title: t('arch.archiveNo'), width: 170, render: (h) => h.itemArchiveNo },
    { key: 'title', title: t('arch.f.title'), render: (h) => h.title },
    { key: 'class', title: t('arch.f.classification'), width: 80, render: (h) => <ClassTag level={h.classification} labels={labels} /> },
    { key: 'loc', title: t('arch.f.location'), render: (h) => locationText(t, h.location) ?? '—' },
    { key: 'state', title: t('arch.f.custodyState'), width: 90, render: (h) => <CustodyTag state={h.custodyState} /> },
  ];
  const owner = c?.relationshipOwnerId ? (staff.find((u) => u.id === c.relationshipOwnerId)?.displayName ?? `#${c.relationshipOwnerId}`) : '—';

  return (
    <Drawer open width={820} title={t('cust.detail')} onClose={onClose} destroyOnHidden>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {c ? (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }} data-testid="customer-detail">
            <Descriptions.Item label={t('arch.archiveNo')}>
              <Typography.Text strong copyable>
                {c.archiveNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('arch.f.openedAt')}>{dayjs(c.openedAt).format('YYYY-MM-DD')}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.name')}>{c.name}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.category')}>
              {t(`arch.category.${c.category}`)} / {t(`arch.subType.${c.subType}`)} / {t(`arch.party.${c.partyKind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t(`arch.idKind.${c.idKind}`)}>
              <MaskedValue customerId={c.id} field="idNumber" value={c.idNumber} masked={c.masked.includes('idNumber')} />
            </Descriptions.Item>
            <Descriptions.Item label={t('arch.f.contactPerson')}>{[c.contactPerson, c.email].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.phone')}>
              <MaskedValue customerId={c.id} field="phone" value={c.phone} masked={c.masked.includes('phone')} />
            </Descriptions.Item>
            <Descriptions.Item label={t('arch.f.address')}>{c.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.relationshipOwner')}>{owner}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.firstContactDate')}>{c.firstContactDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.itemCount')}>{c.itemCount}</Descriptions.Item>
            <Descriptions.Item label={t('arch.f.remarks')} span={2}>
              {c.remarks ?? ''}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('cust.items')}
            </Typography.Title>
            <Space>
              {canPrintLabels ? (
                <PrintButton label={t('cust.labels')} print={(target) => api().archive.printLabels({ archiveIds: [c.archiveId], target })} />
              ) : null}
              {canEdit ? <Button onClick={() => void edit()}>{t('cust.edit')}</Button> : null}
              {canAddItem ? (
                <Button type="primary" onClick={() => setAdding(true)}>
                  {t('item.add')}
                </Button>
              ) : null}
            </Space>
          </Space>
          <DataTable<SearchHit> ariaLabel={t('cust.items')} columns={cols} rowKey={(h) => h.id} rows={items} onRowClick={setOpen} />
          {adding ? (
            <ItemForm
              customerId={c.id}
              archiveNo={c.archiveNo}
              onClose={() => setAdding(false)}
              onCreated={(r) => {
                setAdding(false);
                // the item's own 档号 (archive number + item number), so the operator can write it on the folder
                void message.success({ content: <span data-testid="created-item-no">{t('item.created', { no: r.itemArchiveNo })}</span> });
                if (r.nonDurable) void message.warning(t('item.nonDurableWarning'));
                void load();
                onChanged?.();
              }}
            />
          ) : null}
          {editing ? (
            <CustomerForm
              customer={editing}
              onClose={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                setC(saved);
                void message.success(t('cust.saved'));
                onChanged?.();
              }}
            />
          ) : null}
          {open ? (
            <ItemDetailDrawer
              itemId={open.id}
              line={{ itemArchiveNo: open.itemArchiveNo ?? open.archiveNo, title: open.title, customerName: open.customerName }}
              onClose={() => setOpen(null)}
              onChanged={() => void load()}
            />
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
