// Audit trail: virtualised list paged with offset/limit, filters, verification with the
// auditor's signature (signed by someone other than who ran it), and printing with the current filter.
// Rows arrive already in words (audit.list renders action, object and detail in the UI language
// in the main process, where the vault can name users, customers and items); the raw entry is
// only behind 技术详情 in the entry drawer. Times use the one helper the printouts use, in the
// zone audit.list names (the workstation's), so screen and paper agree.
import { Button, Collapse, DatePicker, Descriptions, Drawer, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../electron/contract';
import type { AuditPage } from '../../electron/contract/types';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import { api, call } from '../api';
import { actionText } from '../i18n';
import { VirtualDataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { VerifyPanel } from './VerifyPanel';

type Row = AuditPage['rows'][number];

/** The stored entry as it is hashed: for the technically minded, never the first thing shown. */
const rawEntry = (r: Row) =>
  JSON.stringify(
    {
      seq: r.seq,
      at: r.at,
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      detail: r.detail,
      prevHash: r.prevHash,
      hash: r.hash,
    },
    null,
    2,
  );

function EntryDrawer({ row, timeZone, onClose }: { row: Row; timeZone: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Drawer open width={640} title={t('audit.entryTitle', { seq: row.seq })} onClose={onClose} destroyOnHidden>
      <Descriptions size="small" column={1} bordered data-testid="audit-entry">
        <Descriptions.Item label={t('audit.at')}>{`${formatTime(row.at, locale, timeZone)}（${timeZone}）`}</Descriptions.Item>
        <Descriptions.Item label={t('audit.actor')}>{row.actorName ?? t('audit.system')}</Descriptions.Item>
        <Descriptions.Item label={t('audit.action')}>{row.actionText}</Descriptions.Item>
        <Descriptions.Item label={t('audit.entity')}>{row.entityText}</Descriptions.Item>
        <Descriptions.Item label={t('audit.detail')}>{row.detailText || '—'}</Descriptions.Item>
      </Descriptions>
      <Collapse
        style={{ marginTop: 16 }}
        size="small"
        items={[
          {
            key: 'raw',
            label: t('audit.techDetails'),
            children: (
              // the bundled CJK font after the monospace ones: names in the JSON must not turn into boxes
              <pre
                data-testid="audit-raw"
                style={{
                  margin: 0,
                  fontSize: 12,
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-all',
                  fontFamily: "Consolas, Menlo, 'DejaVu Sans Mono', 'Noto Sans SC', monospace",
                }}
              >
                {rawEntry(row)}
              </pre>
            ),
          },
        ]}
      />
    </Drawer>
  );
}

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [timeZone, setTimeZone] = useState(workstationTimeZone);
  const [open, setOpen] = useState<Row | null>(null);
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

  const loadPage = useCallback(
    (offset: number, limit: number) =>
      call(api().audit.list({ filter, offset, limit })).then((page) => {
        setTimeZone(page.timeZone);
        return page;
      }),
    [filter],
  );
  const reloadKey = useMemo(() => `${JSON.stringify(filter)}#${reloadTick}`, [filter, reloadTick]);

  const columns: Column<Row>[] = [
    { key: 'seq', title: t('audit.seq'), width: 64, render: (r) => r.seq },
    { key: 'at', title: <span title={timeZone}>{t('audit.at')}</span>, width: 150, render: (r) => formatTime(r.at, locale, timeZone) },
    { key: 'actor', title: t('audit.actor'), width: 100, render: (r) => r.actorName ?? t('audit.system') },
    { key: 'action', title: t('audit.action'), width: 150, render: (r) => r.actionText },
    { key: 'entity', title: t('audit.entity'), width: 200, render: (r) => <span title={r.entityText}>{r.entityText}</span> },
    { key: 'detail', title: t('audit.detail'), render: (r) => <span title={r.detailText}>{r.detailText}</span> },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('audit.title')}
          {total !== null ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
              {t('audit.total', { total })}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        <PrintButton label={t('audit.print')} print={(target) => api().audit.print({ filter, target })} />
      </Space>
      {/* above the trail: the verification result shows where it was asked for, without scrolling past the table (issue 12) */}
      <VerifyPanel timeZone={timeZone} onVerified={() => setReloadTick((n) => n + 1)} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          aria-label={t('audit.filterText')}
          placeholder={t('audit.filterText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={apply}
          style={{ width: 200 }}
          allowClear
        />
        <Select
          aria-label={t('audit.filterAction')}
          placeholder={t('audit.filterAction')}
          value={action}
          onChange={setAction}
          allowClear
          style={{ width: 200 }}
          options={actions.map((a) => ({ value: a, label: actionText(a) }))}
        />
        <DatePicker.RangePicker aria-label={t('audit.filterDates')} value={range} onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)} />
        <Button type="primary" onClick={apply}>
          {t('common.search')}
        </Button>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Space>
      <VirtualDataTable<Row>
        ariaLabel={t('audit.title')}
        columns={columns}
        rowKey={(r) => r.seq}
        loadPage={loadPage}
        reloadKey={reloadKey}
        onTotal={setTotal}
        onRowClick={setOpen}
        height={420}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
        {t('audit.hint', { tz: timeZone })}
      </Typography.Text>
      {open ? <EntryDrawer row={open} timeZone={timeZone} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
