// Backup and restore in the menu: the system administrator (the call's access list).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { BackupScreen } from './BackupScreen';

export const backupPages: readonly PageEntry[] = [
  { key: 'backup', icon: <SafetyCertificateOutlined />, call: 'backup.create', render: () => <BackupScreen /> },
];
