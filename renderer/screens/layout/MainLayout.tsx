// Main layout: side menu by role (三员分立), header with the user, roles, lock and sign-out.
import { AppstoreOutlined, AuditOutlined, ContactsOutlined, ImportOutlined, LockOutlined, LogoutOutlined, SearchOutlined, SettingOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../electron/contract/roles';
import { api } from '../../api';
import { useSession } from '../../session';
import { ARCHIVE_ROLES } from '../../../electron/contract/archive';
import { AuditScreen } from '../audit/AuditScreen';
import { CustomersScreen } from '../customers/CustomersScreen';
import { ImportScreen } from '../import/ImportScreen';
import { IndexScreen } from '../index/IndexScreen';
import { LocationsScreen } from '../locations/LocationsScreen';
import { SearchScreen } from '../search/SearchScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { UsersScreen } from '../users/UsersScreen';
import { useIdleLock } from './activity';

type Page = 'customers' | 'archiveIndex' | 'locations' | 'search' | 'import' | 'users' | 'audit' | 'settings';
const PAGES: { key: Page; roles: readonly Role[] | 'all'; icon: ReactNode }[] = [
  // archive screens (H9): business roles only (三员分立)
  { key: 'customers', roles: ARCHIVE_ROLES, icon: <ContactsOutlined /> },
  { key: 'archiveIndex', roles: ARCHIVE_ROLES, icon: <UnorderedListOutlined /> },
  { key: 'locations', roles: ARCHIVE_ROLES, icon: <AppstoreOutlined /> },
  { key: 'search', roles: ARCHIVE_ROLES, icon: <SearchOutlined /> },
  { key: 'import', roles: ['operator', 'devSpecialist'], icon: <ImportOutlined /> },
  { key: 'users', roles: ['sysAdmin', 'auditor', 'securityOfficer'], icon: <TeamOutlined /> },
  { key: 'audit', roles: ['auditor', 'securityOfficer', 'gm'], icon: <AuditOutlined /> },
  { key: 'settings', roles: 'all', icon: <SettingOutlined /> },
];

const SCREENS: Record<Page, () => ReactNode> = {
  customers: () => <CustomersScreen />,
  archiveIndex: () => <IndexScreen />,
  locations: () => <LocationsScreen />,
  search: () => <SearchScreen />,
  import: () => <ImportScreen />,
  users: () => <UsersScreen />,
  audit: () => <AuditScreen />,
  settings: () => <SettingsScreen />,
};

export function MainLayout() {
  const { t } = useTranslation();
  const { session, lock, signOut } = useSession();
  const visible = useMemo(() => PAGES.filter((p) => p.roles === 'all' || p.roles.some((r) => session.roles.includes(r))), [session.roles]);
  const [page, setPage] = useState<Page>(visible[0]!.key);

  const touch = useCallback(() => void api().auth.touch(), []);
  const idleLock = useCallback(() => void lock(), [lock]);
  useIdleLock(session.idleLockMinutes, touch, idleLock);

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider width={200} theme="dark">
        <div className="app-brand">{t('app.title')}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[page]}
          onClick={(e) => setPage(e.key as Page)}
          items={visible.map((p) => ({ key: p.key, icon: p.icon, label: t(`layout.${p.key}`) }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Space>
            <Typography.Text strong data-testid="current-user">{session.displayName}</Typography.Text>
            <Typography.Text type="secondary">({session.login})</Typography.Text>
            {session.roles.map((r) => (
              <Tag key={r} color="volcano">
                {t(`roles.${r}`)}
              </Tag>
            ))}
          </Space>
          <Space>
            <Button icon={<LockOutlined />} onClick={() => void lock()}>
              {t('layout.lock')}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
              {t('layout.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          {SCREENS[page]()}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
