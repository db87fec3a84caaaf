// Small pieces the loan screens share: times in the workstation's zone (the same helper as the
// printed register), the overdue tag, the register row's state.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime, workstationTimeZone } from '../../electron/contract/time';
import type { LoanRow } from '../../electron/loans/contract/calls';

export function useTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tz = workstationTimeZone();
  return (iso) => formatTime(iso, locale, tz, { seconds: false });
}

export function LoanState({ loan }: { loan: LoanRow }) {
  const { t } = useTranslation();
  if (loan.struck) return <Tag>{t('loan.state.returned')}</Tag>;
  if (loan.overdueDays > 0)
    return (
      <Tag color="red" className="loan-overdue">
        {t('loan.overdueDays', { n: loan.overdueDays })}
      </Tag>
    );
  return <Tag color="blue">{t('loan.state.open')}</Tag>;
}

/** The text of a struck-off row is struck through, on screen as on paper. */
export function Struck({ loan, children }: { loan: LoanRow; children: React.ReactNode }) {
  return loan.struck ? (
    <span className="loan-struck" style={{ textDecoration: 'line-through', color: '#8c8c8c' }}>
      {children}
    </span>
  ) : (
    <>{children}</>
  );
}
