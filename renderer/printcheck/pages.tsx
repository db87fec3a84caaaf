// 核验打印件 in the menu: shown to everyone who may check a printed page (the call's access list).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { PrintCheckScreen } from './PrintCheckScreen';

export const printcheckPages: readonly PageEntry[] = [
  { key: 'printcheck', icon: <SafetyCertificateOutlined />, call: 'printcheck.verify', render: () => <PrintCheckScreen /> },
];
