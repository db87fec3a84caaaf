// Copies screens in the menu: the three registers for the business roles, the carriers policy for
// the security officer (from the calls' access lists).
import { CopyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { CarriersScreen } from './CarriersScreen';
import { CopiesScreen } from './CopiesScreen';

export const copiesPages: readonly PageEntry[] = [
  { key: 'copies', icon: <CopyOutlined />, call: 'copies.list', render: () => <CopiesScreen /> },
  { key: 'carriers', icon: <SafetyCertificateOutlined />, call: 'carryOuts.setCarriers', render: () => <CarriersScreen /> },
];
