import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../../db/store';

const HealthSchema = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) });

/** GET /api/health: 200 only after a real round trip to the database. */
export const healthRoutes =
  (store: Store): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: HealthSchema } } },
      async () => {
        await store.ping();
        return { status: 'ok' as const, db: store.kind };
      },
    );
  };
