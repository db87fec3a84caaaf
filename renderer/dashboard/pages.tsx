// The dashboard in the menu (first, for every business role: the call's access list); the shell
// lands on it after sign-in (shell/landing.ts).
import { DashboardOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { DashboardScreen } from './DashboardScreen';

export const dashboardPages: readonly PageEntry[] = [
  { key: 'dashboard', icon: <DashboardOutlined />, call: 'dashboard.summary', render: () => <DashboardScreen /> },
];
