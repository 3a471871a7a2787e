import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitch } from '../i18n/language-switch';
import { AccountMenu } from './account-menu';

// The bell (its badge and panel) loads after the first screen: it is never what the user came for.
const NotificationsBell = lazy(() => import('../../features/notifications/notifications-bell').then((m) => ({ default: m.NotificationsBell })));

/**
 * Product name on the left; language, notifications and account on the right. On a phone, a menu
 * button too, unless there is no navigation to open (`onOpenNav` undefined: the password must be
 * changed first, and then there is no bell either).
 */
export function AppHeader({ isPhone, onOpenNav, showBell }: { isPhone: boolean; onOpenNav: (() => void) | undefined; showBell: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        paddingInline: isPhone ? 8 : 24,
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {isPhone && onOpenNav && <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.open')} onClick={onOpenNav} data-testid="nav-open" />}
      <Link to="/" style={{ color: token.colorText, minWidth: 0 }}>
        <Typography.Text strong style={{ fontSize: 18 }}>{t('app.name')}</Typography.Text>
        {!isPhone && <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>{t('app.subtitle')}</Typography.Text>}
      </Link>
      <Flex align="center" gap={isPhone ? 4 : 16} style={{ marginInlineStart: 'auto' }}>
        <LanguageSwitch />
        <Suspense fallback={null}>{showBell && <NotificationsBell />}</Suspense>
        <AccountMenu compact={isPhone} />
      </Flex>
    </Layout.Header>
  );
}
