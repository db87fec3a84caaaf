// The 统计报表 screen in the menu (from the call's access list).
import { BarChartOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { ReportsScreen } from './ReportsScreen';

export const reportsPages: readonly PageEntry[] = [{ key: 'reports', icon: <BarChartOutlined />, call: 'reports.list', render: () => <ReportsScreen /> }];
