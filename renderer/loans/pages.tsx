// Loan screens in the menu: the register for the business roles (with the overdue badge), the
// loan period and calendar for the security officer (from the calls' access lists).
import { CalendarOutlined, ReadOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { CalendarScreen } from './CalendarScreen';
import { LoansScreen } from './LoansScreen';
import { OverdueBadge } from './OverdueAlert';

export const loanPages: readonly PageEntry[] = [
  { key: 'loans', icon: <ReadOutlined />, call: 'loans.list', render: () => <LoansScreen />, badge: OverdueBadge },
  { key: 'loanCalendar', icon: <CalendarOutlined />, call: 'loans.setCalendarYear', render: () => <CalendarScreen /> },
];
