import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../db/store';
import type { BlobStore } from '../storage/blob-store';
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from '../domain/auth/security-policy';
import { DomainError } from '../domain/errors';
import { installApiNoStore } from './api-no-store';
import { installAuthentication, installCsrfGuard } from './authentication';
import { installCompression } from './compression';
import { installErrorHandler } from './error-handler';
import { accountsRoutes } from './routes/accounts/accounts.routes';
import { auditRoutes } from './routes/audit/audit.routes';
import { authRoutes } from './routes/auth/auth.routes';
import { healthRoutes } from './routes/health/health.routes';
import { indicatorsRoutes } from './routes/indicators/indicators.routes';
import { notificationsRoutes } from './routes/notifications/notifications.routes';
import { plansRoutes } from './routes/plans/plans.routes';
import { periodsRoutes } from './routes/reporting/periods.routes';
import { reportsRoutes } from './routes/reporting/reports.routes';
import { unitsRoutes } from './routes/units/units.routes';
// Official documents (issue 8).
import { documentsRoutes } from './routes/documents/documents.routes';
// supervision, meetings and assessment (issue 9)
import { supervisionRoutes } from './routes/supervision/supervision.routes';
import { meetingsRoutes } from './routes/meetings/meetings.routes';
import { assessmentRoutes } from './routes/assessment/assessment.routes';
import { installWebApp } from './web-app';
// cockpit (issue 7)
import { cockpitRoutes } from './routes/cockpit/cockpit.routes';

/**
 * Pending connections the kernel queues for us. Node's default (511) overflowed into connection
 * resets when 880 units submitted at once near a deadline (test/burst); Linux caps it at somaxconn.
 */
export const LISTEN_BACKLOG = 2048;

export interface AppOptions {
  store: Store;
  /** Where evidence files are kept. */
  blobs: BlobStore;
  /** Where the built web app lives; null for an API-only app. */
  webRoot: string | null;
  secureCookies: 'auto' | boolean;
  trustProxy: boolean;
  policy?: SecurityPolicy;
  /** The time, for every rule that needs it; tests pass a controllable clock. */
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
  loginRateLimitPerMinute?: number;
}

/**
 * Graceful shutdown: once close() begins, responses still in flight say `Connection: close`,
 * so keep-alive clients let go and close() does not wait out the keep-alive timeout.
 */
function installDrainOnClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}

/**
 * Builds the Luoshi HTTP application. It never listens: server.ts does, and tests call
 * `app.inject()`. The chain for a request: rate limit → CSRF guard → session → route schema
 * validation → handler (authorize → service → present) → error handler; /api answers of 1 kB
 * or more leave compressed (compression.ts).
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const policy = options.policy ?? DEFAULT_SECURITY_POLICY;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    // A bad request id header must not reach our logs verbatim.
    requestIdHeader: false,
  });
  installDrainOnClose(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd injects its CSS-in-JS at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Before every route: it covers the /api routes registered after it.
  await installCompression(app);
  await app.register(fastifyCookie);
  // Evidence files are at most 20 MB each (issue 5); one file per request.
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 20 }, throwFileSizeLimit: true });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new DomainError('rate_limited', `Too many requests; try again in ${context.after}.`), {
        statusCode: 429,
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Luoshi API', description: 'Run a county implementation plan (落实)', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installCsrfGuard(app);
  installApiNoStore(app);
  installAuthentication(app, { store: options.store, policy, clock, secureCookies: options.secureCookies });

  await app.register(healthRoutes(options.store));
  await app.register(
    authRoutes({
      store: options.store,
      policy,
      clock,
      secureCookies: options.secureCookies,
      loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 30,
    }),
  );
  const deps = { store: options.store, policy, clock };
  await app.register(accountsRoutes(deps));
  await app.register(unitsRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(plansRoutes(deps));
  await app.register(periodsRoutes(deps));
  await app.register(reportsRoutes({ ...deps, blobs: options.blobs }));
  await app.register(notificationsRoutes(deps));
  await app.register(indicatorsRoutes({ ...deps, blobs: options.blobs }));
  // cockpit (issue 7)
  await app.register(cockpitRoutes(deps));
  // Official documents (issue 8).
  await app.register(documentsRoutes({ ...deps, blobs: options.blobs }));
  // supervision, meetings and assessment (issue 9)
  await app.register(supervisionRoutes({ ...deps, blobs: options.blobs }));
  await app.register(meetingsRoutes(deps));
  await app.register(assessmentRoutes(deps));
  await installWebApp(app, options.webRoot);
  return app;
}
