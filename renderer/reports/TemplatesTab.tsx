// 报表模板 (R-REP-3): each template's version in force and the changes waiting for the GM; its
// version history with what each version changed (the diff); proposing a change — figures over
// the vetted sources, grouped and filtered, never SQL — which goes to the GM as a request and has
// no effect until approved.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Modal, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FigureInput, TemplateDefinition, TemplateSummary, TemplateVersion } from '../../electron/reports/contract/calls';
import { CHART_KINDS, REPORT_SOURCES, SOURCE_CAPS } from '../../electron/reports/contract/calls';
import { templateDiff } from '../../electron/reports/contract/diff';
import { api, call } from '../api';
import { notifyApprovalsChanged, RequestDrawer } from '../approvals';
import { DataTable, type Column } from '../components/DataTable';
import { SelectField, TextField } from '../components/FormField';
import { useCan } from '../kit/can';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { useTime } from '../inspections/common';

export function TemplatesTab({ templates, onChanged }: { templates: readonly TemplateSummary[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<number | null>(null);
  const [propose, setPropose] = useState<{ templateId: number | null } | null>(null);
  const [change, setChange] = useState<{ requestId: number; templateId: number } | null>(null);
  const canPropose = useCan('reports.proposeTemplate');
  const cols: Column<TemplateSummary>[] = [
    { key: 'name', title: t('rpt.templateName'), render: (x) => x.name },
    { key: 'version', title: t('rpt.version'), render: (x) => t('rpt.versionN', { n: x.version }) },
    { key: 'figures', title: t('rpt.figuresN'), render: (x) => x.figures },
    {
      key: 'pending',
      title: t('rpt.pending'),
      render: (x) =>
        x.pending.map((p) => (
          <Button
            key={p.requestId}
            size="small"
            type="link"
            onClick={() => setChange({ requestId: p.requestId, templateId: x.id })}
            data-testid={`pending-${p.no}`}
          >
            {p.no}
          </Button>
        )),
    },
    {
      key: 'actions',
      title: t('rpt.actions'),
      render: (x) => (
        <Space size={4}>
          <Button size="small" onClick={() => setHistory(x.id)}>
            {t('rpt.history')}
          </Button>
          {canPropose ? (
            <Button size="small" onClick={() => setPropose({ templateId: x.id })}>
              {t('rpt.propose')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <>
      {canPropose ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 8 }} onClick={() => setPropose({ templateId: null })}>
          {t('rpt.proposeNew')}
        </Button>
      ) : null}
      <DataTable ariaLabel={t('rpt.tab.templates')} columns={cols} rowKey={(x) => x.id} rows={[...templates]} />
      {history !== null ? <HistoryModal templateId={history} onClose={() => setHistory(null)} /> : null}
      <RequestDrawer
        id={change?.requestId ?? null}
        onClose={() => {
          setChange(null);
          onChanged();
        }}
        extra={(r) => (change ? <ProposedDiff templateId={change.templateId} details={r.details} /> : null)}
      />
      {propose ? (
        <ProposeDialog
          templateId={propose.templateId}
          onClose={() => setPropose(null)}
          onDone={() => {
            setPropose(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}

function DiffLines({ before, after }: { before: TemplateVersion | null; after: TemplateVersion }) {
  const { t } = useTranslation();
  if (!before) return <Typography.Text type="secondary">{t('rpt.diff.none')}</Typography.Text>;
  const d = templateDiff(before, after);
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid={`diff-${after.version}`}>
      {d.name ? <li>{t('rpt.diff.name', d.name)}</li> : null}
      {d.figures.map((f) => (
        <li key={f.key}>
          <Tag color={f.change === 'added' ? 'green' : f.change === 'removed' ? 'red' : 'orange'}>{t(`rpt.diff.${f.change}`)}</Tag>
          {(f.after ?? f.before)!.label}
          {f.change === 'changed' ? `（${f.fields.map((k) => t(`rpt.f.${k as 'label'}`)).join('、')}）` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A pending change (the request's details) against the version in force: what the GM approves. */
function ProposedDiff({ templateId, details }: { templateId: number; details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const detail = useLoad(() => call(api().reports.template({ templateId })), [templateId]);
  const cur = detail.data?.versions[detail.data.versions.length - 1];
  if (!cur) return null;
  const proposed = {
    version: cur.version + 1,
    name: String(details.name ?? ''),
    definition: details.definition as TemplateDefinition,
    requestNo: null,
    createdAt: null,
  };
  return (
    <Card size="small" title={`${t('rpt.versionN', { n: cur.version })} → ${t('rpt.versionN', { n: cur.version + 1 })}`} style={{ marginBottom: 16 }}>
      <DiffLines before={cur} after={proposed} />
    </Card>
  );
}

function HistoryModal({ templateId, onClose }: { templateId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const time = useTime();
  const detail = useLoad(() => call(api().reports.template({ templateId })), [templateId]);
  const d = detail.data;
  return (
    <Modal open title={d ? t('rpt.historyTitle', { name: d.name }) : ''} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {d ? (
        <Timeline
          items={[...d.versions].reverse().map((v) => {
            const prev = d.versions.find((x) => x.version === v.version - 1) ?? null;
            return {
              children: (
                <div>
                  <Typography.Text strong>{t('rpt.versionN', { n: v.version })}</Typography.Text>
                  {`　${v.name}　`}
                  <Typography.Text type="secondary">
                    {v.requestNo ? `${t('rpt.approvedBy', { no: v.requestNo })} ${time(v.createdAt)}` : t('rpt.shipped')}
                  </Typography.Text>
                  <div>
                    <DiffLines before={prev} after={v} />
                  </div>
                </div>
              ),
            };
          })}
        />
      ) : null}
    </Modal>
  );
}

function ProposeDialog({ templateId, onClose, onDone }: { templateId: number | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('reports.proposeTemplate', {
    load: async () => {
      if (templateId === null)
        return {
          templateId: null,
          name: '',
          reason: '',
          definition: { figures: [{ key: 'f1', label: '', source: 'customers', groupBy: 'none', chart: 'none' }] },
        };
      const d = await call(api().reports.template({ templateId }));
      const cur = d.versions[d.versions.length - 1]!;
      return { templateId, name: cur.name, reason: '', definition: cur.definition };
    },
    save: (v) => call(api().reports.proposeTemplate(v)),
    onSaved: (r) => {
      void message.success(t('rpt.proposeSent', { no: r.no }));
      notifyApprovalsChanged();
      onDone();
    },
  });
  const { control, watch } = cf.form;
  const figures = useFieldArray({ control, name: 'definition.figures' as never });
  const values = watch('definition.figures') as FigureInput[] | undefined;
  const nextKey = () => {
    const used = new Set((values ?? []).map((f) => f.key));
    let n = (values?.length ?? 0) + 1;
    while (used.has(`f${n}`)) n++;
    return `f${n}`;
  };
  return (
    <FormModal title={t('rpt.proposeTitle')} cf={cf} onClose={onClose} width={980}>
      <Typography.Paragraph type="secondary">{t('rpt.proposeHint')}</Typography.Paragraph>
      <Row gutter={8}>
        <Col span={10}>
          <TextField control={control} name="name" form="propose" label={t('rpt.templateName')} />
        </Col>
        <Col span={14}>
          <TextField control={control} name="reason" form="propose" label={t('rpt.proposeReason')} />
        </Col>
      </Row>
      {figures.fields.map((field, i) => {
        const source = values?.[i]?.source ?? 'customers';
        const caps = SOURCE_CAPS[source];
        const p = `definition.figures.${i}` as const;
        return (
          <Card key={field.id} size="small" style={{ marginBottom: 6 }} data-testid={`figure-${i}`}>
            <Row gutter={8} align="bottom">
              <Col span={6}>
                <TextField control={control} name={`${p}.label` as never} form="propose" label={t('rpt.f.label')} />
              </Col>
              <Col span={4}>
                <SelectField
                  control={control}
                  name={`${p}.source` as never}
                  form="propose"
                  label={t('rpt.f.source')}
                  options={REPORT_SOURCES.map((s) => ({ value: s, label: t(`rpt.source.${s}`) }))}
                />
              </Col>
              <Col span={4}>
                <SelectField
                  control={control}
                  name={`${p}.groupBy` as never}
                  form="propose"
                  label={t('rpt.f.groupBy')}
                  options={caps.groupBy.map((g) => ({ value: g, label: t(`rpt.groupBy.${g}`) }))}
                />
              </Col>
              <Col span={3}>
                <SelectField
                  control={control}
                  name={`${p}.chart` as never}
                  form="propose"
                  label={t('rpt.f.chart')}
                  options={CHART_KINDS.map((c) => ({ value: c, label: t(`rpt.chart.${c}`) }))}
                />
              </Col>
              <Col span={3}>
                {caps.category ? (
                  <SelectField
                    control={control}
                    name={`${p}.categories` as never}
                    form="propose"
                    multiple
                    allowClear
                    label={t('rpt.f.categories')}
                    options={(['general', 'special'] as const).map((c) => ({ value: c, label: t(`rpt.cat.${c}`) }))}
                  />
                ) : null}
              </Col>
              <Col span={2}>
                <Button danger size="small" style={{ marginBottom: 24 }} onClick={() => figures.remove(i)}>
                  {t('rpt.remove')}
                </Button>
              </Col>
            </Row>
          </Card>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        onClick={() => figures.append({ key: nextKey(), label: '', source: 'customers', groupBy: 'none', chart: 'none' } as never)}
      >
        {t('rpt.addFigure')}
      </Button>
    </FormModal>
  );
}
