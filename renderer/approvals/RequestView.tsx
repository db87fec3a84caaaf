// The request page (R-GOV-1): everything the approvers decide on — type, applicant and their
// credential, the scope and the items it covers, purpose, reason, urgency, the paper form's
// evidence and scans — and the whole chain with each signature's verification state. The
// applicant or whoever recorded it may withdraw a pending request; a draft is submitted here.
import { App, Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRequest } from '../../electron/approvals/contract/calls';
import { api, call } from '../api';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useSession } from '../session';
import { notifyApprovalsChanged, StatusTag, usePick, useTime } from './common';
import { RequestChain } from './RequestChain';

export function RequestView({ request, onChanged, extra }: { request: ApprovalRequest; onChanged: (r: ApprovalRequest) => void; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = useTime();
  const pick = usePick();
  const labels = useClassLabels();
  const { session } = useSession();
  const canWithdraw = useCan('approvals.withdraw');
  const r = request;
  const owner = r.createdBy === session.userId || r.applicant.userId === session.userId;
  const pending = r.status === 'draft' || r.status === 'submitted';
  const a = r.applicant;

  const withdraw = async () => {
    const next = await call(api().approvals.withdraw({ id: r.id, reason: null }));
    void message.success(t('appr.withdrawn', { no: r.no }));
    notifyApprovalsChanged();
    onChanged(next);
  };
  const submit = async () => {
    const next = await call(api().approvals.submit({ id: r.id }));
    void message.success(t('appr.submitted', { no: r.no }));
    notifyApprovalsChanged();
    onChanged(next);
  };
  // a request about no archive item (a policy change, a report request or template change) lists none
  const noItems = r.scope === 'items' && r.targets.length === 0;
  const scope = r.scope === 'items' ? t('appr.scope.items') : t('appr.scopeOf', { scope: t(`appr.scope.${r.scope}`), name: r.scopeName ?? '' });

  return (
    <div data-testid="request-view">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="request-no">
          {r.no}
        </Typography.Title>
        <Tag>{pick(r.typeLabel)}</Tag>
        <StatusTag status={r.status} />
        {r.urgency === 'urgent' ? <Tag color="red">{t('appr.urgency.urgent')}</Tag> : null}
        <ClassTag level={r.highestClassification} labels={labels} />
      </Space>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('appr.applicant')} span={2}>
          {`${a.name}（${a.unit}）`} <Tag>{t(`appr.kind.${a.kind}`)}</Tag>
          {a.contact ? ` ${a.contact}` : ''}
        </Descriptions.Item>
        {a.kind === 'outsider' ? (
          <Descriptions.Item label={t('appr.idDocKind')} span={2}>
            {a.idDocKind ? `${t(`appr.idDoc.${a.idDocKind}`)} ${a.idDocNo ?? ''}，${t('appr.idDocIssuer')}：${a.idDocIssuer ?? '—'}` : '—'}
          </Descriptions.Item>
        ) : null}
        {noItems ? null : (
          <Descriptions.Item label={t('appr.targets')} span={2}>
            <span data-testid="request-scope">{scope}</span>（{t('appr.itemCount', { n: r.targets.length })}）
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('appr.purpose')}>{r.purpose}</Descriptions.Item>
        <Descriptions.Item label={t('appr.urgency')}>{t(`appr.urgency.${r.urgency}`)}</Descriptions.Item>
        <Descriptions.Item label={t('appr.reason')} span={2}>
          {r.reason}
        </Descriptions.Item>
        <Descriptions.Item label={t('appr.evidence')} span={2}>
          {r.evidence.stampPresent ? t('appr.stampPresent') : t('appr.stampMissing')}
          {r.evidence.headName ? `；${t('appr.headName')}：${r.evidence.headName}` : ''}
          {r.attachments.length ? `；${t('appr.scans')}：${r.attachments.map((x) => x.fileName).join('、')}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('appr.createdBy')}>{`${r.createdByName}，${time(r.createdAt)}`}</Descriptions.Item>
        <Descriptions.Item label={t('appr.submittedAt')}>{time(r.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('appr.expiresAt')}>{time(r.expiresAt)}</Descriptions.Item>
        <Descriptions.Item label={t('appr.decidedAt')}>{time(r.decidedAt)}</Descriptions.Item>
        {r.decisionReason ? (
          <Descriptions.Item label={t('appr.decisionReason')} span={2}>
            {r.decisionReason}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {noItems ? null : (
        <Table
          size="small"
          rowKey="itemId"
          pagination={r.targets.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          dataSource={r.targets}
          style={{ marginBottom: 16 }}
          columns={[
            { key: 'no', title: t('appr.itemNo'), render: (_: unknown, x) => x.itemNo },
            { key: 'title', title: t('appr.itemTitle'), render: (_: unknown, x) => x.title },
            { key: 'c', title: t('appr.classification'), render: (_: unknown, x) => <ClassTag level={x.classification} labels={labels} /> },
          ]}
        />
      )}
      {extra}
      <Typography.Title level={5}>{t('appr.chain')}</Typography.Title>
      <RequestChain request={r} onChanged={onChanged} />
      {owner && pending && canWithdraw ? (
        <Space style={{ marginTop: 16 }}>
          {r.status === 'draft' ? (
            <Button type="primary" onClick={() => void submit().catch((e: Error) => void message.error(e.message))}>
              {t('appr.submit')}
            </Button>
          ) : null}
          <Popconfirm title={t('appr.withdrawConfirm', { no: r.no })} onConfirm={() => withdraw().catch((e: Error) => void message.error(e.message))}>
            <Button danger data-testid="request-withdraw">
              {t('appr.withdraw')}
            </Button>
          </Popconfirm>
        </Space>
      ) : null}
    </div>
  );
}

/** The request page in a drawer, loaded by id (the inbox, the list, a consumer's register row). */
export function RequestDrawer({ id, onClose, extra }: { id: number | null; onClose: () => void; extra?: (r: ApprovalRequest) => ReactNode }) {
  const { t } = useTranslation();
  const [fresh, setFresh] = useState<ApprovalRequest | null>(null);
  const loaded = useLoad(async () => (id === null ? null : call(api().approvals.get({ id }))), [id]);
  const r = fresh && fresh.id === id ? fresh : loaded.data;
  const onChanged = useCallback((next: ApprovalRequest) => setFresh(next), []);
  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={r ? t('appr.title', { no: r.no }) : ''} destroyOnHidden>
      {r ? <RequestView request={r} onChanged={onChanged} extra={extra?.(r)} /> : null}
    </Drawer>
  );
}
