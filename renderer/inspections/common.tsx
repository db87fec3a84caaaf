// Small pieces the inspection and repair screens share: times in the workstation's zone, state tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import type { Finding, PlanState, ScanResult } from '../../electron/inspections/contract/calls';

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tz = workstationTimeZone();
  return (iso) => formatTime(iso, locale, tz, { seconds: false });
}

const PLAN_COLOR: Record<PlanState, string> = { ok: 'green', due: 'orange', overdue: 'red' };
export function PlanStateTag({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return <Tag color={PLAN_COLOR[state]}>{t(`insp.state.${state}`)}</Tag>;
}

const RESULT_COLOR: Record<ScanResult, string> = { pending: 'default', present: 'green', missing: 'red', misplaced: 'orange', unexpected: 'purple' };
export function ResultTag({ result }: { result: ScanResult }) {
  const { t } = useTranslation();
  return (
    <Tag color={RESULT_COLOR[result]} data-testid={`result-${result}`}>
      {t(`insp.result.${result}`)}
    </Tag>
  );
}

export function FindingTag({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return finding === 'none' ? <span>{t('insp.findingKind.none')}</span> : <Tag color="volcano">{t(`insp.findingKind.${finding}`)}</Tag>;
}
