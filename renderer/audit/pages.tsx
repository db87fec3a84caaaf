// Audit screens in the menu.
import { AuditOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { AuditScreen } from './AuditScreen';

export const auditPages: readonly PageEntry[] = [{ key: 'audit', icon: <AuditOutlined />, call: 'audit.list', render: () => <AuditScreen /> }];
