// The policy page in the menu (shown to everyone signed in: policy.list is 'member').
import { ControlOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { PolicyScreen } from './PolicyScreen';

export const policyPages: readonly PageEntry[] = [{ key: 'policy', icon: <ControlOutlined />, call: 'policy.list', render: () => <PolicyScreen /> }];
