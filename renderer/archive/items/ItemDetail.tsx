// 档案材料详情 drawer. Content is gated (R-USE-1): without permission the main process answers
// CONTENT_DENIED and the drawer shows the index line with a clear 无查阅授权 notice; movement and
// handover history are index-level facts and stay visible. Placement (R-ARCH-4) proposes the
// next free slot in order and asks for confirmation; handover (交接) is signed by the receiver.
import { Alert, Button, Descriptions, Drawer, Select, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverRow, ItemDetail, MovementRow } from '../../../electron/archive/contract/calls';
import { api, call, CallError } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { PrintButton } from '../../components/PrintButton';
import { SignDialog } from '../../components/SignDialog';
import { useCan } from '../../kit/can';
import { useLoad } from '../../kit/useLoad';
import { useSession } from '../../session';
import { ClassTag, CustodyTag, messageOf, useClassLabels, useStaff } from './common';
import { AttachmentsPanel } from './AttachmentsPanel';
import { PlacePanel } from './PlacePanel';
import { locationText } from '../locationText';

const fmt = (s: string | null) => (s ? dayjs(s).format('YYYY-MM-DD HH:mm') : '—');
/** how often an open grant's content is re-checked with main */
const RECHECK_MS = 5_000;
// words of the grant notices only (errors come translated from the shared table)
const GRANT_WORDS = {
  'zh-CN': { until: '依查阅授权 {no} 查阅，至 {until} 止；到期后内容自动关闭', closed: '查阅授权已结束，内容已关闭' },
  en: { until: 'Open under access grant {no} until {until}; the content closes then', closed: 'The access grant has ended: the content is closed' },
} as const;

/** What the caller already knows from the index line (shown when the content is gated). */
export interface ItemLine {
  /** the item's 档号 (archive number + item number) */
  itemArchiveNo: string;
  title: string;
  customerName: string;
}

