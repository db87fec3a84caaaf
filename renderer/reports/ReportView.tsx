// One report (R-REP-1, R-REP-4, R-REP-5): its identity (template version, period, request), the
// figures table and charts (the same ECharts SVG as printed), .xlsx export; the two review
// signatures at the machine (information supervisor, CS manager); release in N numbered copies;
// per copy: print it (第 n 份 / 共 N 份 on every page), record who received it, strike it off when
// recalled or destroyed; the distribution register printed.
import { Alert, Button, Card, Descriptions, Space, Tag, Typography, App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyRow, ReportDetail, ReviewRole } from '../../electron/reports/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { SignDialog } from '../components/SignDialog';
import { SvgChart } from '../components/SvgChart';
import { useCan } from '../kit/can';
import { errorMessage, useLoad } from '../kit/useLoad';
import { useTime } from '../inspections/common';
import { DistributeDialog, ReleaseDialog, StrikeDialog } from './dialogs';
import { STATUS_COLOR } from './common';

type Dialog = { kind: 'review'; as: ReviewRole } | { kind: 'release' } | { kind: 'distribute'; copyNo: number } | { kind: 'strike'; copyNo: number };
interface FigureLine {
  key: string;
  figure: string;
  group: string;
  value: number;
  total?: boolean;
}

