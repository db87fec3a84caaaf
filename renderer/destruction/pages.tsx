// The destruction screen in the menu (from the call's access list).
import { DeleteOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { DestructionScreen } from './DestructionScreen';

export const destructionPages: readonly PageEntry[] = [
  { key: 'destruction', icon: <DeleteOutlined />, call: 'destruction.appraisals', render: () => <DestructionScreen /> },
];
