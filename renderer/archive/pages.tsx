// Archive screens in the menu (business roles only, 三员分立 — from the calls' access lists).
import { AppstoreOutlined, ContactsOutlined, ImportOutlined, SearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { CustomersScreen } from './customers/CustomersScreen';
import { ImportScreen } from './import/ImportScreen';
import { IndexScreen } from './index/IndexScreen';
import { LocationsScreen } from './locations/LocationsScreen';
import { SearchScreen } from './search/SearchScreen';

export const archivePages: readonly PageEntry[] = [
  { key: 'customers', icon: <ContactsOutlined />, call: 'archive.search', render: () => <CustomersScreen /> },
  { key: 'archiveIndex', icon: <UnorderedListOutlined />, call: 'archive.index', render: () => <IndexScreen /> },
  { key: 'locations', icon: <AppstoreOutlined />, call: 'locations.tree', render: () => <LocationsScreen /> },
  { key: 'search', icon: <SearchOutlined />, call: 'archive.search', render: () => <SearchScreen /> },
  { key: 'import', icon: <ImportOutlined />, call: 'import.preview', render: () => <ImportScreen /> },
];
