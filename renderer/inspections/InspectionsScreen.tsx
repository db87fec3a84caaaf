// 检查与盘点 (R-INSP-1): the plans with their due state (start / continue an inspection), the
// records (open, print), and the walk: cabinet by cabinet, a focused input the USB scanner types
// each label into (+ Enter; typing the 档号 works too), every expected item present / missing /
// misplaced, the unexpected ones listed, a condition per item, then the inspector's and a
// supervisor's signatures at the machine (the one SignDialog) and the 档案检查记录 printed.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Segmented, Space, Tag, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail, InspectionItemRow, InspectionRow, PlanRow, ScanOutcome } from '../../electron/inspections/contract/calls';
import { api, call } from '../api';
import { DataTable, type Column } from '../components/DataTable';
import { PrintButton } from '../components/PrintButton';
import { SignDialog } from '../components/SignDialog';
import { ClassTag, useClassLabels } from '../archive/items/common';
import { useCan } from '../kit/can';
import { errorMessage, useLoad } from '../kit/useLoad';
import { FindingTag, PlanStateTag, ResultTag, useTime } from './common';
import { FindingDialog, MarkDialog, PlanDialog } from './dialogs';
import { PhotoLink } from './FindingPhoto';
import { countsChanged } from './changed';

export function InspectionsScreen() {
  const [openId, setOpenId] = useState<number | null>(null);
  return openId ? <Walk id={openId} onBack={() => setOpenId(null)} /> : <Lists onOpen={setOpenId} />;
}

