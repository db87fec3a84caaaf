// The inspection dialogs, each on its call's own contract schema: a new plan (room or cabinet,
// interval), marking an expected item (present / missing / misplaced with where), and an item's
// condition finding (faded, damaged, mould, pests, damp, other + note and an optional photo).
import { App, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail, InspectionItemRow } from '../../electron/inspections/contract/calls';
import { FINDINGS } from '../../electron/inspections/contract/calls';
import { api, call } from '../api';
import { NumberField, SelectField, TextField } from '../components/FormField';
import { FormModal, useContractForm } from '../kit/form';
import { useLoad } from '../kit/useLoad';
import { PhotoField } from './FindingPhoto';

export function PlanDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const rooms = useLoad(() => call(api().locations.tree()), []).data ?? [];
  const cf = useContractForm('inspections.createPlan', {
    defaults: { scope: 'room' } as never,
    save: (v) => call(api().inspections.createPlan(v)),
    onSaved: () => onDone(),
  });
  const { control } = cf.form;
  const scope = useWatch({ control, name: 'scope' });
  return (
    <FormModal title={t('insp.newPlan')} cf={cf} onClose={onClose}>
      <SelectField
        control={control}
        name="scope"
        form="plan"
        label={t('insp.scope')}
        options={[
          { value: 'room', label: t('insp.scope.room') },
          { value: 'cabinet', label: t('insp.scope.cabinet') },
        ]}
      />
      {scope === 'cabinet' ? (
        <SelectField
          control={control}
          name={'cabinetId' as never}
          form="plan"
          label={t('insp.cabinet')}
          options={rooms.flatMap((r) => r.cabinets.map((c) => ({ value: c.id, label: `${r.name} ${c.code}${c.name ? `（${c.name}）` : ''}` })))}
        />
      ) : (
        <SelectField
          control={control}
          name={'roomId' as never}
          form="plan"
          label={t('insp.room')}
          options={rooms.map((r) => ({ value: r.id, label: r.name }))}
        />
      )}
      <NumberField control={control} name="intervalMonths" form="plan" min={1} max={24} label={t('insp.interval')} />
      <Typography.Text type="secondary">{t('insp.intervalHint')}</Typography.Text>
    </FormModal>
  );
}

export function MarkDialog({
  ins,
  row,
  result,
  onClose,
  onDone,
}: {
  ins: InspectionDetail;
  row: InspectionItemRow;
  result: 'missing' | 'misplaced';
  onClose: () => void;
  onDone: (d: InspectionDetail) => void;
}) {
  const { t } = useTranslation();
  const cf = useContractForm('inspections.mark', {
    defaults: { inspectionId: ins.id, itemId: row.itemId, result, note: '' },
    save: (v) => call(api().inspections.mark(v)),
    onSaved: (d) => onDone(d),
  });
  return (
    <FormModal title={t('insp.markTitle', { no: row.archiveNo })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>
        {row.title} · {row.expectedLocation}
      </Typography.Paragraph>
      <SelectField
        control={cf.form.control}
        name="result"
        form="mark"
        label={t('insp.markResult')}
        options={(['present', 'missing', 'misplaced'] as const).map((r) => ({ value: r, label: t(`insp.result.${r}`) }))}
      />
      <TextField control={cf.form.control} name="note" form="mark" label={t('insp.note')} autoFocus />
    </FormModal>
  );
}

export function FindingDialog({
  ins,
  row,
  onClose,
  onDone,
}: {
  ins: InspectionDetail;
  row: InspectionItemRow;
  onClose: () => void;
  onDone: (d: InspectionDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cf = useContractForm('inspections.finding', {
    defaults: { inspectionId: ins.id, itemId: row.itemId, finding: row.finding === 'none' ? 'faded' : row.finding, note: row.findingNote ?? '' },
    save: (v) => call(api().inspections.finding(v)),
    onSaved: (d) => {
      void message.success(t('common.saved'));
      onDone(d);
    },
  });
  return (
    <FormModal title={t('insp.findingTitle', { no: row.archiveNo })} cf={cf} onClose={onClose}>
      <Typography.Paragraph>{row.title}</Typography.Paragraph>
      <SelectField
        control={cf.form.control}
        name="finding"
        form="finding"
        label={t('insp.finding')}
        options={FINDINGS.map((f) => ({ value: f, label: t(`insp.findingKind.${f}`) }))}
      />
      <TextField control={cf.form.control} name="note" form="finding" label={t('insp.note')} />
      <PhotoField control={cf.form.control} existing={row.photo} />
    </FormModal>
  );
}
