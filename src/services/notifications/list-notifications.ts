import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';

/** The account's own notifications, newest first. Everyone may read their own. */
export async function listNotifications(store: Store, actor: Actor) {
  const rows = await store.repos.notifications.listForUser(actor.userId, 100);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
  }));
}

export async function markNotificationRead(store: Store, actor: Actor, id: string, now: Date): Promise<void> {
  await store.repos.notifications.markRead(actor.userId, id, now);
}

/** 全部已读: every unread notification of the account; returns how many were marked. */
export async function markAllNotificationsRead(store: Store, actor: Actor, now: Date): Promise<number> {
  return store.repos.notifications.markAllRead(actor.userId, now);
}
