// Access screens in the menu (R-USE-1..3): the grants (with the new access request and the
// reading desk) and the access register.
import { BookOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { GrantsScreen } from './GrantsScreen';
import { RegisterScreen } from './RegisterScreen';

export const accessPages: readonly PageEntry[] = [
  { key: 'accessGrants', icon: <SafetyCertificateOutlined />, call: 'access.grants', render: () => <GrantsScreen /> },
  { key: 'accessRegister', icon: <BookOutlined />, call: 'access.register', render: () => <RegisterScreen /> },
];
