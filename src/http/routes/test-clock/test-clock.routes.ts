import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdjustableClock } from '../../../adjustable-clock';
import { ErrorResponseSchema } from '../auth/auth.schemas';

const ClockSchema = z.object({ now: z.iso.datetime({ offset: true }) });

/**
 * GET / PUT /api/test-clock: read and move the server's clock. Registered only when the server
 * was started with LUOSHI_TEST_CLOCK (never in production, see config.ts), so end-to-end tests
 * can cross a deadline without waiting for it. Hidden from the API documentation.
 */
export const testClockRoutes =
  (clock: AdjustableClock): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/test-clock', { schema: { hide: true, response: { 200: ClockSchema } } }, async () => ({ now: clock.now().toISOString() }));
    app.put(
      '/api/test-clock',
      { schema: { hide: true, body: ClockSchema, response: { 200: ClockSchema, 400: ErrorResponseSchema } } },
      async (request) => {
        clock.set(new Date(request.body.now));
        request.log.warn({ now: request.body.now }, 'test clock moved');
        return { now: clock.now().toISOString() };
      },
    );
  };