export function ItemDetailDrawer({ itemId, line, onClose, onChanged }: { itemId: number; line?: ItemLine; onClose: () => void; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const labels = useClassLabels();
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [denied, setDenied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** the content was open under an access grant that has ended meanwhile */
  const [closed, setClosed] = useState(false);
  // index-level history: shown even when the content is gated; a failed load is shown, not hidden
  const movements = useLoad(() => call(api().items.movements({ itemId })), [itemId]);
  const handovers = useLoad(() => call(api().items.handovers({ itemId })), [itemId]);

  const load = useCallback(async () => {
    setError(null);
    try {
      setDetail(await call(api().items.get({ id: itemId })));
      setDenied(false);
      setClosed(false);
    } catch (e) {
      if (e instanceof CallError && e.code === 'CONTENT_DENIED') setDenied(true);
      else setError(messageOf(e));
    }
  }, [itemId]);
  useEffect(() => void load(), [load]);
  // R-USE-1: content open under an access grant closes when the grant ends, even in this open
  // window — re-checked with main (its clock) every few seconds and at the grant's end
  const until = detail?.contentUntil ?? null;
  useEffect(() => {
    if (!until) return;
    let stopped = false;
    const check = async () => {
      try {
        const s = await call(api().items.contentStatus({ id: itemId }));
        if (stopped || s.open) return;
      } catch {
        if (stopped) return;
      }
      setDetail(null);
      setDenied(true);
      setClosed(true);
    };
    const poll = window.setInterval(() => void check(), RECHECK_MS);
    const atEnd = window.setTimeout(() => void check(), Math.max(0, Math.min(Date.parse(until) - Date.now(), 2_000_000_000)) + 500);
    return () => {
      stopped = true;
      window.clearInterval(poll);
      window.clearTimeout(atEnd);
    };
  }, [until, itemId]);
  const w = GRANT_WORDS[i18n.language === 'en' ? 'en' : 'zh-CN'];
  const changed = async () => {
    await Promise.all([load(), movements.reload(), handovers.reload()]);
    onChanged?.();
  };

  const canPrintLabels = useCan('archive.printLabels');
  const canPlace = useCan('locations.place');
  const isCustodian = detail !== null && detail.custodianId === session.userId;

  const moveCols: Column<MovementRow>[] = [
    { key: 'at', title: t('item.at'), width: 140, render: (m) => fmt(m.at) },
    { key: 'from', title: t('item.from'), render: (m) => locationText(t, m.from) ?? '—' },
    { key: 'to', title: t('item.to'), render: (m) => locationText(t, m.to) ?? '—' },
    { key: 'by', title: t('item.by'), width: 90, render: (m) => m.byName },
    { key: 'reason', title: t('item.reason'), render: (m) => m.reason ?? '' },
  ];
  const handCols: Column<HandoverRow>[] = [
    { key: 'at', title: t('item.at'), width: 140, render: (h) => fmt(h.at) },
    { key: 'status', title: t('users.status'), width: 80, render: (h) => h.status },
    { key: 'sig', title: t('item.signedBy'), render: (h) => (h.signature ? `${h.signature.signerName} ${h.signature.valid ? '✓' : '✗'}` : '—') },
    { key: 'remarks', title: t('arch.f.remarks'), render: (h) => h.remarks ?? '' },
  ];

  return (
    <Drawer open width={760} title={t('item.detail')} onClose={onClose} destroyOnHidden>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {closed ? <Alert type="error" showIcon title={w.closed} style={{ marginBottom: 16 }} data-testid="content-closed" /> : null}
      {detail?.contentUntil ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="content-until"
          title={w.until.replace('{no}', detail.contentGrantNo ?? '').replace('{until}', fmt(detail.contentUntil))}
        />
      ) : null}
      {denied ? (
        <>
          <Alert type="warning" showIcon title={t('item.noAccess')} description={t('item.noAccessText')} style={{ marginBottom: 16 }} data-testid="no-access" />
          {line ? (
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('arch.archiveNo')}>{line.itemArchiveNo}</Descriptions.Item>
              <Descriptions.Item label={t('arch.f.customer')}>{line.customerName}</Descriptions.Item>
              <Descriptions.Item label={t('arch.f.title')}>{line.title}</Descriptions.Item>
            </Descriptions>
          ) : null}
        </>
      ) : null}
      {detail ? (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }} data-testid="item-detail">
          <Descriptions.Item label={t('arch.archiveNo')}>{detail.itemArchiveNo}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.customer')}>{detail.customerName}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.title')} span={2}>
            {detail.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('arch.f.docType')}>{detail.docType}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.docDate')}>{detail.docDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.pages')}>{detail.pages ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.copies')}>{detail.copies}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.carrier')}>{t(`arch.carrier.${detail.carrier}`)}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.writingMedium')}>
            {t(`arch.medium.${detail.writingMedium}`)} {detail.nonDurable ? <Typography.Text type="warning">（{t('item.nonDurable')}）</Typography.Text> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('arch.f.retention')}>{t(`arch.retention.${detail.retention}`)}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.retentionUntil')}>{detail.retentionUntil ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.classification')}>
            <ClassTag level={detail.classification} labels={labels} />
          </Descriptions.Item>
          <Descriptions.Item label={t('arch.f.custodian')}>{detail.custodianName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.location')}>{locationText(t, detail.location?.label) ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('arch.f.custodyState')}>
            <CustodyTag state={detail.custodyState} />
          </Descriptions.Item>
          <Descriptions.Item label={t('arch.f.remarks')} span={2}>
            {detail.remarks ?? ''}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {canPrintLabels ? (
        <div style={{ marginBottom: 12 }}>
          <PrintButton label={t('item.labels')} print={(target) => api().archive.printLabels({ itemIds: [itemId], target })} />
        </div>
      ) : null}
      {canPlace && (detail === null || detail.custodyState === 'intake' || detail.custodyState === 'onShelf') ? (
        <PlacePanel itemId={itemId} onPlaced={changed} />
      ) : null}
      {isCustodian ? <HandoverPanel itemId={itemId} currentId={session.userId} onDone={changed} /> : null}
      <Tabs
        items={[
          {
            key: 'mv',
            label: t('item.movements'),
            children: <DataTable ariaLabel={t('item.movements')} columns={moveCols} rowKey={(m) => m.id} rows={movements.data ?? []} />,
          },
          {
            key: 'ho',
            label: t('item.handovers'),
            children: <DataTable ariaLabel={t('item.handovers')} columns={handCols} rowKey={(h) => h.id} rows={handovers.data ?? []} />,
          },
        ]}
      />
      {/* scanned attachments: only once the content gate let the detail through (R-USE-1) */}
      {detail ? <AttachmentsPanel itemId={itemId} /> : null}
    </Drawer>
  );
}

/** 交接: the current custodian picks the receiver, who signs at the machine (SignDialog). */
function HandoverPanel({ itemId, currentId, onDone }: { itemId: number; currentId: number; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const custodians = useStaff('custodian').filter((u) => u.id !== currentId);
  const [to, setTo] = useState<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const receiver = custodians.find((u) => u.id === to);
  return (
    <div style={{ marginBottom: 16 }}>
      <Space>
        <Select
          aria-label={t('item.handoverTo')}
          placeholder={t('item.handoverTo')}
          style={{ width: 220 }}
          value={to}
          onChange={setTo}
          options={custodians.map((u) => ({ value: u.id, label: `${u.displayName}（${u.login}）` }))}
        />
        <Button disabled={to === undefined} onClick={() => setOpen(true)}>
          {t('item.handover')}
        </Button>
      </Space>
      <SignDialog
        open={open}
        meanings={['approved']}
        hideMeaning
        onClose={() => setOpen(false)}
        sign={async (v) => {
          await call(api().items.handover({ itemId, toCustodianId: to!, signerLogin: v.signerLogin, signerPassword: v.signerPassword }));
        }}
        onDone={() => {
          setOpen(false);
          setTo(undefined);
          void onDone();
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${t('item.handoverTo')}：${receiver?.displayName ?? ''}`}
          description={t('item.handoverIntro')}
        />
      </SignDialog>
    </div>
  );
}
