// The report dialogs, each on its call's own contract schema: compile (template, period, the
// request it answers), a department's request, release in N copies, a copy's distribution and its
// strike-off (recalled or destroyed).
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail, ReportRequestRow, TemplateSummary } from '../../electron/reports/contract/calls';
import { api, call } from '../api';
import { DateField, NumberField, SelectField, TextField } from '../components/FormField';
import { FormModal, useContractForm } from '../kit/form';
import { notifyApprovalsChanged } from '../approvals';

const templateOptions = (ts: readonly TemplateSummary[]) => ts.map((x) => ({ value: x.id, label: `${x.name}（第 ${x.version} 版）` }));

/** the previous calendar month, as the default period */
function lastMonth(): { from: string; to: string } {
  const d = new Date();
  const first = new Date(d.getFullYear(), d.getMonth() - 1, 1);
  const last = new Date(d.getFullYear(), d.getMonth(), 0);
  const iso = (x: Date) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
  return { from: iso(first), to: iso(last) };
}

export function CompileDialog({
  templates,
  request,
  onClose,
  onDone,
}: {
  templates: readonly TemplateSummary[];
  request?: ReportRequestRow;
  onClose: () => void;
  onDone: (r: ReportDetail) => void;
}) {
  const { t } = useTranslation();
  const cf = useContractForm('reports.compile', {
    defaults: request
      ? { templateId: request.templateId, period: request.period, requestId: request.id }
      : { templateId: templates[0]?.id, period: lastMonth(), requestId: null },
    save: (v) => call(api().reports.compile(v)),
    onSaved: (r) => onDone(r),
  });
  const { control } = cf.form;
  return (
    <FormModal title={request ? `${t('rpt.compileFor')} ${request.no}` : t('rpt.compileTitle')} cf={cf} onClose={onClose}>
      <SelectField control={control} name="templateId" form="compile" label={t('rpt.template')} options={templateOptions(templates)} disabled={!!request} />
      <DateField control={control} name="period.from" form="compile" label={t('rpt.periodFrom')} />
      <DateField control={control} name="period.to" form="compile" label={t('rpt.periodTo')} />
      {request ? (
        <Typography.Paragraph type="secondary">
          {request.department} {request.requesterName}：{request.purpose}
        </Typography.Paragraph>
      ) : null}
    </FormModal>
  );
}

export function RequestDialog({ templates, onClose, onDone }: { templates: readonly TemplateSummary[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('reports.request', {
    defaults: { templateId: templates[0]?.id, period: lastMonth(), frequency: 'monthly', copies: 3, department: '', requesterName: '', purpose: '' },
    save: (v) => call(api().reports.request(v)),
    onSaved: (r) => {
      void message.success(t('rpt.requestSent', { no: r.no }));
      notifyApprovalsChanged();
      onDone();
    },
  });
  const { control } = cf.form;
  return (
    <FormModal title={t('rpt.requestTitle')} cf={cf} onClose={onClose}>
      <TextField control={control} name="department" form="request" label={t('rpt.department')} autoFocus />
      <TextField control={control} name="requesterName" form="request" label={t('rpt.requesterName')} />
      <SelectField control={control} name="templateId" form="request" label={t('rpt.template')} options={templateOptions(templates)} />
      <SelectField
        control={control}
        name="frequency"
        form="request"
        label={t('rpt.frequency')}
        options={(['monthly', 'quarterly', 'yearly', 'once'] as const).map((f) => ({ value: f, label: t(`rpt.frequency.${f}`) }))}
      />
      <DateField control={control} name="period.from" form="request" label={t('rpt.periodFrom')} />
      <DateField control={control} name="period.to" form="request" label={t('rpt.periodTo')} />
      <NumberField control={control} name="copies" form="request" label={t('rpt.copiesN')} />
      <TextField control={control} name="purpose" form="request" label={t('rpt.purpose')} />
      <Typography.Text type="secondary">{t('rpt.requestChain')}</Typography.Text>
    </FormModal>
  );
}

export function ReleaseDialog({ rep, copies, onClose, onDone }: { rep: ReportDetail; copies: number; onClose: () => void; onDone: (r: ReportDetail) => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('reports.release', {
    defaults: { reportId: rep.id, copies },
    save: (v) => call(api().reports.release(v)),
    onSaved: (r) => onDone(r),
  });
  return (
    <FormModal title={t('rpt.releaseTitle')} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {rep.no} {rep.templateName}
      </Typography.Paragraph>
      <NumberField control={cf.form.control} name="copies" form="release" label={t('rpt.copiesN')} />
    </FormModal>
  );
}

export function DistributeDialog({
  rep,
  copyNo,
  onClose,
  onDone,
}: {
  rep: ReportDetail;
  copyNo: number;
  onClose: () => void;
  onDone: (r: ReportDetail) => void;
}) {
  const { t } = useTranslation();
  const cf = useContractForm('reports.distribute', {
    defaults: { reportId: rep.id, copyNo, recipientName: '', recipientUnit: '' },
    save: (v) => call(api().reports.distribute(v)),
    onSaved: (r) => onDone(r),
  });
  return (
    <FormModal title={t('rpt.distributeTitle', { n: copyNo })} cf={cf} onClose={onClose}>
      <TextField control={cf.form.control} name="recipientUnit" form="distribute" label={t('rpt.recipientUnit')} autoFocus />
      <TextField control={cf.form.control} name="recipientName" form="distribute" label={t('rpt.recipient')} />
    </FormModal>
  );
}

export function StrikeDialog({ rep, copyNo, onClose, onDone }: { rep: ReportDetail; copyNo: number; onClose: () => void; onDone: (r: ReportDetail) => void }) {
  const { t } = useTranslation();
  const cf = useContractForm('reports.strikeCopy', {
    defaults: { reportId: rep.id, copyNo, kind: 'recalled', reason: '' },
    save: (v) => call(api().reports.strikeCopy(v)),
    onSaved: (r) => onDone(r),
  });
  return (
    <FormModal title={t('rpt.strikeTitle', { n: copyNo })} cf={cf} onClose={onClose}>
      <SelectField
        control={cf.form.control}
        name="kind"
        form="strike"
        label={t('rpt.strikeKind')}
        options={(['recalled', 'destroyed'] as const).map((k) => ({ value: k, label: t(`rpt.strikeKind.${k}`) }))}
      />
      <TextField control={cf.form.control} name="reason" form="strike" label={t('rpt.reason')} autoFocus />
    </FormModal>
  );
}
