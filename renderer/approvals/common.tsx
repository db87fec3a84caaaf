// Small pieces the approval screens share: the time format, status tags, labels in the UI
// language, and the "approvals changed" signal that refreshes the navigation badge at once.
import { Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../electron/approvals/contract/calls';
import type { Pair } from '../../electron/contract/domain';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tz = workstationTimeZone();
  return (iso) => (iso ? formatTime(iso, locale, tz, { seconds: false }) : '—');
}

/** zh or en of a label pair, by the UI language */
export function usePick(): (p: Pair) => string {
  const { i18n } = useTranslation();
  return (p) => (i18n.language === 'en' ? p.en : p.zh);
}

const STATUS_COLOURS: Record<RequestStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  expired: 'warning',
};
export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="request-status">
      {t(`appr.st.${status}`)}
    </Tag>
  );
}

const EVENT = 'archive-room:approvals-changed';
/** Tell the approval badge and lists that a request changed (consumers call it after recording one). */
export function notifyApprovalsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}
/** Runs `fn` whenever a request changed somewhere in the app. */
export function useApprovalsChanged(fn: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, fn);
    return () => window.removeEventListener(EVENT, fn);
  }, [fn]);
}