export function ReportView({ id, onBack }: { id: number; onBack: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const { message } = App.useApp();
  const loaded = useLoad(() => call(api().reports.get({ reportId: id })), [id]);
  const charts = useLoad(() => call(api().reports.chart({ reportId: id })), [id]);
  const requests = useLoad(() => call(api().reports.requests({})), [id]);
  const [rep, setRep] = useState<ReportDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canEdit = useCan('reports.release');
  const canReview = useCan('reports.review');
  useEffect(() => {
    if (loaded.data) setRep(loaded.data);
  }, [loaded.data]);
  if (!rep) return null;
  const done = (r: ReportDetail) => {
    setRep(r);
    setDialog(null);
  };
  const exportXlsx = async () => {
    setError(null);
    try {
      const r = await call(api().reports.exportXlsx({ reportId: rep.id }));
      void message.success(t('rpt.exported', { path: r.path }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const lines: FigureLine[] = rep.figures.flatMap((f) => [
    ...f.rows.map((r) => ({ key: `${f.key}.${r.group}`, figure: f.label, group: r.label, value: r.value })),
    ...(f.rows.length > 1 ? [{ key: `${f.key}.total`, figure: f.label, group: t('rpt.total'), value: f.total, total: true }] : []),
  ]);
  const figCols: Column<FigureLine>[] = [
    { key: 'figure', title: t('rpt.figure'), render: (l) => l.figure },
    { key: 'group', title: t('rpt.group'), render: (l) => (l.total ? <strong>{l.group}</strong> : l.group) },
    { key: 'value', title: t('rpt.value'), width: 100, render: (l) => (l.total ? <strong>{l.value}</strong> : l.value) },
  ];
  const total = rep.copiesTotal ?? 0;
  const copyCols: Column<CopyRow>[] = [
    { key: 'copy', title: t('rpt.copyNo'), width: 150, render: (c) => t('rpt.copyMark', { n: c.copyNo, total }) },
    { key: 'unit', title: t('rpt.recipientUnit'), width: 140, render: (c) => c.distribution?.recipientUnit ?? '' },
    { key: 'name', title: t('rpt.recipient'), width: 90, render: (c) => c.distribution?.recipientName ?? '' },
    {
      key: 'at',
      title: t('rpt.receivedAt'),
      width: 190,
      render: (c) => (c.distribution ? `${time(c.distribution.receivedAt)}（${c.distribution.byName}）` : ''),
    },
    {
      key: 'strike',
      title: t('rpt.strike'),
      render: (c) =>
        c.strike ? (
          <Tag color="red">
            {t('rpt.struck', { kind: t(`rpt.strikeKind.${c.strike.kind}`), reason: c.strike.reason, by: c.strike.byName, at: time(c.strike.at) })}
          </Tag>
        ) : null,
    },
    {
      key: 'actions',
      title: t('rpt.actions'),
      width: 300,
      render: (c) =>
        canEdit && !c.strike ? (
          <Space size={4} wrap>
            <PrintButton
              label={t('rpt.printCopy', { n: c.copyNo })}
              print={(target) => api().reports.printCopy({ reportId: rep.id, copyNo: c.copyNo, target })}
            />
            {!c.distribution ? (
              <Button size="small" onClick={() => setDialog({ kind: 'distribute', copyNo: c.copyNo })} data-testid={`distribute-${c.copyNo}`}>
                {t('rpt.distribute')}
              </Button>
            ) : null}
            <Button size="small" danger onClick={() => setDialog({ kind: 'strike', copyNo: c.copyNo })} data-testid={`strike-${c.copyNo}`}>
              {t('rpt.strikeCopy')}
            </Button>
          </Space>
        ) : null,
    },
  ];
  const signed = (as: ReviewRole) => rep.reviews.find((v) => v.as === as);
  const requestedCopies = requests.data?.find((r) => r.no === rep.requestNo)?.copies ?? 3;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Button onClick={onBack}>{t('rpt.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {rep.no} {rep.templateName}
          </Typography.Title>
          <Tag color={STATUS_COLOR[rep.status]} data-testid="rep-status">
            {t(`rpt.status.${rep.status}`)}
          </Tag>
        </Space>
        <Space>
          <Button onClick={() => void exportXlsx()}>{t('rpt.exportXlsx')}</Button>
          {rep.status === 'reviewed' && canEdit ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'release' })}>
              {t('rpt.release')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" /> : null}
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('rpt.template')}>
          {rep.templateName}（{t('rpt.versionN', { n: rep.templateVersion })}）
        </Descriptions.Item>
        <Descriptions.Item label={t('rpt.period')}>
          {rep.period.from} – {rep.period.to}
        </Descriptions.Item>
        <Descriptions.Item label={t('rpt.request')}>{rep.requestNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('rpt.compiledBy')}>
          {rep.compiledByName} {time(rep.compiledAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rpt.reviews')} span={2}>
          <Space wrap>
            {(['infoSupervisor', 'csManager'] as const).map((as) => {
              const v = signed(as);
              return v ? (
                <Tag key={as} color={v.verified ? 'green' : 'red'} data-testid={`review-${as}`}>
                  {t('rpt.reviewedBy', { role: t(`rpt.role.${as}`), name: v.signerName, at: time(v.at) })}
                </Tag>
              ) : rep.status === 'compiled' && canReview ? (
                <Button key={as} size="small" type="primary" onClick={() => setDialog({ kind: 'review', as })}>
                  {t(`rpt.review.${as}`)}
                </Button>
              ) : null;
            })}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {charts.data?.length ? (
        <Card size="small" title={t('rpt.charts')} style={{ marginBottom: 8 }}>
          <Space wrap>
            {charts.data.map((c) => (
              <figure key={c.key} style={{ margin: 0, textAlign: 'center' }}>
                <SvgChart svg={c.svg} alt={c.label} testId={`chart-${c.key}`} width={460} />
                <figcaption>{c.label}</figcaption>
              </figure>
            ))}
          </Space>
        </Card>
      ) : null}
      <Card size="small" title={t('rpt.figures')} style={{ marginBottom: 8 }}>
        <DataTable ariaLabel={t('rpt.figures')} columns={figCols} rowKey={(l) => l.key} rows={lines} />
      </Card>
      <Card
        size="small"
        title={t('rpt.copies')}
        extra={
          rep.status === 'released' ? (
            <PrintButton label={t('rpt.printDistribution')} print={(target) => api().reports.printDistribution({ reportId: rep.id, target })} />
          ) : null
        }
      >
        {rep.status === 'released' ? (
          <DataTable ariaLabel={t('rpt.copies')} columns={copyCols} rowKey={(c) => c.copyNo} rows={rep.copies} />
        ) : (
          <Typography.Text type="secondary">{t('rpt.notReleased')}</Typography.Text>
        )}
      </Card>
      {dialog?.kind === 'release' ? <ReleaseDialog rep={rep} copies={requestedCopies} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'distribute' ? <DistributeDialog rep={rep} copyNo={dialog.copyNo} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'strike' ? <StrikeDialog rep={rep} copyNo={dialog.copyNo} onClose={() => setDialog(null)} onDone={done} /> : null}
      <SignDialog
        open={dialog?.kind === 'review'}
        hideMeaning
        onClose={() => setDialog(null)}
        sign={async (v) => {
          if (dialog?.kind !== 'review') return;
          done(await call(api().reports.review({ reportId: rep.id, as: dialog.as, signerLogin: v.signerLogin, signerPassword: v.signerPassword })));
        }}
      >
        <Typography.Paragraph>{dialog?.kind === 'review' ? t('rpt.reviewIntro', { role: t(`rpt.role.${dialog.as}`) }) : null}</Typography.Paragraph>
      </SignDialog>
    </>
  );
}
