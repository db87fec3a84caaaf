// One access grant: reader, papers, window, what it allows, its items and its consultations.
// The reading desk (R-USE-1): 登记到达 records the time in — for a visitor without an account the
// items then open in this operator's session — and 登记离开 the time out; an item opens in the
// archive's item drawer, which closes the content itself when the grant ends. A grant can be
// ended early with a reason.
import { Alert, App, Button, Descriptions, Drawer, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationRow, GrantItem } from '../../electron/access/contract/calls';
import { api, call } from '../api';
import { ItemDetailDrawer } from '../archive/items/ItemDetail';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { DataTable, type Column } from '../components/DataTable';
import { useCan } from '../kit/can';
import { errorMessage, useLoad } from '../kit/useLoad';
import { GrantStateTag, ReaderKindTag, useTime } from './common';

export function GrantDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const labels = useClassLabels();
  const grant = useLoad(() => call(api().access.grant({ id })), [id], { inline: true });
  const [item, setItem] = useState<GrantItem | null>(null);
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const canDesk = useCan('access.consultationStart');
  const canEnd = useCan('access.endGrant');
  const g = grant.data;

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      void message.success(done);
      await grant.reload();
      onChanged();
      return true;
    } catch (e) {
      void message.error(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const itemCols: Column<GrantItem>[] = [
    { key: 'no', title: t('arch.archiveNo'), width: 190, render: (i) => i.itemArchiveNo },
    { key: 'title', title: t('arch.f.title'), render: (i) => i.title },
    { key: 'customer', title: t('arch.f.customer'), width: 130, render: (i) => i.customerName },
    { key: 'class', title: t('acc.class'), width: 70, render: (i) => <ClassTag level={i.classification} labels={labels} /> },
    {
      key: 'open',
      title: '',
      width: 90,
      render: (i) => (
        <Button size="small" onClick={() => setItem(i)}>
          {t('acc.openItem')}
        </Button>
      ),
    },
  ];
  const consCols: Column<ConsultationRow>[] = [
    { key: 'in', title: t('acc.timeIn'), width: 140, render: (c) => time(c.timeIn) },
    {
      key: 'out',
      title: t('acc.timeOut'),
      width: 140,
      render: (c) => (c.timeOut ? time(c.timeOut) : <Typography.Text type="danger">{t('acc.stillIn')}</Typography.Text>),
    },
    { key: 'op', title: t('acc.operator'), width: 90, render: (c) => c.operatorName },
    { key: 'remarks', title: t('acc.remarks'), render: (c) => c.remarks ?? '' },
  ];

  return (
    <Drawer open width={860} title={g ? t('acc.grant', { no: g.no }) : ''} onClose={onClose} destroyOnHidden>
      {grant.error ? <Alert type="error" showIcon title={grant.error.message} /> : null}
      {g ? (
        <div data-testid="grant-detail">
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('acc.reader')}>
              <Space size={4}>
                {g.readerName}
                <ReaderKindTag kind={g.readerKind} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('acc.unit')}>{g.readerUnit ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('acc.idDoc')}>{g.idDoc ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('acc.purpose')}>{g.purpose ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('acc.period')}>{`${time(g.validFrom)} – ${time(g.validUntil)}`}</Descriptions.Item>
            <Descriptions.Item label={t('acc.state')}>
              <GrantStateTag state={g.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('acc.allows')} span={2}>
              {[t('acc.allow.view'), g.allowPrint && t('acc.allow.print'), g.allowDownload && t('acc.allow.download')].filter(Boolean).join('、')}
            </Descriptions.Item>
          </Descriptions>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(g.readerUserId === null ? 'acc.mode.desk' : 'acc.mode.staff')} />
          {g.ended ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('acc.endedBy', { name: g.ended.byName, at: time(g.ended.at), reason: g.ended.reason })}
            />
          ) : null}
          <Space style={{ marginBottom: 12 }} wrap>
            {canDesk && g.state === 'current' && !g.openConsultation ? (
              <Button type="primary" loading={busy} onClick={() => void run(() => call(api().access.consultationStart({ grantId: g.id })), t('acc.started'))}>
                {t('acc.start')}
              </Button>
            ) : null}
            {canDesk && g.openConsultation ? (
              <Button loading={busy} onClick={() => void run(() => call(api().access.consultationEnd({ id: g.openConsultation!.id })), t('acc.finished'))}>
                {t('acc.finish')}
              </Button>
            ) : null}
            {canEnd && g.state !== 'ended' ? (
              <Button danger onClick={() => setEnding(true)}>
                {t('acc.endGrant')}
              </Button>
            ) : null}
            {g.openConsultation ? (
              <Typography.Text type="secondary">
                {t('acc.timeIn')}：{time(g.openConsultation.timeIn)}（{g.openConsultation.operatorName}）
              </Typography.Text>
            ) : null}
          </Space>
          <Typography.Title level={5}>{t('acc.items')}</Typography.Title>
          <DataTable ariaLabel={t('acc.items')} columns={itemCols} rowKey={(i) => i.itemId} rows={g.items} />
          <Typography.Title level={5}>{t('acc.consultations')}</Typography.Title>
          <DataTable ariaLabel={t('acc.consultations')} columns={consCols} rowKey={(c) => c.id} rows={g.consultations} />
          <Modal
            open={ending}
            title={t('acc.endGrant')}
            okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
            onCancel={() => setEnding(false)}
            onOk={() =>
              void run(() => call(api().access.endGrant({ id: g.id, reason })), t('acc.endGrant')).then((ok) => {
                if (ok) setEnding(false);
              })
            }
            destroyOnHidden
          >
            <Alert type="warning" showIcon title={t('acc.endIntro')} style={{ marginBottom: 12 }} />
            <Input.TextArea
              aria-label={t('acc.endReason')}
              placeholder={t('acc.endReason')}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Modal>
        </div>
      ) : null}
      {item ? (
        <ItemDetailDrawer
          itemId={item.itemId}
          line={{ itemArchiveNo: item.itemArchiveNo, title: item.title, customerName: item.customerName }}
          onClose={() => setItem(null)}
        />
      ) : null}
    </Drawer>
  );
}