function Lists({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const [version, setVersion] = useState(0);
  const [planDialog, setPlanDialog] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canPlan = useCan('inspections.createPlan');
  const canStart = useCan('inspections.start');
  const plans = useLoad(() => call(api().inspections.plans()), [version]);
  const records = useLoad(() => call(api().inspections.list({})), [version]);
  const start = async (p: PlanRow) => {
    setError(null);
    try {
      onOpen(p.openInspectionId ?? (await call(api().inspections.start({ planId: p.id }))).id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const planCols: Column<PlanRow>[] = [
    { key: 'scope', title: t('insp.scope'), render: (p) => p.scopeName },
    { key: 'interval', title: t('insp.interval'), render: (p) => t('insp.everyMonths', { n: p.intervalMonths }) },
    { key: 'last', title: t('insp.last'), render: (p) => (p.lastInspectedAt ? time(p.lastInspectedAt) : t('insp.never')) },
    { key: 'due', title: t('insp.dueAt'), render: (p) => time(p.dueAt) },
    { key: 'state', title: t('insp.state'), render: (p) => <PlanStateTag state={p.state} /> },
    {
      key: 'actions',
      title: t('insp.actions'),
      render: (p) =>
        canStart ? (
          <Button size="small" type={p.state === 'ok' ? 'default' : 'primary'} onClick={() => void start(p)}>
            {p.openInspectionId ? t('insp.continue') : t('insp.start')}
          </Button>
        ) : null,
    },
  ];
  const recCols: Column<InspectionRow>[] = [
    { key: 'no', title: t('insp.no'), render: (r) => r.no },
    { key: 'scope', title: t('insp.scope'), render: (r) => r.scopeName },
    { key: 'inspector', title: t('insp.inspector'), render: (r) => r.inspectorName },
    { key: 'startedAt', title: t('insp.startedAt'), render: (r) => time(r.startedAt) },
    { key: 'status', title: t('insp.status'), render: (r) => <Tag color={r.status === 'signed' ? 'green' : 'blue'}>{t(`insp.status.${r.status}`)}</Tag> },
    { key: 'result', title: t('insp.result'), render: (r) => t('insp.resultSummary', r.counts) },
    {
      key: 'actions',
      title: t('insp.actions'),
      render: (r) => (
        <Button size="small" onClick={() => onOpen(r.id)}>
          {t('insp.open')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('insp.title')}
        </Typography.Title>
        {canPlan ? (
          <Button icon={<PlusOutlined />} onClick={() => setPlanDialog(true)}>
            {t('insp.newPlan')}
          </Button>
        ) : null}
      </Space>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" /> : null}
      <Card size="small" title={t('insp.plans')} style={{ marginBottom: 12 }}>
        <DataTable ariaLabel={t('insp.plans')} columns={planCols} rowKey={(p) => p.id} rows={plans.data ?? []} loading={plans.loading} />
      </Card>
      <Card size="small" title={t('insp.records')}>
        <DataTable ariaLabel={t('insp.records')} columns={recCols} rowKey={(r) => r.id} rows={records.data ?? []} loading={records.loading} />
      </Card>
      {planDialog ? (
        <PlanDialog
          onClose={() => setPlanDialog(false)}
          onDone={() => {
            setPlanDialog(false);
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
    </>
  );
}

type Dialog =
  | { kind: 'mark'; row: InspectionItemRow; result: 'missing' | 'misplaced' }
  | { kind: 'finding'; row: InspectionItemRow }
  | { kind: 'sign'; as: 'inspector' | 'supervisor' };

function Walk({ id, onBack }: { id: number; onBack: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const labels = useClassLabels();
  const loaded = useLoad(() => call(api().inspections.get({ inspectionId: id })), [id]);
  const [ins, setIns] = useState<InspectionDetail | null>(null);
  const [cabinetId, setCabinetId] = useState<number | null>(null);
  const [code, setCode] = useState('');
  const [last, setLast] = useState<ScanOutcome | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const input = useRef<InputRef>(null);
  const canWalk = useCan('inspections.scan');
  useEffect(() => {
    if (loaded.data) {
      setIns(loaded.data);
      setCabinetId((c) => c ?? loaded.data!.cabinets[0]?.id ?? null);
    }
  }, [loaded.data]);
  if (!ins) return null;
  const open = ins.status === 'open' && canWalk;
  const scan = async () => {
    const c = code.trim();
    if (!c || !cabinetId) return;
    setScanError(null);
    try {
      const r = await call(api().inspections.scan({ inspectionId: ins.id, cabinetId, code: c }));
      setLast(r);
      setIns(r.inspection);
    } catch (e) {
      setLast(null);
      setScanError(`${c}：${errorMessage(e)}`);
    }
    setCode('');
    input.current?.focus();
  };
  const markPresent = async (row: InspectionItemRow) => {
    try {
      setIns(await call(api().inspections.mark({ inspectionId: ins.id, itemId: row.itemId, result: 'present' })));
    } catch (e) {
      setScanError(errorMessage(e));
    }
  };
  const done = (d: InspectionDetail) => {
    setIns(d);
    setDialog(null);
    countsChanged();
    input.current?.focus();
  };
  const here = ins.items.filter((i) => i.expected && i.expectedCabinetId === cabinetId);
  const unexpected = ins.items.filter((i) => !i.expected || i.result === 'misplaced');
  const cols = (withActions: boolean): Column<InspectionItemRow>[] => [
    { key: 'archiveNo', title: t('insp.archiveNo'), width: 170, render: (r) => r.archiveNo },
    { key: 'title', title: t('insp.itemTitle'), render: (r) => r.title },
    { key: 'class', title: '', width: 60, render: (r) => <ClassTag level={r.classification as 0 | 1 | 2 | 3} labels={labels} /> },
    { key: 'expected', title: t('insp.expected'), render: (r) => r.expectedLocation ?? '—' },
    { key: 'result', title: t('insp.result'), width: 110, render: (r) => <ResultTag result={r.result} /> },
    { key: 'found', title: t('insp.found'), width: 80, render: (r) => r.foundCabinetCode ?? '' },
    {
      key: 'finding',
      title: t('insp.finding'),
      width: 150,
      render: (r) =>
        r.result === 'missing' || r.result === 'pending' ? (
          '—'
        ) : (
          <>
            <FindingTag finding={r.finding} />
            <PhotoLink inspectionId={ins.id} row={r} />
          </>
        ),
    },
    { key: 'note', title: t('insp.note'), render: (r) => [r.findingNote, r.note].filter(Boolean).join('；') },
    ...(withActions && open
      ? [
          {
            key: 'actions',
            title: t('insp.actions'),
            width: 230,
            render: (r: InspectionItemRow) => (
              <Space size={4} wrap>
                {r.expected && r.result !== 'present' ? (
                  <Button size="small" onClick={() => void markPresent(r)}>
                    {t('insp.markPresent')}
                  </Button>
                ) : null}
                {r.expected && r.result !== 'missing' ? (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'mark', row: r, result: 'missing' })}>
                    {t('insp.markMissing')}
                  </Button>
                ) : null}
                {r.result !== 'pending' && r.result !== 'missing' ? (
                  <Button size="small" onClick={() => setDialog({ kind: 'finding', row: r })} data-testid={`finding-${r.archiveNo}`}>
                    {t('insp.setFinding')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  const inspectorSigned = ins.signatures.some((s) => s.as === 'inspector' && s.valid);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Button onClick={onBack}>{t('insp.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('insp.walkTitle', { no: ins.no, scope: ins.scopeName })}
          </Typography.Title>
          <Tag color={ins.status === 'signed' ? 'green' : 'blue'}>{t(`insp.status.${ins.status}`)}</Tag>
        </Space>
        <Space>
          {ins.status === 'open' && canWalk ? (
            <Button type="primary" disabled={ins.counts.pending > 0} onClick={() => setDialog({ kind: 'sign', as: 'inspector' })}>
              {t('insp.signInspector')}
            </Button>
          ) : null}
          {ins.status === 'inspected' && canWalk && inspectorSigned ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'sign', as: 'supervisor' })}>
              {t('insp.signSupervisor')}
            </Button>
          ) : null}
          <PrintButton label={t('insp.print')} print={(target) => api().inspections.print({ inspectionId: ins.id, target })} />
        </Space>
      </Space>
      <Typography.Paragraph data-testid="insp-summary">
        {t('insp.resultSummary', ins.counts)}
        {ins.signatures.map((s) => (
          <Tag key={s.as} color={s.valid ? 'green' : 'red'} style={{ marginLeft: 8 }}>
            {t('insp.sigLine', { as: t(`insp.sig.${s.as}`), name: s.signerName, at: time(s.at) })}
          </Tag>
        ))}
      </Typography.Paragraph>
      {ins.counts.missing > 0 ? <Alert type="warning" showIcon title={t('insp.missingNote')} style={{ marginBottom: 8 }} /> : null}
      <Card size="small" style={{ marginBottom: 8 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{t('insp.walkCabinet')}</Typography.Text>
            <Segmented
              value={cabinetId ?? undefined}
              onChange={(v) => {
                setCabinetId(v as number);
                input.current?.focus();
              }}
              options={ins.cabinets.map((c) => ({ value: c.id, label: t('insp.cabinetProgress', { code: c.code, checked: c.checked, expected: c.expected }) }))}
            />
          </Space>
          {open ? (
            <>
              <Input
                ref={input}
                autoFocus
                size="large"
                aria-label={t('insp.scan')}
                placeholder={t('insp.scan')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                onPressEnter={() => void scan()}
                data-testid="insp-scan"
              />
              <Typography.Text type="secondary">{t('insp.scanHint')}</Typography.Text>
            </>
          ) : null}
          {last ? (
            <Alert
              data-testid="insp-last-scan"
              type={last.result === 'present' ? 'success' : 'warning'}
              showIcon
              title={
                t(`insp.scanned.${last.result as 'present' | 'misplaced' | 'unexpected'}`, {
                  no: last.archiveNo,
                  title: last.title,
                  where: last.expectedLocation ?? '',
                }) + (last.repeated ? ` ${t('insp.scanned.repeated')}` : '')
              }
            />
          ) : null}
          {scanError ? <Alert data-testid="insp-scan-error" type="error" showIcon title={scanError} /> : null}
        </Space>
      </Card>
      <DataTable ariaLabel={t('insp.walkCabinet')} columns={cols(true)} rowKey={(r) => r.id} rows={here} />
      {unexpected.length ? (
        <Card size="small" title={t('insp.unexpectedList')} style={{ marginTop: 8 }}>
          <DataTable ariaLabel={t('insp.unexpectedList')} columns={cols(true)} rowKey={(r) => r.id} rows={unexpected} />
        </Card>
      ) : null}
      {dialog?.kind === 'mark' ? <MarkDialog ins={ins} row={dialog.row} result={dialog.result} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog?.kind === 'finding' ? <FindingDialog ins={ins} row={dialog.row} onClose={() => setDialog(null)} onDone={done} /> : null}
      <SignDialog
        open={dialog?.kind === 'sign'}
        hideMeaning
        onClose={() => setDialog(null)}
        sign={async (v) => {
          if (dialog?.kind !== 'sign') return;
          done(await call(api().inspections.sign({ inspectionId: ins.id, as: dialog.as, signerLogin: v.signerLogin, signerPassword: v.signerPassword })));
        }}
      >
        <Typography.Paragraph>{dialog?.kind === 'sign' ? t(`insp.signIntro.${dialog.as}`) : null}</Typography.Paragraph>
      </SignDialog>
    </>
  );
}
