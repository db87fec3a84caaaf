// How a policy value reads on screen: a number with its unit, a record field by field, the rules
// text by its number of rules; the time format of the policy screens.
import { useTranslation } from 'react-i18next';
import type { Pair } from '../../electron/contract/domain';
import { valueSummary } from '../../electron/policy/contract/diff';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const scalar = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function useValueText(): (key: string, v: unknown, unit: Pair | null) => string {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (key, v, unit) => {
    if (key === 'rules.text') return isObj(v) && Array.isArray(v.zhCN) ? t('pol.rulesLines', { n: v.zhCN.length }) : t('pol.rulesShipped');
    if (typeof v === 'number') return unit ? `${v} ${en ? unit.en : unit.zh}` : String(v);
    if (isObj(v) || Array.isArray(v)) return valueSummary(v, en ? 'en' : 'zh');
    return scalar(v);
  };
}

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const tz = workstationTimeZone();
  return (iso) => (iso ? formatTime(iso, i18n.language === 'en' ? 'en' : 'zh-CN', tz, { seconds: false }) : '—');
}

export function usePick(): (p: Pair) => string {
  const { i18n } = useTranslation();
  return (p) => (i18n.language === 'en' ? p.en : p.zh);
}

/** today as the local date policy dates use (YYYY-MM-DD) */
export const localToday = (): string => formatTime(new Date(), 'zh-CN', workstationTimeZone(), { dateOnly: true });
