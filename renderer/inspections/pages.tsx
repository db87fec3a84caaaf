// Inspection and repair screens in the menu (from the calls' access lists), with their badges:
// inspections due or overdue, repairs still to do.
import { AuditOutlined, ToolOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { InspectionsDueBadge, RepairsBadge } from './DueAlert';
import { InspectionsScreen } from './InspectionsScreen';
import { RepairsScreen } from './RepairsScreen';

export const inspectionPages: readonly PageEntry[] = [
  { key: 'inspections', icon: <AuditOutlined />, call: 'inspections.plans', render: () => <InspectionsScreen />, badge: InspectionsDueBadge },
  { key: 'repairs', icon: <ToolOutlined />, call: 'repairs.list', render: () => <RepairsScreen />, badge: RepairsBadge },
];
