import { useApolloClient } from '@apollo/client/react';
import { MenuOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { AREAS } from '../areas';
import { useAccess } from '../session/access';
import { endSession } from '../session/token-store';
import { useLanguage, useT } from './language';

const PhoneMenu = lazy(() => import('./PhoneMenu'));

/** The frame of every signed-in page: the menu of what the viewer may open, the header, the page. */
export function Shell({ displayName }: { displayName: string }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const access = useAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = AREAS.map((area) => ({
    key: area.key,
    icon: area.icon,
    label: t(area.title.zh, area.title.en),
    children: area.pages
      .filter((page) => page.menu && (!page.visible || page.visible(access)))
      .map((page) => ({
        key: `/${page.path}`,
        icon: page.menu?.icon,
        label: <Link to={`/${page.path}`}>{t(page.menu!.zh, page.menu!.en)}</Link>,
      })),
  })).filter((area) => area.children.length);
  const selected = items.flatMap((a) => a.children.map((c) => c.key)).filter((key) => location.pathname.startsWith(key));

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected.slice(-1)}
      defaultOpenKeys={items.map((i) => i.key)}
      onClick={() => setDrawerOpen(false)}
      data-testid="main-menu"
    />
  );

  async function signOut() {
    endSession('signed-out');
    await client.clearStore();
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        // On a phone the menu is a drawer opened from the header, so it never covers or squeezes the page.
        <Suspense>
          <PhoneMenu open={drawerOpen} onClose={() => setDrawerOpen(false)}>
            {menu}
          </PhoneMenu>
        </Suspense>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} collapsedWidth={64} theme="light">
          <div style={{ padding: '16px 12px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>{t('后勤管理', 'houqin')}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 16px', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}
        >
          {phone ? (
            <Button icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} aria-label={t('菜单', 'Menu')} data-testid="menu-button" />
          ) : (
            <span />
          )}
          <Space>
            <Button size="small" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')} data-testid="language-switch">
              {language === 'zh' ? 'English' : '中文'}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'password', label: t('修改密码', 'Change password'), onClick: () => navigate('/account/password') },
                  { key: 'sign-out', label: t('退出登录', 'Sign out'), onClick: () => void signOut() },
                ],
              }}
            >
              <Typography.Text strong data-testid="viewer-name" style={{ cursor: 'pointer' }}>
                {displayName}
              </Typography.Text>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: phone ? 8 : 16 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
