// 工作台 (R-ARCH-2): the first screen after sign-in for the business roles — what waits for me,
// the archive room's open matters and, for the customer-service department, the aggregate view of
// all customer information with its charts (ECharts SVG made in main, the same SVG the printout
// carries). Every number clicks through to the filtered list behind it (routes.ts).
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Drawer, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillInput, DrillRow } from '../../electron/dashboard/contract/calls';
import type { CustomerCategory } from '../../electron/archive/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { SvgChart } from '../components/SvgChart';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useClassLabels } from '../archive/items/common';
import { useTime } from '../inspections/common';
import { useNavigate, type Route } from '../shell/navigate';
import { customersOf, FIGURE_ROUTES, itemsOfClassification } from './routes';

/** one number that opens its list */
function Figure({ label, n, testId, onOpen, tone }: { label: string; n: number; testId: string; onOpen: () => void; tone?: 'warn' | 'quiet' }) {
  return (
    <Card
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      aria-label={`${label} ${n}`}
      data-testid={testId}
      onClick={onOpen}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' ? onOpen() : undefined)}
      className="dash-figure"
    >
      <Statistic title={label} value={n} styles={{ content: { color: tone === 'warn' && n > 0 ? '#cf1322' : undefined, fontSize: 26 } }} />
    </Card>
  );
}

/** a small clickable count inside a chart card */
function Count({ n, onOpen, testId, children }: { n: number; onOpen: () => void; testId: string; children?: ReactNode }) {
  return (
    <Button type="link" size="small" style={{ padding: '0 4px' }} onClick={onOpen} data-testid={testId}>
      {children}
      <b style={{ marginLeft: children ? 4 : 0 }}>{n}</b>
    </Button>
  );
}

/** the main-made chart inline (components/SvgChart: the page's CJK font, the safe-SVG check), scaled to its card */
function Chart({ svg, alt }: { svg: string; alt: string }) {
  return (
    <div className="dash-chart">
      <SvgChart svg={svg} alt={alt} />
    </div>
  );
}

