import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enterIndicatorValue, reviewIndicatorValue, updateIndicatorSettings } from '../../../services/indicators/indicator-values';
import { listIndicators } from '../../../services/indicators/list-indicators';
import { requireAccount } from '../../authentication';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const STATUSES = ['achieved', 'on_track', 'needs_acceleration', 'limited_progress', 'deteriorating', 'binding_target_missed', 'no_data'] as const;
const Observation = z.object({ year: z.number(), value: z.number() });

const IndicatorSchema = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  unit: z.string().nullable(),
  attribute: z.enum(['expected', 'binding']).nullable(),
  direction: z.enum(['higher', 'lower']),
  targets: z.record(z.string(), z.number()),
  baseline: Observation.nullable(),
  providerUnitId: z.string().nullable(),
  tracking: z.enum(['yearly', 'quarterly_cumulative', 'quarterly_point']),
  tolerance: z.number().nullable(),
  values: z.array(z.object({ id: z.string(), period: z.string(), value: z.number(), source: z.string(), note: z.string(), status: z.enum(['submitted', 'accepted', 'returned']), returnReason: z.string().nullable(), enteredAt: z.string() })),
  status: z.enum(STATUSES),
  ratio: z.number().nullable(),
  provisional: z.boolean(),
  judgedPeriod: z.string().nullable(),
  explanation: z.string(),
  forecast: z.number().nullable(),
  forecastText: z.string().nullable(),
});

/** Indicators: computed status and forecast; baselines and providers (office); actual values. */
export const indicatorsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/indicators',
      {
        schema: {
          tags: ['indicators'],
          summary: "The plan's indicators with computed status, explanation and forecast",
          params: z.object({ planId: z.uuid() }),
          querystring: z.object({ year: z.coerce.number().int().min(1990).max(2200).optional() }),
          response: { 200: z.object({ indicators: z.array(IndicatorSchema) }), ...errors },
        },
      },
      async (request) => {
        const year = request.query.year ?? deps.clock().getFullYear();
        return { indicators: await listIndicators(deps.store, requireAccount(request).actor, request.params.planId, year) };
      },
    );

    app.put(
      '/api/indicators/:id/settings',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Baseline, providing unit, tracking and 左右 tolerance (office)',
          params: z.object({ id: z.uuid() }),
          body: z.object({
            baselineYear: z.number().int().min(1990).max(2200).nullable(),
            baselineValue: z.number().finite().nullable(),
            providerUnitId: z.uuid().nullable(),
            tracking: z.enum(['yearly', 'quarterly_cumulative', 'quarterly_point']),
            tolerance: z.number().min(0).max(1).nullable(),
          }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await updateIndicatorSettings(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/indicators/:id/values',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Enter an actual value for a year (2024) or quarter (2024Q2)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ period: z.string().regex(/^\d{4}(Q[1-4])?$/, 'a year (2024) or a quarter (2024Q2)'), value: z.number().finite(), source: z.string().max(500), note: z.string().max(2000) }),
          response: { 200: z.object({ id: z.string(), period: z.string(), value: z.number(), status: z.string() }), ...errors },
        },
      },
      async (request) => enterIndicatorValue(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.post(
      '/api/indicator-values/:id/review',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Accept a value, or return it with a reason (office)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ accept: z.boolean(), reason: z.string().max(1000).optional() }),
          response: { 200: z.object({ id: z.string(), status: z.string() }), ...errors },
        },
      },
      async (request) => reviewIndicatorValue(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );
  };
