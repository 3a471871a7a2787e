import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Grid, Popover, Typography, theme } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { safeAppLink, unreadOf, useMarkAllRead, useMarkRead, useNotifications, type Notification } from './notifications-api';

/**
 * The header's bell: the unread count, and a panel of recent notifications (a returned report,
 * one awaiting the unit head, reminders). Opening one marks it read and goes to its page.
 */
export function NotificationsBell() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [open, setOpen] = useState(false);
  // A popover hanging from the bell would run off a phone's screen: phones get a drawer.
  const isPhone = Grid.useBreakpoint().md === false;
  const all = notifications.data ?? [];
  const unread = unreadOf(all);

  const onOpenItem = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate([notification.id]);
    const link = safeAppLink(notification.link);
    setOpen(false);
    if (link) void navigate(link);
  };

  const panel = (
    <div style={{ width: isPhone ? '100%' : 360 }} data-testid="notifications-panel">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{isPhone ? '' : t('notifications.title')}</Typography.Text>
        {unread.length > 0 && (
          <Button size="small" type="link" loading={markAllRead.isPending} onClick={() => markAllRead.mutate()} data-testid="notifications-read-all">
            {t('notifications.readAll')}
          </Button>
        )}
      </Flex>
      {all.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      ) : (
        <Flex vertical style={{ maxHeight: 420, overflow: 'auto' }}>
          {all.slice(0, 30).map((notification) => (
            <button
              key={notification.id}
              type="button"
              onClick={() => onOpenItem(notification)}
              data-testid={`notification-${notification.id}`}
              data-read={notification.readAt !== null}
              style={{
                textAlign: 'start',
                border: 'none',
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                background: notification.readAt === null ? token.colorPrimaryBg : 'transparent',
                padding: '8px 6px',
                cursor: 'pointer',
                font: 'inherit',
              }}
            >
              <Typography.Text strong={notification.readAt === null}>{notification.title}</Typography.Text>
              {notification.body && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>{notification.body}</Typography.Paragraph>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(notification.createdAt)}</Typography.Text>
            </button>
          ))}
        </Flex>
      )}
    </div>
  );

  const bell = (
      <Button
        type="text"
        aria-label={t('notifications.bell', { count: unread.length })}
        data-testid="notifications-bell"
        data-unread={unread.length}
        icon={
          <Badge count={unread.length} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
        onClick={isPhone ? () => setOpen(true) : undefined}
      />
  );
  if (isPhone) {
    return (
      <>
        {bell}
        <Drawer placement="right" size={320} open={open} onClose={() => setOpen(false)} title={t('notifications.title')} styles={{ body: { padding: 12 } }}>
          {panel}
        </Drawer>
      </>
    );
  }
  return (
    <Popover content={panel} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      {bell}
    </Popover>
  );
}
