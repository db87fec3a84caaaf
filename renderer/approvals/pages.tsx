// The approval screens in the menu: 审批 (inbox + all requests) with the inbox count as its badge.
import { AuditOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { ApprovalsScreen } from './ApprovalsScreen';
import { InboxBadge } from './InboxBadge';

export const approvalsPages: readonly PageEntry[] = [
  { key: 'approvals', icon: <AuditOutlined />, call: 'approvals.inbox', render: () => <ApprovalsScreen />, badge: InboxBadge },
];
