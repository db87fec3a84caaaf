// Audit trail: virtualised list paged with offset/limit, filters, verification with the
// auditor's signature (signed by someone other than who ran it), and printing with the current filter.
import { Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../electron/contract';
import type { AuditRow } from '../../electron/contract/types';
import { api, call } from '../api';
import { actionText } from '../i18n';
import { VirtualDataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { VerifyPanel } from './VerifyPanel';

const detailText = (d: unknown) => (d === null || d === undefined ? '' : typeof d === 'string' ? d : JSON.stringify(d));

export function AuditScreen() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [actions, setActions] = useState<string[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [reloadTick, setReloadTick] = useState(0);

  useEffect(() => {
    call(api().audit.actions()).then(setActions, () => undefined);
  }, []);

  const apply = () => {
    const f: AuditFilter = {};
    if (text.trim()) f.text = text.trim();
    if (action) f.action = action;
    if (range?.[0]) f.from = range[0].startOf('day').toISOString();
    if (range?.[1]) f.to = range[1].endOf('day').toISOString();
    setFilter(f);
    setReloadTick((n) => n + 1);
  };
  const reset = () => {
    setText('');
    setAction(undefined);
    setRange(null);
    setFilter({});
    setReloadTick((n) => n + 1);
  };

  const loadPage = useCallback((offset: number, limit: number) => call(api().audit.list({ filter, offset, limit })), [filter]);
  const reloadKey = useMemo(() => `${JSON.stringify(filter)}#${reloadTick}`, [filter, reloadTick]);

  const columns: Column<AuditRow>[] = [
    { key: 'seq', title: t('audit.seq'), width: 70, render: (r) => r.seq },
    { key: 'at', title: t('audit.at'), width: 160, render: (r) => dayjs(r.at).format('YYYY-MM-DD HH:mm:ss') },
    { key: 'actor', title: t('audit.actor'), width: 120, render: (r) => r.actorName ?? '—' },
    { key: 'action', title: t('audit.action'), width: 170, render: (r) => <span title={r.action}>{actionText(r.action)}</span> },
    { key: 'entity', title: t('audit.entity'), width: 150, render: (r) => `${r.entity}${r.entityId ? ` #${r.entityId}` : ''}` },
    { key: 'detail', title: t('audit.detail'), render: (r) => <span title={detailText(r.detail)}>{detailText(r.detail)}</span> },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('audit.title')}
          {total !== null ? <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>{t('audit.total', { total })}</Typography.Text> : null}
        </Typography.Title>
        <PrintButton label={t('audit.print')} print={(target) => api().audit.print({ filter, target })} />
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input aria-label={t('audit.filterText')} placeholder={t('audit.filterText')} value={text} onChange={(e) => setText(e.target.value)} onPressEnter={apply} style={{ width: 200 }} allowClear />
        <Select aria-label={t('audit.filterAction')} placeholder={t('audit.filterAction')} value={action} onChange={setAction} allowClear style={{ width: 200 }} options={actions.map((a) => ({ value: a, label: actionText(a) }))} />
        <DatePicker.RangePicker aria-label={t('audit.filterDates')} value={range} onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)} />
        <Button type="primary" onClick={apply}>
          {t('common.search')}
        </Button>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Space>
      <VirtualDataTable<AuditRow> ariaLabel={t('audit.title')} columns={columns} rowKey={(r) => r.seq} loadPage={loadPage} reloadKey={reloadKey} onTotal={setTotal} height={420} />
      <VerifyPanel onVerified={() => setReloadTick((n) => n + 1)} />
    </>
  );
}
