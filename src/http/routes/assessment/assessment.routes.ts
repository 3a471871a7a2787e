import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addAdjustment, getScheme, listRatings, rateReport, saveScheme } from '../../../services/assessment/assessment-settings';
import { computeAssessment } from '../../../services/assessment/compute-assessment';
import { exportAssessment } from '../../../services/assessment/export-assessment';
import { requireAccount } from '../../authentication';
import { sendDownload, XLSX_MIME } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });
const YearQuery = z.object({ year: z.coerce.number().int().min(1990).max(2200) });
const points = z.number().min(0).max(100);
const SchemeSchema = z.object({
  weights: z.object({ timeliness: points, quality: points, progress: points, indicators: points }),
  overdueNoticePenalty: points,
  maxDeduction: points,
  earlyCompletionBonus: points,
  maxBonus: points,
});
const COMPONENTS = ['timeliness', 'quality', 'progress', 'indicators', 'deduction', 'bonus', 'adjustment'] as const;
const UnitScoreSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  kind: z.string(),
  rank: z.number(),
  total: z.number(),
  scale: z.number(),
  components: z.record(z.enum(COMPONENTS), z.number()),
  lines: z.array(z.object({ component: z.enum(COMPONENTS), record: z.object({ type: z.string(), id: z.string(), label: z.string() }), basis: z.string(), points: z.number() })),
});
const AssessmentSchema = z.object({ planId: z.string(), year: z.number(), scheme: SchemeSchema, departments: z.array(UnitScoreSchema), townships: z.array(UnitScoreSchema) });

/** The annual assessment: scheme (office), ratings, adjustments with reasons, scores, rankings, .xlsx. */
export const assessmentRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/assessment',
      { schema: { tags: ['assessment'], summary: "The year's scores with breakdowns and rankings (departments and townships apart)", params: PlanParams, querystring: YearQuery, response: { 200: AssessmentSchema, ...errors } } },
      async (request) => computeAssessment(deps.store, requireAccount(request).actor, request.params.planId, request.query.year, deps.clock()),
    );

    app.get(
      '/api/plans/:planId/assessment/export',
      { schema: { tags: ['assessment'], summary: "The year's assessment as .xlsx", params: PlanParams, querystring: YearQuery } },
      async (request, reply) => {
        const file = await exportAssessment(deps.store, requireAccount(request).actor, request.params.planId, request.query.year, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.get(
      '/api/plans/:planId/assessment/scheme',
      { schema: { tags: ['assessment'], summary: "The plan's scoring scheme", params: PlanParams, response: { 200: SchemeSchema, ...errors } } },
      async (request) => getScheme(deps.store, requireAccount(request).actor, request.params.planId),
    );

    app.put(
      '/api/plans/:planId/assessment/scheme',
      { schema: { tags: ['assessment'], summary: 'Set the scoring scheme (office); the weights add up to 100', params: PlanParams, body: SchemeSchema, response: { 200: SchemeSchema, ...errors } } },
      async (request) => saveScheme(deps.store, requireAccount(request).actor, request.params.planId, request.body, contextOf(request, deps.clock())),
    );

    app.post(
      '/api/plans/:planId/assessment/adjustments',
      {
        schema: {
          tags: ['assessment'],
          summary: "Adjust a unit's score, with its reason (office; audited)",
          params: PlanParams,
          body: z.object({ year: z.number().int().min(1990).max(2200), unitId: z.uuid(), points: z.number(), reason: z.string().max(1000) }),
          response: { 201: z.object({ id: z.string() }), ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await addAdjustment(deps.store, requireAccount(request).actor, request.params.planId, request.body, contextOf(request, deps.clock()))),
    );

    app.get(
      '/api/plans/:planId/assessment/ratings',
      {
        schema: {
          tags: ['assessment'],
          summary: 'Accepted reports with their quality rating (office)',
          params: PlanParams,
          response: { 200: z.object({ reports: z.array(z.object({ reportId: z.string(), periodKey: z.string(), taskNumber: z.number(), kind: z.enum(['unit', 'consolidated']), unitName: z.string(), score: z.number().nullable(), note: z.string() })) }), ...errors },
        },
      },
      async (request) => ({ reports: await listRatings(deps.store, requireAccount(request).actor, request.params.planId) }),
    );

    app.put(
      '/api/reports/:id/rating',
      {
        schema: {
          tags: ['assessment'],
          summary: "Rate an accepted report's quality, 0–100 (office)",
          params: z.object({ id: z.uuid() }),
          body: z.object({ score: z.number().int().min(0).max(100), note: z.string().max(1000).default('') }),
          response: { 200: z.object({ reportId: z.string(), score: z.number(), note: z.string(), ratedAt: z.string() }), ...errors },
        },
      },
      async (request) => rateReport(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );
  };
