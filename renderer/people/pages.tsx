// People screens in the menu (user administration; sign-in and setup are outside the layout).
import { TeamOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { UsersScreen } from './users/UsersScreen';

export const peoplePages: readonly PageEntry[] = [{ key: 'users', icon: <TeamOutlined />, call: 'users.list', render: () => <UsersScreen /> }];
