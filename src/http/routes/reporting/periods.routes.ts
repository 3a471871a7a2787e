import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closePeriod, grantPeriodException, listPeriods, openPeriod } from '../../../services/reporting/periods';
import { timelinessSummary } from '../../../services/reporting/timeliness-summary';
import { listReviewQueue } from '../../../services/reporting/report-lists';
import { requireAccount } from '../../authentication';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { PeriodListSchema, ReportSchema, TimelinessSummarySchema } from './reporting.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });
const PeriodParams = z.object({ id: z.uuid() });

/** Reporting periods: listed from the plan's rule, opened and closed by the office; timeliness. */
export const periodsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/periods',
      { schema: { tags: ['reporting'], summary: "The plan's reporting periods and rule", params: PlanParams, response: { 200: PeriodListSchema, ...errors } } },
      async (request) => listPeriods(deps.store, requireAccount(request).actor, request.params.planId),
    );

    app.post(
      '/api/plans/:planId/periods',
      {
        schema: {
          tags: ['reporting'],
          summary: 'Open (or reopen) a period, e.g. {"key":"2024Q4"}',
          params: PlanParams,
          body: z.object({ key: z.string().regex(/^\d{4}(Q[1-4]|M(0[1-9]|1[0-2])|H[12])?$/, 'a period key such as 2024Q4') }),
          response: { 201: z.object({ id: z.string(), key: z.string(), status: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const row = await openPeriod(deps.store, requireAccount(request).actor, request.params.planId, request.body.key, contextOf(request, deps.clock()));
        return reply.status(201).send({ id: row.id, key: row.key, status: row.status });
      },
    );

    app.post(
      '/api/periods/:id/close',
      { schema: { tags: ['reporting'], summary: 'Close a period: its reports are locked', params: PeriodParams, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await closePeriod(deps.store, requireAccount(request).actor, request.params.id, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/periods/:id/exceptions',
      {
        schema: {
          tags: ['reporting'],
          summary: 'Let one unit keep reporting in a closed period',
          params: PeriodParams,
          body: z.object({ unitId: z.uuid(), reason: z.string().trim().min(1, 'a reason is required').max(500) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await grantPeriodException(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/periods/:id/timeliness',
      { schema: { tags: ['reporting'], summary: 'On time, late by N days, missing; reporting and timely rates', params: PeriodParams, response: { 200: TimelinessSummarySchema, ...errors } } },
      async (request) => timelinessSummary(deps.store, requireAccount(request).actor, request.params.id, deps.clock()),
    );

    app.get(
      '/api/plans/:planId/review-queue',
      { schema: { tags: ['reporting'], summary: "The office's queue of submitted reports", params: PlanParams, response: { 200: z.object({ reports: z.array(ReportSchema) }), ...errors } } },
      async (request) => ({ reports: await listReviewQueue(deps.store, requireAccount(request).actor, request.params.planId, deps.clock()) }),
    );
  };