export function DashboardScreen() {
  const { t } = useTranslation();
  const classLabels = useClassLabels(); // the default labels in English in the English UI (the charts come from main in Chinese)
  const time = useTime();
  const navigate = useNavigate();
  const isCs = useCan('dashboard.aggregate');
  const canPrint = useCan('dashboard.print');
  const [drill, setDrill] = useState<{ input: DrillInput; title: string } | null>(null);
  const summary = useLoad(() => call(api().dashboard.summary()), []);
  const agg = useLoad(() => (isCs ? call(api().dashboard.aggregate({ chart: { width: 560, height: 250 } })) : Promise.resolve(null)), [isCs]);
  const go = (r: Route | 'drill', input?: DrillInput, title?: string) => (r === 'drill' ? setDrill({ input: input!, title: title! }) : navigate(r));
  const reload = () => {
    void summary.reload();
    void agg.reload();
  };
  const s = summary.data;
  const a = agg.data;
  const w = (k: string, v: Record<string, unknown> = {}) => t(k, v);
  const sub = (v: string) => t(`arch.subType.${v}`);

  return (
    <div data-testid="dashboard">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dash.title')}
          </Typography.Title>
          {s ? <Typography.Text type="secondary">{t('dash.asOf', { at: time(s.asOf) })}</Typography.Text> : null}
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('dash.refresh')}
          </Button>
          {canPrint ? <PrintButton label={t('dash.print')} print={(target) => api().dashboard.print({ target })} /> : null}
        </Space>
      </Space>
      {s ? (
        <Row gutter={12}>
          <Col span={10}>
            <Card size="small" title={t('dash.waiting')} style={{ marginBottom: 12, height: 'calc(100% - 12px)' }} data-testid="dash-waiting">
              {s.waiting.length ? (
                <Row gutter={[8, 8]}>
                  {s.waiting.map((x) => (
                    <Col span={12} key={x.key}>
                      <Figure label={w(`dash.w.${x.key}`)} n={x.n} testId={`dash-w-${x.key}`} tone="warn" onOpen={() => go(FIGURE_ROUTES[x.key])} />
                    </Col>
                  ))}
                </Row>
              ) : (
                <Empty description={t('dash.waitingNone')} />
              )}
            </Card>
          </Col>
          <Col span={14}>
            <Card size="small" title={t('dash.overview')} style={{ marginBottom: 12, height: 'calc(100% - 12px)' }} data-testid="dash-overview">
              <Row gutter={[8, 8]}>
                {s.overview.map((x) => (
                  <Col span={6} key={x.key}>
                    <Figure
                      label={w(`dash.o.${x.key}`)}
                      n={x.n}
                      testId={`dash-o-${x.key}`}
                      tone={x.key === 'retentionExpiring' || x.key === 'inRepair' ? 'quiet' : 'warn'}
                      onOpen={() => go(FIGURE_ROUTES[x.key], { kind: 'retention' }, t('dash.drill.retention'))}
                    />
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
        </Row>
      ) : null}
      {a ? (
        <>
          <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
            {t('dash.aggregate')}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t('dash.clickHint')}
            </Typography.Text>
          </Typography.Title>
          <Row gutter={12}>
            <Col span={12}>
              <Card size="small" title={t('dash.customers')} style={{ marginBottom: 12 }} data-testid="dash-customers">
                <Chart svg={a.charts.customers} alt={t('dash.customers')} />
                {(['general', 'special'] as CustomerCategory[]).map((cat) => (
                  <div key={cat}>
                    <Count
                      n={a.customers.filter((c) => c.category === cat).reduce((x, c) => x + c.n, 0)}
                      testId={`dash-cat-${cat}`}
                      onOpen={() => navigate(customersOf(cat))}
                    >
                      {t(`arch.category.${cat}`)}
                    </Count>
                    ：
                    {a.customers
                      .filter((c) => c.category === cat)
                      .map((c) => (
                        <Count
                          key={c.subType}
                          n={c.n}
                          testId={`dash-sub-${c.subType}`}
                          onOpen={() => go('drill', { kind: 'subType', subType: c.subType as never }, t('dash.drill.subType', { v: sub(c.subType) }))}
                        >
                          {sub(c.subType)}
                        </Count>
                      ))}
                  </div>
                ))}
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" title={t('dash.items')} style={{ marginBottom: 12 }} data-testid="dash-items">
                <Chart svg={a.charts.items} alt={t('dash.items')} />
                <div>
                  {t('dash.byClassification')}：
                  {a.byClassification.map((c) => (
                    <Count
                      key={c.classification}
                      n={c.n}
                      testId={`dash-class-${c.classification}`}
                      onOpen={() => navigate(itemsOfClassification(c.classification))}
                    >
                      {classLabels[c.classification] ?? c.label}
                    </Count>
                  ))}
                </div>
                <div>
                  {t('dash.byCarrier')}：
                  {a.byCarrier.map((c) => (
                    <Count
                      key={c.carrier}
                      n={c.n}
                      testId={`dash-carrier-${c.carrier}`}
                      onOpen={() =>
                        go('drill', { kind: 'carrier', carrier: c.carrier as never }, t('dash.drill.carrier', { v: t(`arch.carrier.${c.carrier}`) }))
                      }
                    >
                      {t(`arch.carrier.${c.carrier}`)}
                    </Count>
                  ))}
                </div>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dash.months')} data-testid="dash-months">
            <Row gutter={12}>
              <Col span={10}>
                <Chart svg={a.charts.months} alt={t('dash.months')} />
              </Col>
              <Col span={14}>
                <MonthTable months={a.months} onOpen={(kind, month) => go('drill', { kind, month }, t(`dash.drill.${kind}`, { v: month }))} />
              </Col>
            </Row>
          </Card>
        </>
      ) : null}
      {drill ? <DrillDrawer input={drill.input} title={drill.title} onClose={() => setDrill(null)} /> : null}
    </div>
  );
}

type MonthKind = 'intake' | 'loans' | 'consultations';
function MonthTable({
  months,
  onOpen,
}: {
  months: { month: string; intake: number; loans: number; consultations: number }[];
  onOpen: (k: MonthKind, m: string) => void;
}) {
  const { t } = useTranslation();
  const kinds: MonthKind[] = ['intake', 'loans', 'consultations'];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="month"
      aria-label={t('dash.months')}
      dataSource={[...months].reverse()}
      scroll={{ y: 230 }}
      columns={[
        { key: 'm', title: t('dash.month'), dataIndex: 'month', width: 90 },
        ...kinds.map((k) => ({
          key: k,
          title: t(`dash.${k}`),
          align: 'right' as const,
          render: (_: unknown, m: (typeof months)[number]) => <Count n={m[k]} testId={`dash-m-${k}-${m.month}`} onOpen={() => onOpen(k, m.month)} />,
        })),
      ]}
    />
  );
}

function DrillDrawer({ input, title, onClose }: { input: DrillInput; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const rows = useLoad(() => call(api().dashboard.drill({ drill: input })), [JSON.stringify(input)]);
  const cols: Column<DrillRow>[] = [
    { key: 'no', title: t('dash.col.no'), width: 170, render: (r) => <span className="nowrap">{r.no}</span> },
    { key: 'title', title: t('dash.col.title'), render: (r) => r.title },
    { key: 'at', title: t('dash.col.at'), width: 140, render: (r) => (r.at && r.at.length > 10 ? time(r.at) : (r.at ?? '—')) },
    ...(input.kind === 'loans' || input.kind === 'consultations'
      ? [{ key: 'who', title: t('dash.col.who'), width: 100, render: (r: DrillRow) => r.who ?? '—' }]
      : []),
  ];
  return (
    <Drawer open width={760} title={t('dash.drill.title', { what: title, n: rows.data?.length ?? '…' })} onClose={onClose} data-testid="dash-drill">
      <DataTable ariaLabel={title} columns={cols} rowKey={(r) => r.id} rows={rows.data ?? []} loading={rows.loading} />
    </Drawer>
  );
}
