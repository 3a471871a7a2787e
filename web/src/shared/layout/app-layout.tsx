import { Alert, Grid, Layout, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useSignedInAccount } from '../../features/auth/signed-in-account';
import { useI18n } from '../i18n/i18n-provider';
import { AppHeader } from './app-header';
import { AppMessageProvider } from './app-message';
import { AreaGuard } from './area-guard';
import { PageLoading } from './page-loading';
import { SideNav } from './side-nav';

// Phones only; antd's Drawer (with the skeleton it brings) stays out of the desktop's first load.
const NavDrawer = lazy(() => import('./nav-drawer').then((m) => ({ default: m.NavDrawer })));

/**
 * The signed-in shell: side navigation, header, demo banner, and the page.
 * Wide screens get a collapsible Sider (folded to icons below `lg`); phones (below `md`) get a
 * drawer opened from the header instead, so the page keeps the whole width.
 * While the password must be changed there is no navigation at all: the guard holds the user
 * on the password page, and a menu full of places they cannot go would only confuse.
 */
export function AppLayout() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const account = useSignedInAccount();
  // Before the first measurement `md` is undefined: assume a wide screen rather than flash a drawer button.
  const isPhone = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const hasNav = account.passwordChangeReason === null;

  return (
    <AppMessageProvider>
      <Layout data-testid="app-layout" style={{ minHeight: '100vh' }}>
        {hasNav && !isPhone && (
          <Layout.Sider
            theme="light"
            width={220}
            breakpoint="lg"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto', borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
          >
            <SideNav />
          </Layout.Sider>
        )}
        <Layout>
          <AppHeader isPhone={isPhone} onOpenNav={hasNav ? () => setDrawerOpen(true) : undefined} showBell={hasNav} />
          {account.isDemo && <Alert banner type="warning" title={t('layout.demoBanner')} data-testid="demo-banner" />}
          <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
            <Suspense fallback={<PageLoading />}>
              <AreaGuard>
                <Outlet />
              </AreaGuard>
            </Suspense>
          </Layout.Content>
        </Layout>
        {hasNav && isPhone && (
          <Suspense fallback={null}>
            <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        )}
      </Layout>
    </AppMessageProvider>
  );
}
