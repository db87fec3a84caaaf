// Main layout: side menu by role (三员分立), header with the user, roles, lock and sign-out.
import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { RENDERER_DOMAINS } from '../domains';
import { canCall } from '../kit/can';
import { useSession } from '../session';
import { useIdleLock } from './activity';
import { IdleWarning } from './IdleWarning';
import { landingPage } from './landing';
import { NavigateContext, type Route } from './navigate';
import { presetScreenState, useRestorable } from './restore';

const PAGES = RENDERER_DOMAINS.flatMap((d) => d.pages);
const ALERTS = RENDERER_DOMAINS.flatMap((d) => (d.alert ? [d.alert] : []));

export function MainLayout() {
  const { t, i18n } = useTranslation();
  const { session, lock, signOut } = useSession();
  // English menu words run longer ("Appraisal & destruction"): a wider side menu there, and a
  // label that still does not fit wraps (app-sider in styles.css) — never cut off with "…"
  const siderWidth = i18n.language.startsWith('en') ? 232 : 200;
  const visible = useMemo(() => PAGES.filter((p) => canCall(session.roles, p.call)), [session.roles]);
  // the role's landing screen; after an unlock the screen the user was on (shell/restore.ts)
  const [page, setPage] = useRestorable<string>('page', () =>
    landingPage(
      session.roles,
      visible.map((p) => p.key),
    ),
  );

  // a click-through: the target's filters first, then the page (its screen mounts with them)
  const navigate = useCallback(
    (to: Route) => {
      presetScreenState(to.state ?? {});
      setPage(to.page);
    },
    [setPage],
  );

  const touch = useCallback(() => void api().auth.touch(), []);
  const idleLock = useCallback(() => void lock(), [lock]);
  const idle = useIdleLock(session.idleLockMinutes, touch, idleLock);

  return (
    <NavigateContext.Provider value={navigate}>
      <Layout style={{ minHeight: '100%' }}>
        <IdleWarning seconds={idle.warning} onKeepWorking={idle.keepWorking} />
        <Layout.Sider width={siderWidth} theme="dark" className="app-sider">
          <div className="app-brand">{t('app.title')}</div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[page]}
            onClick={(e) => setPage(e.key)}
            items={visible.map((p) => ({
              key: p.key,
              icon: p.icon,
              label: p.badge ? (
                <span className="menu-label">
                  {t(`layout.${p.key}`)} <p.badge />
                </span>
              ) : (
                t(`layout.${p.key}`)
              ),
            }))}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="app-header">
            <Space>
              <Typography.Text strong data-testid="current-user">
                {session.displayName}
              </Typography.Text>
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
            {page ===
            landingPage(
              session.roles,
              visible.map((p) => p.key),
            )
              ? ALERTS.map((A, i) => <A key={i} />)
              : null}
            {(visible.find((p) => p.key === page) ?? visible[0]!).render()}
          </Layout.Content>
        </Layout>
      </Layout>
    </NavigateContext.Provider>
  );
}
