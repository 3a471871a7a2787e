import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationResponse } from '@server/http/routes/notifications/notifications.schemas';
import { apiGet, apiPost } from '../../shared/api/client';

/** GET /api/notifications: the server's own type (notifications.schemas.ts); `link` is an app path or null. */
export type Notification = NotificationResponse;

const notificationsKey = ['notifications'] as const;
/** New notifications (a returned report, a reminder) show within a minute without a reload. */
const POLL_MS = 60_000;

/** GET /api/notifications: the account's notifications, newest first. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => apiGet<{ notifications: Notification[] }>('/api/notifications', { signal }).then((body) => body.notifications),
    refetchInterval: POLL_MS,
  });
}

/** POST /api/notifications/:id/read for each given notification. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: readonly string[]) => {
      for (const id of ids) await apiPost(`/api/notifications/${encodeURIComponent(id)}/read`);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** POST /api/notifications/read-all: every unread one at once. */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<{ marked: number }>('/api/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** Only the app's own paths are followed: a link is data from the server, never a way off the site. */
export function safeAppLink(link: string | null): string | undefined {
  return link !== null && link.startsWith('/') && !link.startsWith('//') ? link : undefined;
}

export function unreadOf<N extends Pick<Notification, 'readAt'>>(notifications: readonly N[]): N[] {
  return notifications.filter((notification) => notification.readAt === null);
}
