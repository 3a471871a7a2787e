import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../../services/notifications/list-notifications';
import { requireAccount } from '../../authentication';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { NotificationSchema } from './notifications.schemas';

/** In-app notifications: reminders, returned reports, reports awaiting approval. */
export const notificationsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      { schema: { tags: ['notifications'], summary: 'My notifications, newest first', response: { 200: z.object({ notifications: z.array(NotificationSchema) }), 401: ErrorResponseSchema } } },
      async (request) => ({ notifications: await listNotifications(deps.store, requireAccount(request).actor) }),
    );
    app.post(
      '/api/notifications/:id/read',
      { schema: { tags: ['notifications'], summary: 'Mark one as read', params: z.object({ id: z.uuid() }), response: { 204: z.null(), 401: ErrorResponseSchema } } },
      async (request, reply) => {
        await markNotificationRead(deps.store, requireAccount(request).actor, request.params.id, deps.clock());
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/notifications/read-all',
      { schema: { tags: ['notifications'], summary: 'Mark all of mine as read', response: { 200: z.object({ marked: z.number() }), 401: ErrorResponseSchema } } },
      async (request) => ({ marked: await markAllNotificationsRead(deps.store, requireAccount(request).actor, deps.clock()) }),
    );
  };
