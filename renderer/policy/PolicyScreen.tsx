// 策略 (R-GOV-1): every policy value in force with its version and effective date, what is
// approved and waiting for its date, what waits for the GM (→ 审批); a change is proposed here
// (security officer; the rules text: CS department), every version with old → new, and the
// policy register (制度/策略变更登记簿) printed.
import { App, Button, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyValueView, PolicyVersionRow } from '../../electron/policy/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useNavigate } from '../shell/navigate';
import { changeInWords } from '../../electron/policy/contract/diff';
import { usePick, useTime, useValueText } from './common';
import { ProposeDialog } from './ProposeDialog';

function stateTag(r: PolicyVersionRow, t: (k: string) => string) {
  const s = r.state === 'approved' ? (r.appliedAt ? 'applied' : 'approved') : r.state;
  const color = { applied: 'green', approved: 'blue', pending: 'orange', rejected: 'red', withdrawn: 'default', expired: 'default' }[s];
  return <Tag color={color}>{t(`pol.state.${s}`)}</Tag>;
}

function History({ policyKey, title, onClose }: { policyKey: string; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const time = useTime();
  const rows = useLoad(() => call(api().policy.history({ key: policyKey })), [policyKey]);
  const cols: Column<PolicyVersionRow>[] = [
    { key: 'version', title: t('pol.version'), width: 80, render: (r) => (r.version ? t('pol.versionN', { n: r.version }) : '—') },
    {
      key: 'change',
      title: t('pol.change'),
      render: (r) =>
        r.requestId === null ? t('pol.initial') : r.changes.map((c) => <div key={c.path}>{changeInWords(c, i18n.language === 'en' ? 'en' : 'zh')}</div>),
    },
    {
      key: 'proposed',
      title: t('pol.proposed'),
      render: (r) => (r.requestId === null ? '—' : `${r.proposedByName ?? ''} ${time(r.proposedAt)}${r.reason ? `：${r.reason}` : ''}`),
    },
    {
      key: 'approved',
      title: t('pol.approved'),
      render: (r) => (r.approvedAt && r.requestId !== null ? `${r.approvedByName ?? ''} ${time(r.approvedAt)} ${r.requestNo ?? ''}` : (r.requestNo ?? '—')),
    },
    { key: 'effectiveFrom', title: t('pol.effectiveFrom'), width: 110, render: (r) => r.effectiveFrom },
    { key: 'state', title: t('pol.state'), width: 110, render: (r) => stateTag(r, t) },
  ];
  return (
    <Modal open width={1000} title={t('pol.historyOf', { label: title })} footer={null} onCancel={onClose} destroyOnHidden>
      <DataTable ariaLabel={t('pol.history')} columns={cols} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
    </Modal>
  );
}

export function PolicyScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = usePick();
  const valueText = useValueText();
  const navigate = useNavigate();
  const canSeeApprovals = useCan('approvals.inbox');
  const [version, setVersion] = useState(0);
  const [propose, setPropose] = useState<PolicyValueView | null>(null);
  const [history, setHistory] = useState<PolicyValueView | null>(null);
  const rows = useLoad(() => call(api().policy.list({})), [version]);
  const cols: Column<PolicyValueView>[] = [
    { key: 'label', title: t('pol.item'), width: 220, render: (r) => pick(r.label) },
    { key: 'value', title: t('pol.value'), render: (r) => <span data-testid={`policy-value-${r.key}`}>{valueText(r.key, r.value, r.unit)}</span> },
    { key: 'version', title: t('pol.version'), width: 80, render: (r) => t('pol.versionN', { n: r.version }) },
    { key: 'effectiveFrom', title: t('pol.effectiveFrom'), width: 110, render: (r) => r.effectiveFrom },
    {
      key: 'next',
      title: t('pol.next'),
      width: 230,
      render: (r) => (
        <Space direction="vertical" size={2}>
          {r.scheduled ? <Tag color="blue">{t('pol.scheduled', { n: r.scheduled.version, date: r.scheduled.effectiveFrom })}</Tag> : null}
          {r.pending.map((p) =>
            canSeeApprovals ? (
              <Button key={p.requestId} size="small" type="link" style={{ padding: 0 }} onClick={() => navigate({ page: 'approvals' })}>
                {t('pol.pending', { no: p.requestNo })}
              </Button>
            ) : (
              <Tag key={p.requestId} color="orange">
                {t('pol.pending', { no: p.requestNo })}
              </Tag>
            ),
          )}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 180,
      render: (r) => (
        <Space>
          {r.canPropose ? (
            <Button size="small" type="primary" onClick={() => setPropose(r)} data-testid={`policy-propose-${r.key}`}>
              {t('pol.propose')}
            </Button>
          ) : null}
          <Button size="small" onClick={() => setHistory(r)}>
            {t('pol.history')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('pol.title')}
        </Typography.Title>
        <PrintButton label={t('pol.print')} print={(target) => api().policy.printRegister({ target })} />
      </Space>
      <Typography.Paragraph type="secondary">{t('pol.intro')}</Typography.Paragraph>
      <DataTable ariaLabel={t('pol.title')} columns={cols} rowKey={(r) => r.key} rows={rows.data ?? []} loading={rows.loading} />
      {propose ? (
        <ProposeDialog
          item={propose}
          onClose={() => setPropose(null)}
          onDone={(row) => {
            setPropose(null);
            setVersion((n) => n + 1);
            void message.success(t('pol.proposed.ok', { no: row.requestNo ?? '' }));
          }}
        />
      ) : null}
      {history ? <History policyKey={history.key} title={pick(history.label)} onClose={() => setHistory(null)} /> : null}
    </>
  );
}
